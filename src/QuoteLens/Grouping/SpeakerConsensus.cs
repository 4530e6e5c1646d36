using QuoteLens.Quotes;
using QuoteLens.Text;
using QuoteLens.Text.Transliteration;

namespace QuoteLens.Grouping;

/// <summary>
/// The speaker the other outlets name for the same statement. A version or fragment whose own article does not name its
/// speaker in the attribution (no speaker, an institution, no attribution at all, a pronoun or an office: "La Casa Blanca
/// criticó estas declaraciones y advirtió que «…»", "El exmandatario estadounidense dijo que …") takes the person the
/// group's other articles name in their own attribution ("White House spokesperson Andrew Bates", "said Donald Trump"),
/// when at least <see cref="MinVotes"/> articles do (one, when the article names no speaker at all) and they make more
/// than half of the articles that name anyone.
/// A quote whose attribution names its speaker is never changed, nor a scare quote whose own sentence names its speaker
/// (<see cref="Quote.SpeakerInSentence"/>).
/// </summary>
/// <remarks>
/// The answer keys and readers name a statement's speaker by who said it, not by how one outlet happened to attribute
/// it, so an outlet's "the White House" or "il" for words others attribute by name is that name. Stricter for a phrase
/// the article itself resolved: a pronoun or office needs <see cref="MinVotesResolved"/> articles, an office title
/// ("президент", "российский лидер", whose holder the article names) <see cref="MinVotesTitled"/>: a wrong
/// cross-language link can put one sentence of a president's address with two versions of a rebel's statement.
/// Each article counts once per person, in any script or spelling (Putin, Poutine, بوتين are one vote).
/// </remarks>
internal static class SpeakerConsensus
{
    /// <summary>The fewest articles that must name the person for a quote whose article names no speaker at all: any name beats none.</summary>
    internal const int MinVotesUnspoken = 1;

    /// <summary>The fewest articles that must name the person for a quote with an institution or no attribution.</summary>
    internal const int MinVotes = 2;

    /// <summary>The fewest articles for a quote whose attribution is a pronoun or a description the article resolved.</summary>
    internal const int MinVotesResolved = 3;

    /// <summary>The fewest articles for a quote whose attribution is an office title the article resolved to a holder.</summary>
    internal const int MinVotesTitled = 4;

    /// <summary>How firmly a quote's own article names its speaker.</summary>
    internal enum Strength
    {
        /// <summary>No speaker, or an institution ("Casa Blanca", "NATO", "Russian defence ministry").</summary>
        None,

        /// <summary>A person, but no attribution phrase: the article's speaker by default or by a neighbouring quote.</summary>
        Unattributed,

        /// <summary>A phrase that does not hold the name: a pronoun, a relative, a description or an office.</summary>
        Resolved,

        /// <summary>The attribution names the person a spokesman speaks for, not the spokesman ("ein Sprecher von Präsident Joe Biden").</summary>
        Principal,

        /// <summary>The attribution itself names the person ("said Donald Trump", "White House spokesperson Andrew Bates").</summary>
        Named,
    }

    /// <summary>The groups with each weakly attributed member and fragment given the person the group's other articles agree on.</summary>
    public static IReadOnlyList<QuoteGroup> Apply(IReadOnlyList<QuoteGroup> groups)
    {
        ArgumentNullException.ThrowIfNull(groups);
        var result = new QuoteGroup[groups.Count];
        for (int g = 0; g < groups.Count; g++)
        {
            result[g] = Apply(groups[g]);
        }

        return result;
    }

    /// <summary>One group with its weakly attributed quotes given the agreed person (the same group when there is none).</summary>
    internal static QuoteGroup Apply(QuoteGroup group)
    {
        if (!group.IsShared || Agreed(group) is not { } agreed)
        {
            return group;
        }

        var (form, votes) = agreed;
        var key = SpeakerNames.Key(form);
        bool changed = false;
        Quote Fix(Quote q)
        {
            if ((q.SpeakerKey is { } own && SpeakerNames.SameKey(own, key)) || (q.Kind == QuoteKind.Scare && q.SpeakerInSentence))
            {
                // A scare quote whose own sentence names its speaker ("Putin … rilanciando … “finestra aperta”") keeps that
                // speaker: its place in the group rests on a word or two.
                return q;
            }

            int needed = StrengthOf(q) switch
            {
                Strength.None => q.CanonicalSpeaker is null ? MinVotesUnspoken : MinVotes,
                Strength.Unattributed or Strength.Principal => MinVotes,
                Strength.Resolved => HasPersonTitle(q.Speaker!) ? MinVotesTitled : MinVotesResolved,
                _ => int.MaxValue,
            };
            if (votes < needed)
            {
                return q;
            }

            changed = true;
            return q with { CanonicalSpeaker = form, SpeakerKey = key };
        }

        var members = group.Members.Select(Fix).ToList();
        var fragments = group.Fragments.Select(Fix).ToList();
        return changed ? group with { Members = members, Fragments = fragments } : group;
    }

    /// <summary>
    /// The person most of the group's articles name in their own attribution, and how many articles do: at least
    /// <see cref="MinVotesUnspoken"/>, more than half of the articles that name a person or an institution in their attribution, and no other person or institution as many; else null.
    /// </summary>
    private static (string Form, int Votes)? Agreed(QuoteGroup group)
    {
        var persons = new Tally();
        var bodies = new Tally();
        foreach (var q in group.Members.Concat(group.Fragments))
        {
            if (NamesInstitution(q))
            {
                // "the Legion said" is a vote for the Legion: a body that speaks for itself is not overruled by the two
                // outlets that put a person's name (a spokesman, an ally quoted nearby) on the same words.
                bodies.Vote(q.SpeakerKey!, null, q.ArticleId);
            }
            else if (StrengthOf(q) == Strength.Named)
            {
                persons.Vote(q.SpeakerKey!, q.CanonicalSpeaker!, q.ArticleId);
            }
        }

        if (persons.Count == 0)
        {
            return null;
        }

        int best = 0;
        for (int p = 1; p < persons.Count; p++)
        {
            if (persons.Articles[p].Count > persons.Articles[best].Count)
            {
                best = p;
            }
        }

        int top = persons.Articles[best].Count;
        int total = persons.Articles.Sum(a => a.Count) + bodies.Articles.Sum(b => b.Count);
        bool tie = persons.Articles.Where((a, p) => p != best && a.Count == top).Any() || bodies.Articles.Any(b => b.Count >= top);
        return top >= MinVotesUnspoken && !tie && top * 2 > total ? (persons.Forms[best]!, top) : null;
    }

    /// <summary>
    /// The articles that vote for each speaker, one entry per speaker by name key. A person's entry keeps its best spelling
    /// (<see cref="Preferred"/>) and that spelling's key; a body's entry keeps the key of its first vote.
    /// </summary>
    private sealed class Tally
    {
        private readonly List<string> _keys = [];

        /// <summary>Each speaker's spelling (null for a body).</summary>
        public List<string?> Forms { get; } = [];

        /// <summary>Each speaker's voting articles.</summary>
        public List<HashSet<string>> Articles { get; } = [];

        /// <summary>How many speakers have votes.</summary>
        public int Count => _keys.Count;

        /// <summary>Counts <paramref name="articleId"/> for the speaker keyed <paramref name="key"/> (spelt <paramref name="form"/>, for a person).</summary>
        public void Vote(string key, string? form, string articleId)
        {
            int at = _keys.FindIndex(k => SpeakerNames.SameKey(k, key));
            if (at < 0)
            {
                _keys.Add(form is null ? key : SpeakerNames.Key(form));
                Forms.Add(form);
                Articles.Add(new HashSet<string>(StringComparer.Ordinal));
                at = _keys.Count - 1;
            }
            else if (form is not null && Preferred(form, Forms[at]!))
            {
                Forms[at] = form;
                _keys[at] = SpeakerNames.Key(form);
            }

            Articles[at].Add(articleId);
        }
    }

    /// <summary>True when <paramref name="quote"/>'s own attribution names an institution as its speaker ("the Legion said", "la Casa Blanca advirtió").</summary>
    private static bool NamesInstitution(Quote quote) =>
        quote.SpeakerKey is not null && quote.CanonicalSpeaker is { } name && !string.IsNullOrWhiteSpace(quote.Speaker) && IsInstitution(name);

    /// <summary>How firmly <paramref name="quote"/>'s own article names its speaker.</summary>
    internal static Strength StrengthOf(Quote quote)
    {
        if (quote.SpeakerKey is not { } key || quote.CanonicalSpeaker is not { } name)
        {
            return Strength.None;
        }

        if (quote.Speaker is { } written && NamesByAcronym(written))
        {
            // "enquanto a LLR anunciou", after "a Legião da Liberdade para a Rússia (LLR)": the attribution names the body.
            return Strength.Named;
        }

        if (IsInstitution(name))
        {
            return Strength.None;
        }

        if (string.IsNullOrWhiteSpace(quote.Speaker))
        {
            return Strength.Unattributed;
        }

        return !SpeakerNames.WordKeys(quote.Speaker).Any(w => SpeakerNames.SameKey(w, key)) ? Strength.Resolved
            : SpeaksFor(quote.Speaker, key) ? Strength.Principal : Strength.Named;
    }

    /// <summary>
    /// True when <paramref name="phrase"/> is a short attribution (at most four words) that names its speaker by an acronym
    /// in capitals of two to five letters ("enquanto a LLR", "RVC", "ЛСР"; <see cref="SpeakerNames.IsAcronym"/>): the article resolved the acronym to the body it
    /// defines, whatever name the corpus then gives that body (its Dutch name, say).
    /// </summary>
    internal static bool NamesByAcronym(string phrase) => SpeakerNames.AcronymWords(phrase, out int words).Count > 0 && words <= 4;

    /// <summary>Words that make the name after a spokesman's title the one he speaks for ("spokesman for", "Sprecher von", "porte-parole de").</summary>
    private static readonly HashSet<string> Ofs = new(
        ["of", "for", "von", "des", "der", "de", "du", "da", "do", "del", "della", "dello", "di", "van", "al", "lui", "d'", "d’"], StringComparer.Ordinal);

    /// <summary>Seats of power written in one word that <see cref="SpeakerInstitutions.IsBodyWord"/> does not read (Italian, Romanian).</summary>
    private static readonly HashSet<string> Seats = new(["cremlino", "kremlinului", "cremlinului"], StringComparer.Ordinal);

    /// <summary>
    /// True when <paramref name="phrase"/> names the speaker keyed <paramref name="key"/> as the one a spokesman speaks for: a
    /// spokesman's title, then "of"/"von"/"de", then the name ("ein Sprecher von Präsident Joe Biden", "a spokesman for
    /// Biden"); a name after a comma is the spokesman's own ("o porta-voz da Casa Branca, Andrew Bates").
    /// </summary>
    private static bool SpeaksFor(string phrase, string key)
    {
        bool title = false, of = false;
        foreach (var raw in phrase.Split([' ', '\u00A0'], StringSplitOptions.RemoveEmptyEntries))
        {
            var word = raw.Trim(',', '.', ':', ';', '"', '«', '»', '“', '”', '„', '(', ')');
            var norm = Tokenizer.NormalizeWord(word);
            if (!title)
            {
                title = TitleClasses.Of(norm) == TitleClasses.Spokesman;
            }
            else if (!of)
            {
                of = Ofs.Contains(norm) || word.StartsWith("d'", StringComparison.Ordinal) || word.StartsWith("d’", StringComparison.Ordinal);
            }
            else if (SpeakerInstitutions.IsBodyWord(norm) || Seats.Contains(norm))
            {
                // "il portavoce del Cremlino Dmitry Peskov", "spokesman of the Kremlin Dmitry Peskov": the spokesman speaks for an
                // institution, and the name after it is his own.
                return false;
            }
            else if (word.Length > 0 && char.IsUpper(word[0]) && SpeakerNames.SameKey(SpeakerNames.Key(word), key))
            {
                return true;
            }

            if (raw.EndsWith(','))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>True when a word of <paramref name="phrase"/> is the title of a person's office ("президент", "le président russe").</summary>
    private static bool HasPersonTitle(string phrase) =>
        phrase.Split([' ', '\u00A0'], StringSplitOptions.RemoveEmptyEntries)
            .Any(w => SpeakerNames.IsPersonTitle(Tokenizer.NormalizeWord(w.Trim(',', ';', ':', '.', '"', '“', '”', '«', '»', '„', '(', ')'))));

    /// <summary>The better spelling of one person: Latin letters, then a full name, then fewer words (no heading word glued on), then ordinal.</summary>
    private static bool Preferred(string a, string b)
    {
        static int Rank(string name) =>
            (!Transliterator.HasCyrillic(name) && name.Any(char.IsAsciiLetter) ? 2 : 0) + (name.Contains(' ', StringComparison.Ordinal) ? 1 : 0);
        int ra = Rank(a), rb = Rank(b);
        if (ra != rb)
        {
            return ra > rb;
        }

        int wa = a.Count(c => c == ' '), wb = b.Count(c => c == ' ');
        return wa != wb ? wa < wb : string.CompareOrdinal(a, b) < 0;
    }

    /// <summary>An institution or a body rather than a person: "Casa Blanca", "White House spokesman", "NATO", "Russian defence ministry".</summary>
    private static bool IsInstitution(string name) =>
        SpeakerInstitutions.Body(name) is not null
        || name.All(c => !char.IsLetter(c) || char.IsUpper(c))
        || name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(w => SpeakerInstitutions.IsHead(Tokenizer.NormalizeWord(w)));
}
