using QuoteLens.Comparison.Framing;

namespace QuoteLens.Views.Framing;

/// <summary>
/// The framing analysis as typed tables (HTML and CSV through <see cref="TableView{TRow}"/>, every value
/// HTML-encoded): labels with their modifiers, candidate labels, attribution verbs by speaker and side,
/// hedges, distinctive words and name spellings. The label × outlet overview is <see cref="LabelMatrix"/>.
/// </summary>
/// <example>
/// <code>
/// var framing = Analysis.Run("data/belgorod-2024-03").Framing();
/// File.WriteAllText("hedges.csv", FramingTables.Hedges(framing).ToCsv());
/// </code>
/// </example>
public static class FramingTables
{
    /// <summary>What <see cref="AttributionVerbRow.Side"/> says when the lexicon does not know the speaker.</summary>
    public const string UnknownSide = "unknown";

    /// <summary>Each outlet's labels with their modifiers, own and quoted uses side by side.</summary>
    public static TableView<LabelRow> Labels(FramingReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return new(
            report.Labels
                .GroupBy(l => (l.Outlet, l.Label, l.ActorClass, l.Modifier))
                .Select(g => new LabelRow(
                    g.Key.Outlet, g.Key.Label, g.Key.ActorClass, g.Key.Modifier, Sum(g, l => !l.Quoted, l => l.Count), Sum(g, l => l.Quoted, l => l.Count), FirstExample(g.SelectMany(l => l.Examples)))),
            "Labels by outlet and modifier: in the outlet's own words and inside quotes");
    }

    /// <summary>Words used like labels (right after a stance modifier) that the lexicon lacks: candidates to add to labels.tsv.</summary>
    public static TableView<CandidateLabelRow> CandidateLabels(FramingReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return new(
            report.CandidateLabels.Select(c => new CandidateLabelRow(c.Term, c.Count, Join(c.Outlets), FirstExample(c.Examples))),
            "Candidate labels: words used like labels that the lexicon does not list");
    }

    /// <summary>Attribution verbs by the speaker's side and the speaker, then verb and outlet, so that "Moscow claimed" and "Kyiv said" stand near each other.</summary>
    public static TableView<AttributionVerbRow> AttributionVerbs(FramingReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return new(
            report.AttributionVerbs
                .OrderBy(v => v.Side is null).ThenBy(v => v.Side, StringComparer.Ordinal).ThenBy(v => v.Speaker, StringComparer.Ordinal)
                .ThenBy(v => v.Verb, StringComparer.Ordinal).ThenBy(v => v.Outlet, StringComparer.Ordinal)
                .Select(v => new AttributionVerbRow(v.Side ?? UnknownSide, v.Speaker, v.Verb, v.VerbClass, v.Outlet, v.Count, FirstExample(v.Examples))),
            "Attribution verbs by speaker: who is reported as saying, claiming, vowing …");
    }

    /// <summary>Hedges and verification notes by outlet, own and quoted uses side by side.</summary>
    public static TableView<HedgeRow> Hedges(FramingReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return new(
            report.Hedges
                .GroupBy(h => (h.Outlet, h.Hedge, h.HedgeClass))
                .Select(g => new HedgeRow(
                    g.Key.Outlet, g.Key.Hedge, g.Key.HedgeClass, Sum(g, h => !h.Quoted, h => h.Count), Sum(g, h => h.Quoted, h => h.Count), FirstExample(g.SelectMany(h => h.Examples)))),
            "Hedges and verification notes by outlet");
    }

    /// <summary>Each outlet's distinctive words, highest z first.</summary>
    public static TableView<DistinctiveWordRow> DistinctiveWords(FramingReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return new(
            ByOutletThenZ(report.DistinctiveTerms)
                .Select(t => new DistinctiveWordRow(t.Outlet, t.Term, t.Count, t.OthersCount, Math.Round(t.LogOdds, 3), Math.Round(t.Z, 2))),
            "Distinctive words: weighted log-odds δ of each outlet against the rest, with z-scores");
    }

    /// <summary>Names written in more than one way, each spelling with the outlets behind it.</summary>
    public static TableView<NameSpellingRow> NameVariants(FramingReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return new(
            report.NameVariants.SelectMany(set => set.Variants.Select(v => new NameSpellingRow(set.Key, v.Spelling, v.Count, Join(v.Outlets)))),
            "Names spelled differently, with the outlets behind each spelling");
    }

    /// <summary>The distinctive terms outlet by outlet (ordinal), each outlet's highest z first.</summary>
    internal static IEnumerable<DistinctiveTerm> ByOutletThenZ(IEnumerable<DistinctiveTerm> terms) =>
        terms.OrderBy(t => t.Outlet, StringComparer.Ordinal).ThenByDescending(t => t.Z).ThenBy(t => t.Term, StringComparer.Ordinal);

    /// <summary>The total count of the items that match <paramref name="which"/> (own uses, or quoted ones).</summary>
    internal static int Sum<T>(IEnumerable<T> items, Func<T, bool> which, Func<T, int> count) => items.Where(which).Sum(count);

    private static string FirstExample(IEnumerable<FramingExample> examples) => examples.FirstOrDefault()?.Text ?? "";

    private static string Join(IEnumerable<string> outlets) => string.Join("; ", outlets);
}
