using QuoteLens.Quotes;

namespace QuoteLens.Grouping;

/// <content>
/// A piece whose words other articles' versions carry in another form of the same word: see <see cref="AttachNearFormPieces"/>.
/// </content>
public static partial class QuoteGrouper
{
    /// <summary>The fewest letters two stems share at their start, one holding the other whole, to be taken as one word.</summary>
    internal const int NearFormMinLength = 5;

    /// <summary>The most versions one stem's start may list before it is too common to look a piece up by.</summary>
    internal const int NearFormMaxTexts = 256;

    /// <summary>
    /// A partial or scare quote of two keys or more that stands alone at the end joins, as a fragment, the shared group whose
    /// versions in its language carry each of its keys, or a form of it that one of the two stems holds whole over at least
    /// <see cref="NearFormMinLength"/> letters: "Untergrabung unserer Sicherheit" (untergrab) in "untergräbt unsere gesamte
    /// Sicherheit" (untergrabt), where the stemmer kept a noun and its verb apart. At least one other article's version must
    /// carry it; of several groups, the one most articles' versions carry it in, then the lower number. A piece a cue gives
    /// to a person of its own does not join a group whose carrying versions all name someone else. Runs after every other
    /// pass (nothing builds on it).
    /// </summary>
    private static void AttachNearFormPieces(Quote[] sorted, IdenticalTexts texts, KeySpace same, Assignment state, HashSet<int> shared, List<Evidence> evidence)
    {
        int n = sorted.Length;

        // Per language and stem start, the texts with a version (not a fragment) in a shared group; each key's start is cut once.
        var keys = same.Interned.Keys;
        var starts = new string?[keys.Length];
        string StartOf(int k) => starts[k] ??= StemStart(keys[k]);
        var byStart = new Dictionary<(int Language, string Start), List<int>>();
        var inShared = new bool[texts.Count];
        for (int q = 0; q < n; q++)
        {
            if (!state.Fragment[q] && shared.Contains(state.Key[q]))
            {
                inShared[texts.Of[q]] = true;
            }
        }

        for (int t = 0; t < texts.Count; t++)
        {
            if (!inShared[t])
            {
                continue;
            }

            foreach (int k in same.Keys[t])
            {
                var start = StartOf(k);
                var list = byStart.TryGetValue((texts.Language[t], start), out var found) ? found : byStart[(texts.Language[t], start)] = [];
                if (list.Count == 0 || list[^1] != t)
                {
                    list.Add(t);
                }
            }
        }

        for (int q = 0; q < n; q++)
        {
            int t = texts.Of[q];
            int keyCount = same.Keys.Length(t);
            if (sorted[q].Kind == QuoteKind.Full || keyCount < 2 || shared.Contains(state.Key[q]) || texts.First[t] != q)
            {
                continue;
            }

            var mine = new List<string>(keyCount);

            // The versions listed under the rarest stem start of the piece are the only ones that can carry it.
            List<int>? candidates = null;
            foreach (int k in same.Keys[t])
            {
                mine.Add(keys[k]);
                if (!byStart.TryGetValue((texts.Language[t], StartOf(k)), out var list))
                {
                    candidates = null;
                    break;
                }

                if (candidates is null || list.Count < candidates.Count)
                {
                    candidates = list;
                }
            }

            if (candidates is null || candidates.Count > NearFormMaxTexts)
            {
                continue;
            }

            int own = state.Article[q];

            // A piece a cue gives to a person of its own is no piece of a statement whose carrying versions all name someone
            // else (as in AttachContained; a body, "Die NATO", speaks through its people: "untergräbt …", said Stoltenberg).
            var piece = sorted[q];
            string[]? ownSpeaker = piece.Cue is not null && piece.SpeakerKey is not null && piece.CanonicalSpeaker is { } named && IsPersonName(named)
                ? [.. SpeakerNames.WordKeys(named), piece.SpeakerKey]
                : null;
            var someoneElse = new Dictionary<int, bool>();
            var articlesByGroup = new Dictionary<int, HashSet<int>>();
            var witness = new Dictionary<int, int>();
            foreach (int other in candidates)
            {
                if (!mine.TrueForAll(key => HasNearForm(same, keys, other, key)))
                {
                    continue;
                }

                foreach (int copy in texts.CopiesOf(other))
                {
                    if (state.Fragment[copy] || state.Article[copy] == own || !shared.Contains(state.Key[copy]))
                    {
                        continue;
                    }

                    int group = state.Key[copy];
                    if (ownSpeaker is not null)
                    {
                        bool elsewhere = sorted[copy].SpeakerKey is { } theirs && !ownSpeaker.Any(w => SpeakerNames.SameKey(theirs, w));
                        someoneElse[group] = someoneElse.TryGetValue(group, out var was) ? was && elsewhere : elsewhere;
                    }

                    (articlesByGroup.TryGetValue(group, out var set) ? set : articlesByGroup[group] = []).Add(state.Article[copy]);
                    witness.TryAdd(group, copy);
                }
            }

            foreach (var (group, other) in someoneElse)
            {
                if (other)
                {
                    articlesByGroup.Remove(group);
                }
            }

            if (articlesByGroup.Count == 0)
            {
                continue;
            }

            var (best, articles) = articlesByGroup.Select(p => (p.Key, p.Value.Count)).OrderByDescending(p => p.Count).ThenBy(p => p.Key).First();
            var how = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"fragment: its {keyCount} keys or near forms of them in versions from {articles} other articles");
            foreach (int copy in texts.CopiesOf(t))
            {
                if (!shared.Contains(state.Key[copy]))
                {
                    state.Key[copy] = best;
                    state.Fragment[copy] = true;
                    evidence.Add(new Evidence(witness[best], copy, how));
                }
            }
        }
    }

    /// <summary>The first <see cref="NearFormMinLength"/> letters of a stem (the whole of a shorter one).</summary>
    private static string StemStart(string key) => key.Length > NearFormMinLength ? key[..NearFormMinLength] : key;

    /// <summary>True when text <paramref name="other"/> carries <paramref name="key"/> or a form one of the two stems holds whole over <see cref="NearFormMinLength"/> letters or more.</summary>
    private static bool HasNearForm(KeySpace same, string[] keys, int other, string key)
    {
        foreach (int k in same.Keys[other])
        {
            var theirs = keys[k];
            if (theirs == key || (Math.Min(theirs.Length, key.Length) >= NearFormMinLength
                && (theirs.StartsWith(key, StringComparison.Ordinal) || key.StartsWith(theirs, StringComparison.Ordinal))))
            {
                return true;
            }
        }

        return false;
    }
}
