using System.Globalization;
using QuoteLens.Corpus;
using QuoteLens.Tests.Reports;
using QuoteLens.Tests.Snapshots;
using QuoteLens.Views;

namespace QuoteLens.Tests.Views;

/// <summary>The HTML views on the small invented corpus (snapshots) and on the sample corpus.</summary>
public sealed class ViewTests
{
    private static readonly Analysis Small = Analysis.Run(ReportCorpora.Small);
    private static readonly SourceLabels SmallLabels = SourceLabels.For(Small.Corpus);

    private static global::QuoteLens.Grouping.QuoteGroup River => Small.SharedGroups.Single();

    [Fact]
    public void Alignment_table_matches_its_snapshot() =>
        Snapshot.Match("alignment-small", new AlignmentView(Small.Align(River), SmallLabels, linkPassages: true).ToHtml());

    [Fact]
    public void Word_diffs_match_their_snapshot() =>
        Snapshot.Match("diff-small", string.Concat(Small.Diff(River).Select(d => new WordDiffView(d, SmallLabels).ToHtml())));

    [Fact]
    public void Substitutions_match_their_snapshot() =>
        Snapshot.Match("substitutions-small", new SubstitutionsView(River, Small.Variations(River), SmallLabels).ToHtml());

    [Fact]
    public void Varied_slots_are_marked_by_shape_and_text_not_colour_alone()
    {
        var table = Small.Align(River);
        var html = new AlignmentView(table, SmallLabels).ToHtml();
        int varied = Enumerable.Range(0, table.Width).Count(table.IsVaried);
        Assert.True(varied > 0);
        Assert.Equal(varied, Count(html, "(differs)"));
        Assert.Equal(varied, Count(html, "◆"));
        Assert.Contains("<strong>climb</strong>", html, StringComparison.Ordinal);
        Assert.Contains("<td lang=\"en\" dir=\"auto\">river</td>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Substitutions_name_the_outlets_on_each_side()
    {
        var html = new SubstitutionsView(River, Small.Variations(River), SmallLabels).ToHtml();
        Assert.Matches("“?rise.*Harbour Gazette.*Northern Wire.*⟷.*climb.*Valley Courier", html.Replace("\n", " ", StringComparison.Ordinal));
    }

    [Fact]
    public void Killers_and_assassins_are_a_substitution_in_the_sample_corpus()
    {
        var analysis = Analysis.Run(TestPaths.Data("belgorod-2024-03"));
        var group = analysis.SharedGroups.First(g => g.Text.Contains("killers", StringComparison.Ordinal) || g.Text.Contains("assassins", StringComparison.Ordinal));
        var variation = analysis.Variations(group).Single(v => v.Readings.Any(r => r.Text == "killers"));
        var rows = new SubstitutionsView(group, [variation], SourceLabels.For(analysis.Corpus)).AsTable().Rows;
        Assert.Contains(rows, r => r.Reading == "assassins" && r.Sources.Contains(SourceLabels.For(analysis.Corpus)["001_ca753d6c7bf6b6cc"], StringComparison.Ordinal));
        Assert.Equal(group.Members.Select(m => m.ArticleId).Distinct().Count(), rows.Sum(r => r.SourceCount));
    }

    [Fact]
    public void Coverage_matrix_puts_shared_quotes_first_and_exclusives_under_their_heading()
    {
        var matrix = new CoverageMatrix(Small.Groups, SmallLabels);
        Assert.True(matrix.Groups[0].IsShared);
        Assert.All(matrix.Groups.Skip(1), g => Assert.False(g.IsShared));
        var html = matrix.ToHtml();
        Assert.True(html.IndexOf("Only in one source", StringComparison.Ordinal) > html.IndexOf(River.Id, StringComparison.Ordinal));
        var csv = matrix.ToCsv().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("group,sources,quote,The Harbour Gazette,Valley Courier (regional edition),Northern Wire", csv[0]);
        Assert.EndsWith(",x,x,x", csv[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Table_view_encodes_values_and_writes_the_same_fields_as_csv()
    {
        var rows = new[] { new Row("<script>alert(1)</script>", 1.5, new DateOnly(2024, 3, 13)), new Row("a, \"b\"", -2, new DateOnly(2024, 1, 2)) };
        var previous = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
        try
        {
            var view = new TableView<Row>(rows, "Test & table");
            var html = view.ToHtml();
            Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
            Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
            Assert.Contains("<caption>Test &amp; table</caption>", html, StringComparison.Ordinal);
            Assert.Contains("<td dir=\"auto\">1.5</td>", html, StringComparison.Ordinal);
            Assert.Equal("Text,Value,Day\n<script>alert(1)</script>,1.5,03/13/2024\n\"a, \"\"b\"\"\",-2,01/02/2024\n", view.ToCsv());
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void Anchors_differ_for_ids_that_differ_only_in_punctuation()
    {
        var ids = new[] { "a#1", "a_1", "a-1", "a 1", "a1" };
        Assert.Equal(ids.Length, ids.Select(Anchors.Article).Distinct().Count());
        Assert.All(ids.Select(Anchors.Article), a => Assert.Matches("^[A-Za-z0-9_-]+$", a));
    }

    [Fact]
    public void Labels_of_two_articles_of_one_outlet_stay_apart()
    {
        using var corpus = new TempCorpus(new Dictionary<string, string>
        {
            ["x.txt"] = "---\noutlet: \"Same Paper\"\n---\nText.\n",
            ["y.txt"] = "---\noutlet: \"Same Paper\"\n---\nText.\n",
        });
        var labels = SourceLabels.For(CorpusLoader.Load(corpus.Directory));
        Assert.Equal(["Same Paper (x)", "Same Paper (y)"], labels.ArticleIds.Select(id => labels[id]));
    }

    private static int Count(string text, string part) => (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;

    /// <summary>A row for the table tests.</summary>
    public sealed record Row(string Text, double Value, DateOnly Day);
}
