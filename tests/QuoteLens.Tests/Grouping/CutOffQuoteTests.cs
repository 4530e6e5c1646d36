using QuoteLens.Corpus;
using QuoteLens.Grouping;
using QuoteLens.Quotes;
using QuoteLens.Tests.Reports;

namespace QuoteLens.Tests.Grouping;

/// <summary>
/// A quote the page was cut off in (<see cref="Quote.CutOff"/>) loses its last, maybe cut, word from its keys and joins
/// the statement it opens (QuoteGrouper.AttachCutOffOpenings), on real coverage: the bundled peskov-2024-02 corpus, whose
/// stored Svobodnaya Pressa excerpt ends in «В эт ¶ [EXCERPT TRUNCATED HERE], the start of "В этом случае уже нужно
/// говорить не о вероятности, а о неизбежности".
/// </summary>
public class CutOffQuoteTests
{
    private static readonly Lazy<Analysis> Peskov = new(() => Analysis.Run(TestPaths.Data("peskov-2024-02")));

    [Fact]
    public void The_quote_a_page_ends_in_is_cut_off_and_no_other_is()
    {
        var quotes = QuoteFinder.FindAll(CorpusLoader.Load(TestPaths.Data("peskov-2024-02")));

        var cut = Assert.Single(quotes, q => q.CutOff);
        Assert.Equal("D05_svpressa_everywherenews_ru", cut.ArticleId);
        Assert.Equal("В эт", cut.Text);
        Assert.True(cut.Unclosed);

        // UNN's unclosed "on the need to inflict a strategic defeat on Russia." is followed by more of the story.
        Assert.Contains(quotes, q => q.Unclosed && !q.CutOff && q.ArticleId == "D11_unn_en");
    }

    [Theory]
    [InlineData("Text «В эт\n[EXCERPT TRUNCATED HERE]\n", true)]
    [InlineData("Text «В эт …", true)]
    [InlineData("Text «В эт\n[…] [cut]\n\n", true)]
    [InlineData("Text «В эт\nMore of the story.", false)]
    [InlineData("Text «В эт [a note\nover two lines]", false)]
    public void A_quote_ends_the_text_when_only_space_dots_and_bracketed_notes_follow(string text, bool ends)
    {
        Assert.Equal(ends, QuoteFinder.EndsText(text, text.IndexOf("эт", StringComparison.Ordinal) + 2));
    }

    [Fact]
    public void The_cut_off_stub_joins_the_statement_it_opens_as_a_fragment()
    {
        var analysis = Peskov.Value;
        var group = analysis.Groups.Single(g => g.Fragments.Any(f => f.ArticleId == "D05_svpressa_everywherenews_ru" && f.Text == "В эт"));

        Assert.Contains(group.Members, m => m.ArticleId == "D01_dzen_eadaily_ru" && m.Text.StartsWith("В этом случае уже нужно говорить не о вероятности", StringComparison.Ordinal));
        Assert.Contains(group.Members, m => m.Language == "en" && m.Text.Contains("inevitability", StringComparison.Ordinal));
        Assert.Contains(group.Links, l => l.Evidence == "cut off with the page: the opening words of versions in 2 other articles");
        Assert.DoesNotContain(group.Members, m => m.Text == "В эт");
    }

    [Fact]
    public void A_cut_word_is_no_key()
    {
        var quote = QuoteFinder.FindAll(CorpusLoader.Load(TestPaths.Data("peskov-2024-02"))).Single(q => q.CutOff);

        Assert.Empty(QuoteKeys.Content(quote));
        Assert.Equal(["эт"], QuoteKeys.Content(quote with { CutOff = false }));
    }

    [Fact]
    public void An_opening_that_two_statements_share_stays_alone()
    {
        // "We will" opens two statements of the story: the stub cut after it could be either.
        using var corpus = new TempCorpus(new Dictionary<string, string>
        {
            ["a1.txt"] = Story("“We will rebuild the bridge over the river within two years,” the governor said."),
            ["a2.txt"] = Story("“We will rebuild the bridge over the river within two years,” the governor said."),
            ["a3.txt"] = Story("“We will punish everyone behind the attack on the crossing without mercy,” the governor said."),
            ["a4.txt"] = Story("“We will punish everyone behind the attack on the crossing without mercy,” the governor said."),
            ["a5.txt"] = Story("The governor said: “We wi\n\n[EXCERPT TRUNCATED HERE]"),
            ["a6.txt"] = Story("The governor said: “We will rebu\n\n[EXCERPT TRUNCATED HERE]"),
        });
        var analysis = Analysis.Run(corpus.Directory);

        var ambiguous = analysis.Groups.Single(g => g.Members.Concat(g.Fragments).Any(q => q.ArticleId == "a5"));
        Assert.False(ambiguous.IsShared);
        var rebuilt = analysis.Groups.Single(g => g.Fragments.Any(f => f.ArticleId == "a6"));
        Assert.Equal(["a1", "a2"], rebuilt.Members.Select(m => m.ArticleId).Order(StringComparer.Ordinal));
        Assert.Equal("We will rebu", Assert.Single(rebuilt.Fragments).Text);
    }

    private static string Story(string quote) =>
        $"Bridge attack\n\nResidents of the river towns spent the night in shelters after the strike on the crossing.\n\n{quote}\n";
}
