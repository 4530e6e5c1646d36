using CsvHelper.Configuration.Attributes;

namespace QuoteLens.Comparison.Framing;

/// <summary>The part of a <see cref="FramingReport"/> a <see cref="FramingRow"/> comes from (written in CSV in lower case).</summary>
public enum FramingSection
{
    /// <summary>Labels for actors.</summary>
    [Name("labels")]
    Labels,

    /// <summary>Candidate labels the lexicon lacks.</summary>
    [Name("candidates")]
    Candidates,

    /// <summary>Attribution verbs.</summary>
    [Name("verbs")]
    Verbs,

    /// <summary>Hedges and verification notes.</summary>
    [Name("hedges")]
    Hedges,

    /// <summary>Distinctive words.</summary>
    [Name("terms")]
    Terms,

    /// <summary>Spelling variants of names.</summary>
    [Name("names")]
    Names,
}

/// <summary>
/// One row of the flat framing table: every count of a <see cref="FramingReport"/> in one shape, for CSV and
/// spreadsheets.
/// </summary>
/// <param name="Section">Which part of the report the row comes from.</param>
/// <param name="Outlet">The outlet (for candidates and names: every outlet, joined by "; ").</param>
/// <param name="Item">The label, candidate word, verb, hedge, distinctive word or spelling.</param>
/// <param name="Class">The item's class from the lexicon.</param>
/// <param name="Qualifier">The label's modifiers, the verb's speaker or the name's key.</param>
/// <param name="Side">The speaker's side (verbs).</param>
/// <param name="Quoted">True for uses inside quotes.</param>
/// <param name="Count">Number of uses.</param>
/// <param name="LogOdds">The weighted log-odds ratio (terms).</param>
/// <param name="Z">Its z-score (terms).</param>
/// <param name="Example">The first example: article id, offsets and text.</param>
public sealed record FramingRow(
    FramingSection Section, string Outlet, string Item, string Class, string Qualifier, string Side, bool Quoted, int Count, double? LogOdds, double? Z, string Example)
{
    /// <summary>The rows of <paramref name="report"/>, section by section in the report's order.</summary>
    public static IEnumerable<FramingRow> From(FramingReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        foreach (var l in report.Labels)
        {
            yield return new(FramingSection.Labels, l.Outlet, l.Label, l.ActorClass, l.Modifier, "", l.Quoted, l.Count, null, null, First(l.Examples));
        }

        foreach (var c in report.CandidateLabels)
        {
            yield return new(FramingSection.Candidates, string.Join("; ", c.Outlets), c.Term, "", "", "", false, c.Count, null, null, First(c.Examples));
        }

        foreach (var v in report.AttributionVerbs)
        {
            yield return new(FramingSection.Verbs, v.Outlet, v.Verb, v.VerbClass, v.Speaker, v.Side ?? "", false, v.Count, null, null, First(v.Examples));
        }

        foreach (var h in report.Hedges)
        {
            yield return new(FramingSection.Hedges, h.Outlet, h.Hedge, h.HedgeClass, "", "", h.Quoted, h.Count, null, null, First(h.Examples));
        }

        foreach (var t in report.DistinctiveTerms)
        {
            yield return new(FramingSection.Terms, t.Outlet, t.Term, "", "", "", false, t.Count, Math.Round(t.LogOdds, 4), Math.Round(t.Z, 4), "");
        }

        foreach (var set in report.NameVariants)
        {
            foreach (var v in set.Variants)
            {
                yield return new(FramingSection.Names, string.Join("; ", v.Outlets), v.Spelling, "", set.Key, "", false, v.Count, null, null, "");
            }
        }
    }

    private static string First(IReadOnlyList<FramingExample> examples) =>
        examples.Count == 0 ? "" : $"{examples[0].ArticleId}:{examples[0].Start}-{examples[0].End} {examples[0].Text}";
}
