using QuoteLens.Quotes;
using static QuoteLens.Tests.Quotes.QuoteTestArticles;

namespace QuoteLens.Tests.Quotes;

/// <summary>
/// Polish attributions as Gazeta.pl writes them in the held-out rdk key (G61): a clock time between the verb and its subject
/// ("przekazał ok. godz. 13.30 na Twitterze dziennikarz …"), a clock time opening a clause ("Przed godz. 17 opublikowali"),
/// the neuter and plural verbs of a ministry or a group ("Ministerstwo Obrony przekazało", "Legion … podał"), and a verb of
/// calling on someone whose object follows it ("Wezwał mieszkańców Grajworonu"). The sentences are the key's, the people
/// and their words shortened.
/// </summary>
public class SpeakerPolishClockAndAddresseeTests
{
    private const string Opening = "Na granicy trwały walki.\n\n";

    [Fact]
    public void AClockTimeAfterTheVerbIsPassedOverToTheSubject()
    {
        var article = Written(Opening + "\"Rozmawiałem z dowódcą, operacja trwa nadal\" - przekazał ok. godz. 13.30 na Twitterze dziennikarz Christopher Miller.", "pl");
        var quote = Assert.Single(QuoteFinder.Find(article));
        Assert.Equal("przekazał", quote.Cue);
        Assert.Equal("dziennikarz Christopher Miller", quote.Speaker);
    }

    [Fact]
    public void AClockTimeOpeningAClauseIsNoSubject()
    {
        // "godz." is an abbreviation, so "Przed godz. 17 opublikował" is one clause; "Przed" is a preposition, not a name.
        var article = Written(Opening + "Gubernator Wiaczesław Gładkow zabrał głos rano. Przed godz. 17 opublikował nagranie. \"Sytuacja jest trudna, ale stabilna\" - napisał.", "pl");
        Assert.Equal("Wiaczesław Gładkow", Assert.Single(QuoteFinder.Find(article)).CanonicalSpeaker);
    }

    [Theory]
    [InlineData("Rosyjskie Ministerstwo Obrony przekazało we wtorek po godz. 13, że \"formacje nacjonalistyczne były blokowane i rozbijane\".", "przekazało", "Russian defence ministry")]
    [InlineData("Legion \"Wolna Rosja\" podał natomiast tuż przed godz. 18, że \"narobił zamieszania wśród hordy Putina\".", "podał", "Legion «Wolna Rosja»")]
    public void ABodyAsSubjectTakesANeuterOrReportingVerb(string sentence, string cue, string speaker)
    {
        var quote = QuoteFinder.Find(Written(Opening + sentence, "pl")).Single(q => q.Kind == QuoteKind.Partial && q.Text.Length > 20);
        Assert.Equal(cue, quote.Cue);
        Assert.Equal(speaker, quote.CanonicalSpeaker);
    }

    [Fact]
    public void TheOneCalledOnIsNotTheSpeaker()
    {
        var article = Written(Opening + "Gubernator Wiaczesław Gładkow napisał, że \"operacja trwa\". Wezwał mieszkańców Grajworonu, aby nie wracali do domów, ponieważ \"jeszcze nie warto\".", "pl");
        var quotes = QuoteFinder.Find(article);
        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Equal("Wiaczesław Gładkow", q.CanonicalSpeaker));
    }

    [Theory]
    [InlineData("Strona ukraińska nie została poinformowana o konieczności zapewnienia bezpieczeństwa przestrzeni powietrznej - dodano w komunikacie.", "dodano")]
    [InlineData("\"Nie mamy informacji o pasażerach\" - przekazano w oświadczeniu.", "przekazano")]
    public void AnImpersonalPastVerbAfterTheWordsGivesThemToTheStatement(string sentence, string cue)
    {
        // RMF24 in the il76 evaluation set: "… - dodano w komunikacie" ("it was added in the statement") after unmarked words.
        var article = Written(Opening + "Ukraina nie wie, kto znajdował się w samolocie - oświadczył ukraiński wywiad wojskowy HUR.\n\n" + sentence, "pl");
        var quotes = QuoteFinder.Find(article);
        Assert.Equal(2, quotes.Count);
        Assert.Equal(cue, quotes[1].Cue);
        Assert.All(quotes, q => Assert.Equal("Ukrainian military intelligence", q.CanonicalSpeaker));
    }

    [Theory]
    [InlineData("- Jemu kończy się nie amunicja, tylko ludzie – odpowiedzieli ukraińscy oficerowie z dowództwa OK Południe.")]
    [InlineData("- Jemu kończy się nie amunicja, tylko ludzie – natychmiast odpowiedzieli ukraińscy oficerowie z dowództwa OK Południe.")]
    public void APluralVerbClosesDashSpeechWithOrWithoutAnAdverbBeforeIt(string paragraph)
    {
        // Rzeczpospolita in the prigozhin-ammunition evaluation set: "- Jemu kończy się nie amunicja, tylko ludzie – natychmiast
        // odpowiedzieli ukraińscy oficerowie" (the plural "odpowiedzieli" had been no cue, and an adverb before a verb closed
        // no dash speech, so the speech was not read).
        var quote = Assert.Single(QuoteFinder.Find(Written(Opening + paragraph, "pl")));
        Assert.Equal("Jemu kończy się nie amunicja, tylko ludzie", quote.Text);
        Assert.Equal("odpowiedzieli", quote.Cue);
    }
}
