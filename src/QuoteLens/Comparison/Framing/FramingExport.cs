using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using CsvHelper;

namespace QuoteLens.Comparison.Framing;

/// <summary>Writes a framing report as JSON or as one long CSV table; the same report gives the same bytes.</summary>
public static class FramingExport
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    /// <summary>Writes <paramref name="report"/> as indented JSON.</summary>
    public static void WriteJson(FramingReport report, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(JsonSerializer.Serialize(report, Json));
        writer.Write('\n');
    }

    /// <summary>
    /// Writes <paramref name="report"/> as one CSV table with a <c>section</c> column (labels, candidates, verbs, hedges,
    /// terms, names); <c>item</c> is the label, verb, hedge, word or spelling, <c>qualifier</c> the modifier, speaker or name key.
    /// </summary>
    public static void WriteCsv(FramingReport report, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(report);
        using var csv = new CsvWriter(writer, CultureInfo.InvariantCulture, leaveOpen: true);
        csv.WriteHeader<FramingRow>();
        csv.NextRecord();
        csv.WriteRecords(Rows(report));
        csv.Flush();
    }

    private static IEnumerable<FramingRow> Rows(FramingReport report)
    {
        foreach (var l in report.Labels)
        {
            yield return new FramingRow("labels", l.Outlet, l.Label, l.ActorClass, l.Modifier, "", l.Quoted, l.Count, null, null, First(l.Examples));
        }

        foreach (var c in report.CandidateLabels)
        {
            yield return new FramingRow("candidates", string.Join("; ", c.Outlets), c.Term, "", "", "", false, c.Count, null, null, First(c.Examples));
        }

        foreach (var v in report.AttributionVerbs)
        {
            yield return new FramingRow("verbs", v.Outlet, v.Verb, v.VerbClass, v.Speaker, v.Side ?? "", false, v.Count, null, null, First(v.Examples));
        }

        foreach (var h in report.Hedges)
        {
            yield return new FramingRow("hedges", h.Outlet, h.Hedge, h.HedgeClass, "", "", h.Quoted, h.Count, null, null, First(h.Examples));
        }

        foreach (var t in report.DistinctiveTerms)
        {
            yield return new FramingRow("terms", t.Outlet, t.Term, "", "", "", false, t.Count, Math.Round(t.LogOdds, 4), Math.Round(t.Z, 4), "");
        }

        foreach (var set in report.NameVariants)
        {
            foreach (var v in set.Variants)
            {
                yield return new FramingRow("names", string.Join("; ", v.Outlets), v.Spelling, "", set.Key, "", false, v.Count, null, null, "");
            }
        }
    }

    private static string First(IReadOnlyList<FramingExample> examples) =>
        examples.Count == 0 ? "" : $"{examples[0].ArticleId}:{examples[0].Start}-{examples[0].End} {examples[0].Text}";

    private sealed record FramingRow(
        string Section, string Outlet, string Item, string Class, string Qualifier, string Side, bool Quoted, int Count, double? LogOdds, double? Z, string Example);
}
