using QuoteLens.Corpus;

namespace QuoteLens.Tests.Corpus;

/// <summary>The bundled corpora, loaded for real: story kept, furniture dropped, offsets exact, metadata merged.</summary>
public class SampleCorpusTests
{
    private static readonly Lazy<ArticleCorpus> Belgorod = new(() => CorpusLoader.Load(TestPaths.Data("belgorod-2024-03")));

    public static TheoryData<string> Corpora => new() { "belgorod-2024-03", "peskov-2024-02", "macron-2024-02" };

    [Theory]
    [InlineData("000_54b2d773a46bd3c5",
        "“Putin’s killers are carrying out massive attacks on peaceful Ukrainian cities, setting up their positions",
        "“We beat them up,” the social media post accompanying the video on Telegram states. It’s not clear where the video was filmed.")]
    [InlineData("001_ca753d6c7bf6b6cc",
        "“Putin’s assassins are carrying out massive strikes on peaceful Ukrainian cities, putting their positions",
        "The timing and location of that video could not be verified.")]
    [InlineData("002_075d7a39d208f3b7",
        "\"Putin's killers are launching massive attacks on peaceful Ukrainian cities, strategically placing their bases",
        "This incident marks another operation by partisans in the region, with the previous one occurring in May 2023.")]
    [InlineData("003_08015ba3fedcfacf",
        "\"(Russian President Vladimir) Putin's killers are carrying out massive attacks on peaceful Ukrainian cities, placing their positions",
        "The Kyiv Independent cannot verify either the claims of territory seized by the militias or the accounts from the Russian side.")]
    [InlineData("004_d8fbdb9412827b2f",
        "‘Moving on. Russia will be free!’ it wrote.",
        "It is unclear if the facility was hit by a drone attack, a missile or sabotage.")]
    public void StorySentencesAreKeptUpToTheLastOne(string id, string quote, string lastSentence)
    {
        var article = Article(id);
        var story = KeptText(article);

        Assert.Contains(quote, story, StringComparison.Ordinal);
        Assert.EndsWith(lastSentence, story, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("000_54b2d773a46bd3c5", "Read more at The Daily Beast", "biggest scoops", "Subscribe now")]
    [InlineData("001_ca753d6c7bf6b6cc", "Support The Moscow Times", "Contribute today", "we have a small favor to ask", "Read more about",
        "Ukraine Attacks Oil Depot", "Min read", "Freedom of Russia Legion / Telegram", "Updated:", "date 2024-03-13")]
    [InlineData("002_075d7a39d208f3b7", "Images source", "Damaged city council building", "3:35 PM EDT", "Related content", "NewsRussian")]
    [InlineData("003_08015ba3fedcfacf", "Skip to content", "News Feed, Russia", "Edit post", "by Nate Ostiller", "Emmanuelle Chaze",
        "This audio is created with AI assistance", "Authors:", "7:07 AM", "Armenia", "UNICEF", "Sumy")]
    [InlineData("004_d8fbdb9412827b2f", "Please wait", "RELATED ARTICLES", "please consider making a donation", "Related posts", "Views: 0")]
    public void PageFurnitureIsDropped(string id, params string[] furniture)
    {
        var article = Article(id);
        var story = KeptText(article);

        Assert.All(furniture, f => Assert.DoesNotContain(f, story, StringComparison.Ordinal));
        Assert.All(furniture, f => Assert.Contains(f, article.Text, StringComparison.Ordinal));
    }

    [Fact]
    public void ARepeatedHeadlineIsKeptOnceAndBecomesTheTitleWhenTheManifestHasNone()
    {
        var article = Article("002_075d7a39d208f3b7");
        var paragraphs = article.Paragraphs.Select(article.ParagraphText).ToList();

        Assert.Equal("Russian volunteer groups attack military sites in Belgorod and Kursk", article.Title);
        Assert.Single(paragraphs, p => p.Contains("attack military sites in", StringComparison.Ordinal));
        Assert.StartsWith("Russian volunteer groups attack military sites", paragraphs[0], StringComparison.Ordinal);
    }

    [Fact]
    public void TheManifestGivesOutletDateLanguageAndNotesAndLeavesUnnamedOutletsEmpty()
    {
        var corpus = Belgorod.Value;

        Assert.Equal(["The Daily Beast", "The Moscow Times", null, "The Kyiv Independent", null], corpus.Articles.Select(a => a.Outlet));
        Assert.Equal(new DateOnly(2024, 3, 13), corpus.Find("001_ca753d6c7bf6b6cc")!.Published);
        Assert.Null(corpus.Find("000_54b2d773a46bd3c5")!.Published);
        Assert.All(corpus.Articles, a => Assert.Equal("en", a.Language));
        Assert.All(corpus.Articles, a => Assert.True(a.Metadata.ContainsKey("notes"), a.Id));
        Assert.Equal(corpus.Articles.Count, corpus.Articles.Select(a => a.DisplayName).Distinct().Count());
        Assert.Equal("002_075d7a39d208f3b7.txt", corpus.Find("002_075d7a39d208f3b7")!.DisplayName);
        Assert.DoesNotContain(corpus.Issues, i => i.Severity == IssueSeverity.Skipped);
    }

    [Fact]
    public void FrontMatterGivesOutletLanguageUrlAndKeepsUnknownFields()
    {
        var corpus = CorpusLoader.Load(TestPaths.Data("peskov-2024-02"));
        var moscowTimes = corpus.Find("D06_moscowtimes_en")!;

        Assert.Equal(17, corpus.Articles.Count);
        Assert.Equal("The Moscow Times (English; AFP text)", moscowTimes.Outlet);
        Assert.Equal("en", moscowTimes.Language);
        Assert.StartsWith("https://www.themoscowtimes.com/2024/02/27/", moscowTimes.Url, StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2024, 2, 27), moscowTimes.Published);
        Assert.StartsWith("PARTIAL", moscowTimes.Metadata["completeness"], StringComparison.Ordinal);
        Assert.Equal("ru", corpus.Find("D01_dzen_eadaily_ru")!.Language);
        Assert.DoesNotContain(moscowTimes.Paragraphs, p => moscowTimes.ParagraphText(p).StartsWith("outlet:", StringComparison.Ordinal));
    }

    [Fact]
    public void DatesThatAreNoDatesAreWarningsAndKeepTheirText()
    {
        var corpus = CorpusLoader.Load(TestPaths.Data("peskov-2024-02"));
        var monthOnly = corpus.Find("D12_eir_en")!;

        Assert.Null(monthOnly.Published);
        Assert.Equal("2024-02 (from URL)", monthOnly.Metadata["date"]);
        Assert.Contains(corpus.Issues, i => i.File == "D12_eir_en.txt" && i.Severity == IssueSeverity.Warning && i.Message.Contains("only a month", StringComparison.Ordinal));
        Assert.Contains(corpus.Issues, i => i.File == "D02_readovka_ru.txt" && i.Message.Contains("'not shown in stored excerpt' is not a date", StringComparison.Ordinal));
        Assert.DoesNotContain(corpus.Issues, i => i.Severity == IssueSeverity.Skipped);
    }

    [Theory]
    [MemberData(nameof(Corpora))]
    public void EveryParagraphIsATrimmedInOrderSpanOfTheText(string name)
    {
        var corpus = CorpusLoader.Load(TestPaths.Data(name));

        Assert.NotEmpty(corpus.Articles);
        foreach (var article in corpus.Articles)
        {
            Assert.NotEmpty(article.Paragraphs);
            int previousEnd = 0;
            foreach (var p in article.Paragraphs)
            {
                Assert.InRange(p.Start, previousEnd, p.End - 1);
                Assert.InRange(p.End, p.Start + 1, article.Text.Length);
                var text = article.ParagraphText(p);
                Assert.Equal(text.Trim(), text);
                Assert.DoesNotContain('\n', text);
                previousEnd = p.End;
            }
        }
    }

    [Theory]
    [InlineData("peskov-2024-02")]
    [InlineData("macron-2024-02")]
    public void EveryGoldSpanSurvivesCleaning(string name)
    {
        var corpus = CorpusLoader.Load(TestPaths.Data(name));
        var byFile = corpus.Articles.ToDictionary(a => a.File, StringComparer.Ordinal);
        var gold = File.ReadLines(TestPaths.Data(name, "gold.tsv")).Skip(1).Select(l => l.Split('\t')).Where(f => f.Length >= 5 && f[4].Length > 0).ToList();

        Assert.NotEmpty(gold);
        Assert.All(gold, row => Assert.True(IsKept(byFile[row[2]], row[4]), $"{row[2]}: gold span lost in cleaning: {row[4]}"));
    }

    private static Article Article(string id) => Belgorod.Value.Find(id) ?? throw new InvalidOperationException(id + " not loaded");

    private static string KeptText(Article article) => string.Join("\n", article.Paragraphs.Select(article.ParagraphText));

    /// <summary>True when some occurrence of <paramref name="span"/> in the text lies wholly in kept paragraphs (white space between them aside).</summary>
    private static bool IsKept(Article article, string span)
    {
        for (int at = article.Text.IndexOf(span, StringComparison.Ordinal); at >= 0; at = article.Text.IndexOf(span, at + 1, StringComparison.Ordinal))
        {
            int start = at;
            if (Enumerable.Range(start, span.Length).All(i => char.IsWhiteSpace(article.Text[i]) || article.Paragraphs.Any(p => p.Start <= i && i < p.End)))
            {
                return true;
            }
        }

        return false;
    }
}
