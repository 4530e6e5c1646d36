using QuoteLens.Quotes;

namespace QuoteLens.Grouping;

public static partial class QuoteGrouper
{
    /// <summary>
    /// The names and numbers of the sentences two passes across languages compare (statement order, words in shared
    /// articles), read once per distinct text: two sentences that both write numbers must share one (a translation keeps
    /// "40" and "2024"), and the names one writes must stand in the other, in any script (Turquie, Turchia, Turcja; НАТО, NATO). German capitalises its nouns:
    /// its capitalised words are not taken for names.
    /// </summary>
    private sealed class TextAnchors(Quote[] sorted, IdenticalTexts texts)
    {
        private readonly Dictionary<int, string[]> numbers = [];
        private readonly Dictionary<int, (string[] Names, string[] All)> names = [];

        /// <summary>True when every sentence's numbers are absent or one of them stands in both.</summary>
        public bool NumbersAgree(int a, int b)
        {
            var na = NumbersOf(a);
            var nb = NumbersOf(b);
            return na.Length == 0 || nb.Length == 0 || na.Any(v => Array.IndexOf(nb, v) >= 0);
        }

        /// <summary>True when <paramref name="a"/> writes no name, or one of its names stands in <paramref name="b"/>'s words.</summary>
        public bool NamesAgree(int a, int b)
        {
            var found = NamesOf(a).Names;
            return found.Length == 0 || found.Any(k => Array.IndexOf(NamesOf(b).All, k) >= 0);
        }

        /// <summary>True when a name of <paramref name="a"/> stands in <paramref name="b"/>'s words.</summary>
        public bool SharesName(int a, int b) => NamesOf(a).Names.Any(k => Array.IndexOf(NamesOf(b).All, k) >= 0);

        private (string[] Names, string[] All) NamesOf(int q)
        {
            int t = texts.Of[q];
            if (!names.TryGetValue(t, out var found))
            {
                names[t] = found = NameKeys(sorted[q].Text, Text.StopWords.Primary(sorted[q].Language));
            }

            return found;
        }

        private string[] NumbersOf(int q)
        {
            int t = texts.Of[q];
            if (!numbers.TryGetValue(t, out var found))
            {
                numbers[t] = found = Numbers(sorted[q].Text);
            }

            return found;
        }
    }
}
