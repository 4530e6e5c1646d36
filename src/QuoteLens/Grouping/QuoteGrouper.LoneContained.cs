using QuoteLens.Quotes;

namespace QuoteLens.Grouping;

/// <content>
/// Two quotes each still alone, one of whose keys the other holds all of: see <see cref="JoinLoneContained"/>.
/// </content>
public static partial class QuoteGrouper
{
    /// <summary>The fewest content keys a lone text needs to join the one lone version of another article that holds them all.</summary>
    private const int MinLoneContainedKeys = 2;

    /// <summary>
    /// A lone text of fewer keys than this (two) joins only a container of at most <see cref="ShortFitRatio"/> times its keys:
    /// a two-word cut is a good part of the sentence it came from ("Sie haben nicht gezahlt?" in "Ich sagte: Ihr habt nicht
    /// gezahlt."), while two names ("Biden or Trump?") stand in many a long sentence that is no version of it. Measured with
    /// two keys: prigozhin same 79/97 → 80/98, trump 499/503 → 500/504, zaluzhny 98/122 → 99/123; nothing else moves (totals
    /// same 4158/4870 → 4161/4873, cross unchanged). Without the size check putin-biden-preference also gained one false pair
    /// ("Для нас кто лучше – Байден или Трамп?" in a fourteen-key sentence naming both).
    /// </summary>
    private const int MinLoneContainedKeysAnySize = 3;

    /// <summary>
    /// A quote still alone after every other pass (its group in one article only, not a fragment) whose content keys (two or
    /// more; see <see cref="MinLoneContainedKeysAnySize"/>) all stand in a quote of another article of its language that is
    /// alone too, and in no other such group, is a
    /// shorter cut of that quote: two outlets quoting one sentence, one in full and one in part ("shamelessly violated the
    /// core tenets of the United Nations charter" in "Russia has shamelessly violated the core tenets of the United Nations
    /// charter, no more important than …"), that no third article ties together. A negated text needs a negated container
    /// (the container's negation may stand in its rest: "no more important"); a scare quote does not join so, nor two quotes
    /// their own attributions give to different speakers (<see cref="OtherSpeakers"/>). Measured: netanyahu same 188/271 →
    /// 190/274, houthi 54/84 → 55/85; nothing else moves (totals same 4147/4857 → 4150/4861). Tried: no speaker check
    /// (mobilization 115/161 → 117/163 too, but a piece joins a statement another named speaker made); negation equal both
    /// ways (mobilization's pair stays apart, +2 true only); no two different person names as speakers (a misread "United
    /// States" keeps mobilization's pair apart: +3 true).
    /// </summary>
    private static bool JoinLoneContained(Quote[] sorted, IdenticalTexts texts, QuoteFacts facts, KeySpace same, Assignment state, List<Evidence> evidence)
    {
        // Which texts are alone is read once, before any join, so that the order of the texts does not matter.
        var lone = new bool[texts.Count];
        for (int t = 0; t < texts.Count; t++)
        {
            lone[t] = !texts.Empty[t];
            foreach (var q in texts.CopiesOf(t))
            {
                lone[t] &= !state.Fragment[q] && state.ArticlesOf(state.Key[q]) <= 1;
            }
        }

        var holders = LoneHolders(sorted, texts, same, lone);
        var joins = new List<(int Text, int Container)>();
        for (int t = 0; t < texts.Count; t++)
        {
            if (!Joinable(sorted, texts, same, lone, t))
            {
                continue;
            }

            int container = LoneContainer(sorted, texts, facts, same, state, lone, holders, t);
            if (container >= 0)
            {
                joins.Add((t, container));
            }
        }

        foreach (var (t, container) in joins)
        {
            int from = texts.First[container];
            foreach (var q in texts.CopiesOf(t))
            {
                state.Key[q] = state.Key[from];
                evidence.Add(new Evidence(from, q, "lone versions: all its keys in the one other lone version that holds them"));
            }
        }

        return joins.Count > 0;
    }

    /// <summary>True when text <paramref name="t"/> is alone, not a scare quote, and has the keys to join a container (or to be one).</summary>
    private static bool Joinable(Quote[] sorted, IdenticalTexts texts, KeySpace same, bool[] lone, int t) =>
        lone[t] && same.Keys.Length(t) >= MinLoneContainedKeys && sorted[texts.First[t]].Kind != QuoteKind.Scare;

    /// <summary>
    /// Per key, the joinable lone texts (<see cref="Joinable"/>) that carry it, ascending: the only texts a container can be.
    /// The candidate index over every text caps its long lists and its probes per text (a budget that a corpus of 100,000
    /// articles spends on texts long since grouped: the pass took 7.5 s of CPU there); over the few lone texts every list
    /// is short, so the search is exact and costs the shortest list of each text's keys.
    /// </summary>
    private static IntSets LoneHolders(Quote[] sorted, IdenticalTexts texts, KeySpace same, bool[] lone)
    {
        var count = new int[same.Interned.Count];
        for (int t = 0; t < texts.Count; t++)
        {
            if (Joinable(sorted, texts, same, lone, t))
            {
                foreach (var key in same.Keys[t])
                {
                    count[key]++;
                }
            }
        }

        var next = new int[count.Length];
        var holders = new int[count.Length][];
        for (int key = 0; key < count.Length; key++)
        {
            holders[key] = count[key] == 0 ? [] : new int[count[key]];
        }

        for (int t = 0; t < texts.Count; t++)
        {
            if (Joinable(sorted, texts, same, lone, t))
            {
                foreach (var key in same.Keys[t])
                {
                    holders[key][next[key]++] = t;
                }
            }
        }

        return IntSets.From(holders);
    }

    /// <summary>
    /// The one lone text of another article and the same language that holds every key of lone text <paramref name="t"/>
    /// (longer, or as long and earlier), or -1 when there is none or they stand in more than one group. The texts to look at
    /// are the holders of <paramref name="t"/>'s key that the fewest lone texts carry.
    /// </summary>
    private static int LoneContainer(Quote[] sorted, IdenticalTexts texts, QuoteFacts facts, KeySpace same, Assignment state, bool[] lone, IntSets holders, int t)
    {
        var keys = same.Keys[t];
        int keyCount = keys.Length;
        int rarest = keys[0];
        foreach (var key in keys)
        {
            rarest = holders.Length(key) < holders.Length(rarest) ? key : rarest;
        }

        int container = -1, groups = 0;
        foreach (var other in holders[rarest])
        {
            int length = same.Keys.Length(other);
            if (other == t || facts.Language[other] != facts.Language[t] || (facts.Negated[t] && !facts.Negated[other])
                || length < keyCount || (length == keyCount && other < t)
                || (keyCount < MinLoneContainedKeysAnySize && length > ShortFitRatio * keyCount)
                || state.Article[texts.First[other]] == state.Article[texts.First[t]]
                || IntSets.SharedCount(keys, same.Keys[other]) != keyCount
                || OtherSpeakers(sorted[texts.First[t]], sorted[texts.First[other]]))
            {
                continue;
            }

            if (container < 0 || state.Key[texts.First[other]] != state.Key[texts.First[container]])
            {
                groups++;
            }

            container = other;
        }

        return groups == 1 ? container : -1;
    }

    /// <summary>
    /// True when both quotes name a speaker, each by its own attribution (<see cref="SpeakerConsensus.Strength"/> above
    /// <see cref="SpeakerConsensus.Strength.Unattributed"/>: not the article's speaker by default), and the speakers differ
    /// (see <see cref="SameSpeaker"/>): a piece one outlet gives to one person is not a cut of a statement another outlet
    /// gives to someone else ("scoundrels, murderers, fascists", as a mayor called them, is not a piece of the governor's
    /// "bastards, scoundrels, murderers, and fascists"). Measured against the rule with no speaker check: same 4152/4863 →
    /// 4150/4861 (mobilization's pair, which one outlet gives to a misread "United States" from "The United States president",
    /// stays apart: −2 true); with the article's default speaker counted too, netanyahu loses one more true pair (Haniyeh's
    /// "verge of a great victory" beside the same words an article gives to its default speaker, "Al-Jazeera Network").
    /// </summary>
    private static bool OtherSpeakers(Quote a, Quote b) =>
        HasOwnSpeaker(a) && HasOwnSpeaker(b) && !SameSpeaker(a, b);

    /// <summary>True when <paramref name="quote"/>'s own attribution gives it a speaker key (a name, a pronoun or an office).</summary>
    private static bool HasOwnSpeaker(Quote quote) =>
        quote.SpeakerKey is { Length: > 0 } && SpeakerConsensus.StrengthOf(quote) > SpeakerConsensus.Strength.Unattributed;
}
