using System.Globalization;

namespace QuoteLens.Cli.Output;

/// <summary>The JSON document of `quotelens align --format json`.</summary>
internal sealed record AlignmentDocument(
    string Corpus,
    IReadOnlyList<AlignmentDocument.ArticleEntry> Articles,
    IReadOnlyList<AlignmentDocument.IssueEntry> Skipped,
    IReadOnlyList<AlignmentDocument.IssueEntry> Warnings,
    IReadOnlyList<AlignmentDocument.GroupEntry> Groups)
{
    public static AlignmentDocument From(Analysis analysis) => new(
        analysis.Corpus.Name,
        analysis.Corpus.Articles.Select(a => new ArticleEntry(a.Id, a.File, a.Outlet, a.Language,
            a.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), a.ContentHash)).ToList(),
        analysis.Corpus.Skipped.Select(i => new IssueEntry(i.File, i.Message)).ToList(),
        analysis.Corpus.Issues.Where(i => i.Severity == QuoteLens.Corpus.IssueSeverity.Warning).Select(i => new IssueEntry(i.File, i.Message)).ToList(),
        analysis.Groups.Select(g => new GroupEntry(g.Id, g.Text, g.IsShared,
            g.Members.Select(m => new MemberEntry(m.ArticleId, m.Text, m.Start, m.End, m.Speaker, m.Cue, m.Language, m.Kind.ToString().ToLowerInvariant(), m.Unclosed)).ToList())).ToList());

    internal sealed record ArticleEntry(string Id, string File, string? Outlet, string Language, string? Published, string Sha256);

    internal sealed record IssueEntry(string File, string Reason);

    internal sealed record GroupEntry(string Id, string Text, bool Shared, IReadOnlyList<MemberEntry> Members);

    internal sealed record MemberEntry(string Article, string Text, int Start, int End, string? Speaker, string? Cue, string Language, string Kind, bool Unclosed);
}
