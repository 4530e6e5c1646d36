using QuoteLens.Quotes;
using static QuoteLens.Tests.Quotes.QuoteTestArticles;

namespace QuoteLens.Tests.Quotes;

/// <summary>
/// A quote that holds another one its own lead-in introduces with a colon and a named speaker is cut: the inner words are
/// that speaker's, the outer words around them the outer speaker's. An inner quote its outer speaker introduces in the first
/// person, or an unnamed person's, stays his. Real excerpts (Il Giornale del Lazio, pope-white-flag-2024-03, P02; haberikra,
/// lukashenko-crocus-belarus-2024-03, L24; Der Standard/AFP, trump-nato-2024-02, T13).
/// </summary>
public class SpeakerNestedQuoteTests
{
    private const string Bruni =
        "“Il Papa usa il termine bandiera bianca, e risponde riprendendo l’immagine proposta dall’intervistatore, per indicare con essa la cessazione delle ostilità, la tregua raggiunta con il coraggio del negoziato”. Così Matteo Bruni, direttore della Sala stampa vaticana, sulle parole di Papa Francesco sull’Ucraina.\n\n"
        + "Il responsabile ha aggiunto: “Altrove nell’intervista, parlando di un’altra situazione di conflitto, ma riferendosi a ogni situazione di guerra, il Papa ha affermato chiaramente: ‘Il negoziato non è mai una resa’”.";

    private const string Lukashenko =
        "Nach dem bewaffneten Angriff auf ein Konzerthaus in Russland am 22. März wurden in der Region Brjansk an der ukrainischen Grenze vier Angreifer gefasst. Der belarussische Präsident Alexander Lukaschaneko sagte in einer Erklärung zu dem Angriff, dass die Angreifer dem russischen Präsidenten Wladimir Putin geholfen hätten, indem sie ihn an der Einreise nach Weißrussland gehindert hätten. Lukaschenko erklärte, dass die Angreifer zunächst versucht hätten, nach Weißrussland einzureisen: „Sie sind hier auf hohe Sicherheitsmaßnahmen gestoßen. Deshalb sind sie zur ukrainischen Grenze gegangen.“\n\n"
        + "Lukaschenko beschrieb sein Telefongespräch mit Putin wie folgt: „Putin sagte: ‚Können Sie helfen, indem Sie die Grenze schließen?‘ Ich sagte: ‚Wir tun alles.‘“";

    [Fact]
    public void TheInnerQuoteIsTheOneItsLeadInNames()
    {
        var quotes = QuoteFinder.Find(Written(Bruni, "it"));
        var inner = Assert.Single(quotes, q => q.Text == "Il negoziato non è mai una resa");
        Assert.Equal("Francesco", inner.CanonicalSpeaker);
        var outer = Assert.Single(quotes, q => q.Text.StartsWith("Altrove", StringComparison.Ordinal));
        Assert.EndsWith("il Papa ha affermato chiaramente:", outer.Text, StringComparison.Ordinal);
        Assert.Equal("Matteo Bruni", outer.CanonicalSpeaker);
    }

    [Fact]
    public void ARetoldDialogueGivesEachLineItsSpeaker()
    {
        var quotes = QuoteFinder.Find(Written(Lukashenko, "de"));
        Assert.Equal("Putin", Assert.Single(quotes, q => q.Text.StartsWith("Können Sie helfen", StringComparison.Ordinal)).CanonicalSpeaker);

        // "Ich sagte: ‚…‘": the one who tells the dialogue.
        Assert.Equal("Alexander Lukaschaneko", Assert.Single(quotes, q => q.Text == "Wir tun alles.").CanonicalSpeaker);
    }

    [Fact]
    public void AnUnnamedPersonsWordsStayTheOuterQuote()
    {
        const string text = "In seiner Zeit als Präsident habe er das den Führern der Nato-Mitglieder auch genau so kommuniziert, erzählte Trump bei einer Wahlkampfveranstaltung in South Carolina. \"Ein Präsident eines großen Landes stand auf und sagte: 'Wenn wir nicht zahlen und von Russland angegriffen werden – werden Sie uns beschützen?' Ich sagte: 'Ihr habt nicht gezahlt. Ihr seid delinquent. Nein, ich würde euch nicht beschützen. Ich würde sie sogar ermutigen, zu tun, was immer sie wollen.\"";
        var quote = Assert.Single(QuoteFinder.Find(Written(text, "de")));
        Assert.StartsWith("Ein Präsident eines großen Landes", quote.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void AFrontedAdverbialWithAThatClauseLeavesTheSubjectAfterTheVerb()
    {
        const string text = "Auf die Vorwürfe, dass Putin seine Ansprache an die Nation zu spät nach dem Angriff gerichtet habe, antwortete der belarussische Staatschef: „Putin und ich haben 24 Stunden lang nicht geschlafen. Was wissen die Kritiker darüber? Es gab eine ständige Interaktion.“";
        var quote = Assert.Single(QuoteFinder.Find(Written(text, "de")));
        Assert.Equal("der belarussische Staatschef", quote.Speaker);
    }
}
