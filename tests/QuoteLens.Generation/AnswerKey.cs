namespace QuoteLens.Benchmarks.Evaluation;

/// <summary>One line of an answer key (gold.tsv): a version of one utterance, named by the exact text it has in a file.</summary>
/// <param name="UnitId">The utterance; entries with the same unit id are versions of each other.</param>
/// <param name="File">The article file, relative to the corpus folder.</param>
/// <param name="Kind">quote, partial or paraphrase.</param>
/// <param name="ExactSpan">Text that occurs verbatim in the file.</param>
/// <param name="Speaker">Who spoke, as the key names them ("Joe Biden"), when the key has a speaker column and says; else null.</param>
internal sealed record AnswerKeyEntry(string UnitId, string File, string Kind, string ExactSpan, string? Speaker = null);

/// <summary>Reads answer keys: tab-separated, with the header unit_id, unit_description, file, kind, exact_span and optionally speaker.</summary>
internal static class AnswerKey
{
    public static IReadOnlyList<AnswerKeyEntry> Load(string path)
    {
        var lines = File.ReadAllLines(path);
        if (lines.Length == 0)
        {
            throw new FormatException($"{path}: the file is empty; an answer key starts with a header naming unit_id, file, kind and exact_span");
        }

        var header = lines[0].Split('\t');
        int unit = Array.IndexOf(header, "unit_id"), file = Array.IndexOf(header, "file"), kind = Array.IndexOf(header, "kind"), span = Array.IndexOf(header, "exact_span");
        int speaker = Array.IndexOf(header, "speaker");
        if (unit < 0 || file < 0 || kind < 0 || span < 0)
        {
            throw new FormatException($"{path}: the header must name unit_id, file, kind and exact_span");
        }

        int needed = new[] { unit, file, kind, span }.Max() + 1;
        var entries = new List<AnswerKeyEntry>();
        for (int line = 1; line < lines.Length; line++)
        {
            if (lines[line].Length == 0)
            {
                continue;
            }

            var c = lines[line].Split('\t');
            if (c.Length < needed)
            {
                throw new FormatException($"{path}: line {line + 1} has {c.Length} columns, the header names {needed} or more");
            }

            var who = speaker >= 0 && speaker < c.Length && c[speaker].Trim().Length > 0 ? c[speaker].Trim() : null;
            entries.Add(new AnswerKeyEntry(c[unit], c[file], c[kind], c[span], who));
        }

        return entries;
    }
}
