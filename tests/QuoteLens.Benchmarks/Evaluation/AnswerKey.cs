namespace QuoteLens.Benchmarks.Evaluation;

/// <summary>One line of an answer key (gold.tsv): a version of one utterance, named by the exact text it has in a file.</summary>
/// <param name="UnitId">The utterance; entries with the same unit id are versions of each other.</param>
/// <param name="File">The article file, relative to the corpus folder.</param>
/// <param name="Kind">quote, partial or paraphrase.</param>
/// <param name="ExactSpan">Text that occurs verbatim in the file.</param>
internal sealed record AnswerKeyEntry(string UnitId, string File, string Kind, string ExactSpan);

/// <summary>Reads answer keys: tab-separated, with the header unit_id, unit_description, file, kind, exact_span.</summary>
internal static class AnswerKey
{
    public static IReadOnlyList<AnswerKeyEntry> Load(string path)
    {
        var lines = File.ReadAllLines(path);
        var header = lines[0].Split('\t');
        int unit = Array.IndexOf(header, "unit_id"), file = Array.IndexOf(header, "file"), kind = Array.IndexOf(header, "kind"), span = Array.IndexOf(header, "exact_span");
        if (unit < 0 || file < 0 || kind < 0 || span < 0)
        {
            throw new FormatException($"{path}: the header must name unit_id, file, kind and exact_span");
        }

        return lines.Skip(1).Where(l => l.Length > 0).Select(l => l.Split('\t')).Select(c => new AnswerKeyEntry(c[unit], c[file], c[kind], c[span])).ToList();
    }
}
