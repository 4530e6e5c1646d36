using QuoteLens.Quotes;
using static QuoteLens.Tests.Quotes.QuoteTestArticles;

namespace QuoteLens.Tests.Quotes;

/// <summary>Speakers and cues of the statement quotes in the sample corpora.</summary>
public class AttributionTests
{
    private const string Belgorod = "belgorod-2024-03";

    [Theory]
    [InlineData("000", "Putin’s killers", "the statement", "said")]
    [InlineData("000", "In this regard, we are forced to inflict", "the statement", "said")]
    [InlineData("000", "The shelling of Ukraine", "the groups", "added")]
    [InlineData("000", "All this is happening", "Putin", "said")]
    [InlineData("000", "I have no doubt", "he", "said")]
    [InlineData("001", "In this regard, we are forced to fire", "the joint statement", "continued")]
    [InlineData("001", "We urge the local authorities", "the joint statement", "continued")]
    [InlineData("001", "As far as the enemy’s losses", "A description accompanying the video", "read")]
    [InlineData("002", "We call for immediate evacuation", "they", "urged")]
    [InlineData("002", "If you are at home", "Roman Starovoyt", "advised")]
    [InlineData("002", "As a result of intense shelling", "Vyacheslav Gladkov", "reported")]
    [InlineData("002", "This probably indicates", "Yusov", "explained")]
    [InlineData("002", "These fighters operate independently", "Yusov", "explained")]
    [InlineData("003", "(Russian President Vladimir) Putin's killers", "the statement", "said")]
    [InlineData("003", "The shelling of Ukraine", "the statement", "said")]
    [InlineData("004", "Moving on.", "it", "wrote")]
    [InlineData("004", "The Russian liberation movement", "Ukrainian presidential adviser Mykhailo Podolyak", "adding")]
    public void BelgorodStatementQuotes(string article, string quoteStart, string speaker, string cue)
    {
        var quote = QuoteStarting(Real(Belgorod, article), quoteStart);
        Assert.Equal((speaker, cue), (Squash(quote.Speaker), quote.Cue));
    }

    [Fact]
    public void ReadAJointStatementPublishedBy()
    {
        var quote = QuoteStarting(Real(Belgorod, "001"), "Putin’s assassins");
        Assert.Equal("read", quote.Cue);
        Assert.StartsWith("a joint statement published by the Freedom of Russia Legion", Squash(quote.Speaker));
        Assert.DoesNotContain("Wednesday", quote.Speaker);
    }

    [Fact]
    public void ListOfGroupsBeforeTheCueIsTheSpeaker()
    {
        var quote = QuoteStarting(Real(Belgorod, "002"), "Putin's killers are launching");
        Assert.Equal("wrote", quote.Cue);
        Assert.StartsWith("the soldiers from the \"Freedom of Russia\" Legion", quote.Speaker);
        Assert.EndsWith("and the Siberian Battalion", quote.Speaker);
    }

    [Theory]
    [InlineData("peskov-2024-02", "D02", "И задаваться вопросом", "Песков", "заключил")]
    [InlineData("peskov-2024-02", "D03", "Мы отфиксировали", "Песков", "сказал")]
    [InlineData("peskov-2024-02", "D01", "И задаваться вопросом", "спикер Кремля", "указал")]
    [InlineData("peskov-2024-02", "D12", "In this case", "Kremlin spokesperson Dmitry Peskov", "replied")]
    [InlineData("peskov-2024-02", "D13", "In this case", "Dmitry Peskov", "said")]
    [InlineData("peskov-2024-02", "D14", "In this case", "He", "stating")]
    [InlineData("peskov-2024-02", "D16", "Nous notons", "le porte-parole du président", "a déclaré")]
    [InlineData("macron-2024-02", "C01", "Il n'y a pas de consensus aujourd'hui", "le président français", "a déclaré")]
    [InlineData("macron-2024-02", "C01", "Ayons l'humilité", "Emmanuel Macron", "a poursuivi")]
    [InlineData("macron-2024-02", "C08", "There’s no consensus", "Mr Macron", "said")]
    [InlineData("macron-2024-02", "C12", "There is no consensus", "the head of state", "declared")]
    public void CrossLanguageAttributions(string corpus, string article, string quoteStart, string speaker, string cue)
    {
        var quote = QuoteStarting(Real(corpus, article), quoteStart);
        Assert.Equal((speaker, cue), (Squash(quote.Speaker), quote.Cue));
    }

    [Theory]
    [InlineData("Putin said: “We will not allow it.”", "Putin", "said")]
    [InlineData("“We will not allow it,” said Putin.", "Putin", "said")]
    [InlineData("Kremlin spokesman Dmitry Peskov said to reporters, \"We will not allow it.\"", "Kremlin spokesman Dmitry Peskov", "said")]
    [InlineData("«Мы этого не допустим», — заявил Песков.", "Песков", "заявил")]
    [InlineData("Песков заявил: «Мы этого не допустим».", "Песков", "заявил")]
    [InlineData("Selon le porte-parole, « nous ne le permettrons pas ».", "le porte-parole", "Selon")]
    [InlineData("“We will not allow it,” the ministry said, according to TASS.", "the ministry", "said")]
    [InlineData("“We will not allow it,” according to TASS.", "TASS", "according to")]
    [InlineData("“We will not allow it,” he said. “Never.”", "he", "said")]
    [InlineData("\"No lo permitiremos\", ha dicho Putin durante una alocución.", "Putin", "ha dicho")]
    [InlineData("„Tohle nedovolíme,“ řekl Prigožin v audionahrávce.", "Prigožin", "řekl")]
    [InlineData("« Je ne vous protégerais pas », raconte le milliardaire.", "le milliardaire", "raconte")]
    public void WrittenAttributionPatterns(string text, string speaker, string cue)
    {
        var quotes = QuoteFinder.Find(Written(text));
        Assert.All(quotes, q => Assert.Equal((speaker, cue), (q.Speaker, q.Cue)));
        Assert.NotEmpty(quotes);
    }

    [Fact]
    public void UnattributedQuoteHasNoSpeaker()
    {
        var quote = Assert.Single(QuoteFinder.Find(Written("The sign on the wall read nothing. “Nobody knows where the road leads anyway.”")));
        Assert.Null(quote.Speaker);
        Assert.Null(quote.Cue);
    }
}
