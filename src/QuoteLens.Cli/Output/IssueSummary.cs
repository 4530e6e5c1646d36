using System.Globalization;
using System.Text.RegularExpressions;
using QuoteLens.Corpus;

namespace QuoteLens.Cli.Output;

/// <summary>
/// The corpus issues as lines for standard error: skipped files one by one; warnings and ignored files of one kind
/// (the same message once quoted values are set aside) one by one up to <see cref="Listed"/>, and beyond that as one
/// line with the count and the first <see cref="Listed"/> files (every one of them is in the JSON output).
/// </summary>
internal static partial class IssueSummary
{
    /// <summary>How many files of one kind are listed one by one, and named in a summary line.</summary>
    public const int Listed = 5;

    public static IEnumerable<string> Lines(IReadOnlyList<CorpusIssue> issues)
    {
        var kinds = issues.Where(i => i.Severity != IssueSeverity.Skipped)
            .GroupBy(i => (i.Severity, Kind(i.Message)))
            .Where(g => g.Count() > Listed)
            .ToDictionary(g => g.Key, g => g.ToList());
        var summarised = new HashSet<(IssueSeverity, string)>();
        foreach (var issue in issues)
        {
            var key = (issue.Severity, Kind(issue.Message));
            if (issue.Severity == IssueSeverity.Skipped || !kinds.TryGetValue(key, out var all))
            {
                yield return issue.ToString();
            }
            else if (summarised.Add(key))
            {
                var message = all.All(i => i.Message == issue.Message) ? issue.Message : key.Item2;
                var word = issue.Severity == IssueSeverity.Ignored ? "ignored" : "warning";
                yield return string.Create(CultureInfo.InvariantCulture,
                    $"{all.Count:N0} files: {word}: {message}; first {Listed}: {string.Join(", ", all.Take(Listed).Select(i => i.File))} (all of them: quotelens corpus DIR --format json)");
            }
        }
    }

    /// <summary>"3 file(s) skipped, 2 ignored" for the no-articles message.</summary>
    public static string Counts(IReadOnlyList<CorpusIssue> issues)
    {
        int skipped = issues.Count(i => i.Severity == IssueSeverity.Skipped);
        int ignored = issues.Count(i => i.Severity == IssueSeverity.Ignored);
        return skipped + ignored == 0
            ? "the folder holds no article files"
            : string.Create(CultureInfo.InvariantCulture, $"{skipped} file(s) skipped, {ignored} ignored");
    }

    /// <summary>A message with its quoted values set aside: "'x' is not a date" and "'y' is not a date" are one kind.</summary>
    private static string Kind(string message) => Quoted().Replace(message, "'…'");

    [GeneratedRegex("'[^']*'")]
    private static partial Regex Quoted();
}
