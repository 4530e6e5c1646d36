using QuoteLens.Text;

namespace QuoteLens.Comparison.Framing;

/// <summary>
/// Finds labels with the modifiers written before them ("anti-Kremlin Russian fighters"), skipping proper names
/// ("Russian Volunteer Corps"), and proposes as candidate labels the words that follow a stance modifier but are
/// not in the lexicon ("anti-Kremlin units").
/// </summary>
internal static class LabelFinder
{
    public static void Find(ReadOnlySpan<ScanToken> paragraph, FramingMatchers matchers, ArticleFindings findings)
    {
        var masked = MaskNames(paragraph, matchers);
        var modifiers = matchers.Modifiers.MatchAll(paragraph);

        // modifierBefore[p]: the start of an unmasked modifier that ends just before token p, or -1.
        var modifierBefore = new int[paragraph.Length + 1];
        Array.Fill(modifierBefore, -1);
        for (int i = 0; i < paragraph.Length; i++)
        {
            if (modifiers[i].Length > 0 && !IsMasked(masked, i, modifiers[i].Length))
            {
                modifierBefore[i + modifiers[i].Length] = i;
            }
        }

        int labelEnd = -1;
        for (int i = 0; i < paragraph.Length;)
        {
            var (length, label) = masked[i] ? (0, null) : matchers.Labels.Match(paragraph, i);
            if (label is not null && !IsMasked(masked, i, length))
            {
                var (first, chain) = ModifierChain(modifierBefore, modifiers, i);
                findings.Labels.Add(new LabelHit(label, string.Join(' ', chain.Select(e => e.Entry)), paragraph[i].Quoted,
                    findings.Example(paragraph, first, i + length - 1)));
                i = labelEnd = i + length;
                continue;
            }

            if (i != labelEnd && modifierBefore[i] >= 0 && modifiers[i].Length == 0 && !masked[i] && IsCandidate(paragraph[i], findings.Article.Language))
            {
                var (first, chain) = ModifierChain(modifierBefore, modifiers, i);
                if (chain.Any(e => e.Class == "stance"))
                {
                    findings.Candidates.Add(new CandidateHit(paragraph[i].Norm, findings.Example(paragraph, first, i)));
                }
            }

            i++;
        }
    }

    private static bool[] MaskNames(ReadOnlySpan<ScanToken> paragraph, FramingMatchers matchers)
    {
        var masked = new bool[paragraph.Length];
        var names = matchers.Names.MatchAll(paragraph);
        for (int i = 0; i < paragraph.Length; i++)
        {
            Array.Fill(masked, true, i, names[i].Length);
        }

        return masked;
    }

    private static bool IsMasked(bool[] masked, int start, int length) => Array.IndexOf(masked, true, start, length) >= 0;

    /// <summary>The modifiers written right before token <paramref name="at"/>, in reading order, and the first token they cover.</summary>
    private static (int First, List<LexiconEntry> Chain) ModifierChain(int[] modifierBefore, (int Length, LexiconEntry? Value)[] modifiers, int at)
    {
        var chain = new List<LexiconEntry>();
        int p = at;
        while (modifierBefore[p] >= 0)
        {
            p = modifierBefore[p];
            chain.Add(modifiers[p].Value!);
        }

        chain.Reverse();
        return (p, chain);
    }

    private static bool IsCandidate(ScanToken token, string language) =>
        token.Token.Kind == TokenKind.Word && token.Norm.Length > 2 && !StopWords.Contains(language, token.Norm);
}
