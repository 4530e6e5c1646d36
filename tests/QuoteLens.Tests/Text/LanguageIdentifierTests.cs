using QuoteLens.Corpus;
using QuoteLens.Text.Languages;

namespace QuoteLens.Tests.Text;

public class LanguageIdentifierTests
{
    public static TheoryData<string> Corpora => new() { "belgorod-2024-03", "peskov-2024-02", "macron-2024-02" };

    /// <summary>The front matter's language is the truth; the belgorod texts have none and are English; "ru+en" accepts either.</summary>
    [Theory]
    [MemberData(nameof(Corpora))]
    public void IdentifiesEveryArticleOfTheCorpora(string corpusName)
    {
        var corpus = CorpusLoader.Load(TestPaths.Data(corpusName));
        Assert.NotEmpty(corpus.Articles);
        foreach (var article in corpus.Articles)
        {
            var body = string.Join("\n", article.Paragraphs.Select(article.ParagraphText));
            var guess = LanguageIdentifier.Identify(body);
            var truth = article.Language == "und" ? "en" : article.Language;
            Assert.False(guess.IsFallback, article.File);
            Assert.True(AcceptedLanguages(truth).Contains(guess.Language), $"{article.File}: {guess} for {truth}");
            Assert.InRange(guess.Confidence, 0.3, 1);
        }
    }

    [Theory]
    [InlineData("peskov-2024-02")]
    [InlineData("macron-2024-02")]
    public void IdentifiesTheGoldQuotesWithTheArticleAsFallback(string corpusName)
    {
        var corpus = CorpusLoader.Load(TestPaths.Data(corpusName));
        var languageByFile = corpus.Articles.ToDictionary(a => a.File, a => a.Language, StringComparer.Ordinal);
        var rows = File.ReadAllLines(TestPaths.Data(corpusName, "gold.tsv")).Skip(1).Select(l => l.Split('\t')).ToList();
        Assert.NotEmpty(rows);
        var wrong = new List<string>();
        foreach (var row in rows)
        {
            var (file, span) = (row[2], row[4]);
            var truth = languageByFile[file];
            var guess = LanguageIdentifier.Identify(span, fallback: truth);
            if (!AcceptedLanguages(truth).Contains(guess.Language))
            {
                wrong.Add($"{file}: «{span}» → {guess}");
            }
        }

        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    [Theory]
    [InlineData("Він сказав, що Київ готовий до переговорів, але не на цих умовах.", "uk")]
    [InlineData("Он сказал, что Киев готов к переговорам, но не на этих условиях.", "ru")]
    [InlineData("Der Sprecher sagte, dass die Lage im Grenzgebiet sehr ernst ist.", "de")]
    [InlineData("Il a dit que rien ne doit être exclu pour la suite.", "fr")]
    public void TellsNeighbouringLanguagesApart(string text, string expected) =>
        Assert.Equal(expected, LanguageIdentifier.Identify(text).Language);

    [Fact]
    public void ShortTextFallsBackToTheArticleLanguage()
    {
        var guess = LanguageIdentifier.Identify("Putin", fallback: "en");
        Assert.True(guess.IsFallback);
        Assert.Equal("en", guess.Language);
        Assert.Equal(LanguageGuess.Undetermined, LanguageIdentifier.Identify("…").Language);
    }

    [Theory]
    [InlineData("Bu bir savaş suçudur ve Gazze de durmalıdır, dedi bakan.", "tr")]
    [InlineData("Det er en alvorlig trussel, og vi står sammen med Ukraine.", "da")]
    public void AQuoteInAnArticleOfALanguageWithoutAProfileKeepsTheArticlesLanguage(string quote, string article)
    {
        // Read alone, the sentence's few words shared with known languages ("de", "en", "er") make it one of them.
        Assert.NotEqual(article, LanguageIdentifier.Identify(quote, article).Language);
        Assert.Equal(article, LanguageIdentifier.IdentifyQuote(quote, article).Language);
    }

    [Fact]
    public void AnEnglishQuoteInATurkishArticleStaysEnglish() =>
        Assert.Equal("en", LanguageIdentifier.IdentifyQuote("We will not let it happen, and we will not be silent about it.", "tr").Language);

    [Theory]
    [InlineData("Creo que nos volverán a ver de ese lado", "es", "pt")]
    [InlineData("até à sua eliminação total", "pt", "fr")]
    [InlineData("hacer lo que le diese la gana", "es", "fr")]
    [InlineData("Не соромтеся вести переговори, поки все не стало ще гірше", "uk", "ru")]
    public void AQuoteOnlyEdgedOutByANeighbourKeepsItsArticlesLanguage(string quote, string article, string neighbour)
    {
        // Alone, the neighbour's shared words and letters ("a", "é", "à", "не") give it the sentence by a point or two.
        Assert.Equal(neighbour, LanguageIdentifier.Identify(quote).Language);
        Assert.Equal(article, LanguageIdentifier.IdentifyQuote(quote, article).Language);
    }

    /// <summary>
    /// A quote clearly in another language than its article's keeps its own. "I" is the English pronoun as much as the
    /// Italian and Polish article or "and": before English counted it (and "you", "he", "she", "me", "my", "our", "your"),
    /// "I said: I agree," in an English article was read as Italian and compared with the Italian versions; an Italian or
    /// Polish quote with "i" stays Italian or Polish.
    /// </summary>
    [Theory]
    [InlineData("Wir sind nicht eure Feinde, und wir werden nicht schweigen.", "nl", "de")]
    [InlineData("We are not your enemies and we will not be silent.", "fr", "en")]
    [InlineData("Ми не вороги вам, ми вже тут і ми будемо тут", "ru", "uk")]
    [InlineData("I said: I agree,", "en", "en")]
    [InlineData("Io sono d'accordo, i ragazzi", "en", "it")]
    [InlineData("Mówię i robię to, co obiecałem", "en", "pl")]
    public void AQuoteClearlyInAnotherLanguageKeepsItsOwn(string quote, string article, string language) =>
        Assert.Equal(language, LanguageIdentifier.IdentifyQuote(quote, article).Language);

    [Theory]
    [InlineData("وقال بوتين للصحفيين إن هذا دائما حدث حزين، لكن للأسف ما حدث قد حدث.", null, "ar")]
    [InlineData("العدو", "en", "ar")]
    [InlineData("قلت: أنا موافق", "ar", "ar")]
    [InlineData("پوتین گفت که این همیشه یک رویداد غم‌انگیز است و آنچه اتفاق افتاد، اتفاق افتاد.", null, "und")]
    [InlineData("پوتین گفت که این همیشه یک رویداد غم‌انگیز است.", "fa", "fa")]
    [InlineData("هذا دائما حدث حزين", "fa", "fa")]
    public void ArabicIsToldByItsScriptAndPersianIsNotArabic(string text, string? fallback, string expected)
    {
        // Arabic had no profile: an Arabic article with no front matter was "und", and its quotes never met their translations.
        var guess = LanguageIdentifier.Identify(text, fallback);
        Assert.Equal(expected, guess.Language);
        Assert.Equal(expected != "ar", guess.IsFallback);
    }

    [Fact]
    public void AnArabicArticleWithoutFrontMatterIsArabic()
    {
        using var folder = new Corpus.TempFolder();
        folder.Write("b5.txt", "بوتين: وافقت على تبادل نافالني\n\nتحدث الرئيس الروسي فلاديمير بوتين يوم الأحد لأول مرة علنا عن أليكسي نافالني.\n");
        var article = Assert.Single(CorpusLoader.Load(folder.Path).Articles);
        Assert.Equal("ar", article.Language);
        Assert.Contains("ar", LanguageIdentifier.Languages);
    }

    private static string[] AcceptedLanguages(string truth) => truth.Split('+', ' ')[0] == "ru" && truth.Contains("en", StringComparison.Ordinal)
        ? ["ru", "en"]
        : [truth];
}
