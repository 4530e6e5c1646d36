using QuoteLens.Grouping;
using QuoteLens.Tests.Corpus;

namespace QuoteLens.Tests.Grouping;

/// <summary>
/// A short sentence in two languages ("Such is life." and "Aber so ist das Leben"), one article each, matched word for word
/// by the dictionary: one utterance when the two articles tell the same story (they carry one other statement), two when
/// they do not.
/// </summary>
public sealed class ShortAcrossLanguagesContextTests
{
    private const string English = "Putin says he agreed to a swap\n\nRussian President Vladimir Putin spoke about the prisoner exchange on Sunday.\n\"There was one condition: that we exchange him and that he does not come back,\" Putin told reporters at his campaign headquarters. \"Such is life.\"\n";

    private const string German = "Putin spricht über einen Austausch\n\nDer russische Präsident Wladimir Putin äußerte sich am Sonntag zum Gefangenenaustausch.\n„Es gab eine Bedingung: dass wir ihn austauschen und er nicht zurückkommt“, sagte Putin vor Journalisten. „Aber so ist das Leben“\n";

    private const string GermanElsewhere = "Trainer nach der Niederlage gelassen\n\nDer Trainer des Vereins sprach nach dem verlorenen Spiel am Samstag mit Reportern über die nächste Saison.\n„Wir haben heute einfach zu viele Chancen vergeben und müssen im Training an der Abwehr arbeiten“, sagte der Trainer. „Aber so ist das Leben“\n";

    private const string EnglishElsewhere = "Kremlin on the death\n\nThe Kremlin spokesman spoke to the press on Monday morning.\n\"As for Mr Navalny, yes, he passed away,\" the spokesman told reporters. \"Such is life.\"\n";

    private const string GermanBoth = "Putin spricht über Nawalny\n\nDer russische Präsident äußerte sich am Sonntag vor Journalisten.\n„Es gab eine Bedingung: dass wir ihn austauschen und er nicht zurückkommt“, sagte Putin. „Was Herrn Nawalny betrifft: Ja, er ist gestorben“, fügte er hinzu. „Aber so ist das Leben“\n";

    private static QuoteGroup GroupOf(Analysis analysis, string opening) =>
        Assert.Single(analysis.Groups, g => g.Members.Any(m => m.Text.StartsWith(opening, StringComparison.Ordinal)));

    [Fact]
    public void ArticlesThatShareAStatementJoinTheirShortSentences()
    {
        var analysis = TempFolder.Analysed([("a_en.txt", English), ("b_de.txt", German)]);
        var group = GroupOf(analysis, "Such is life");
        Assert.Equal("a_en b_de", string.Join(' ', group.Members.Select(m => m.ArticleId).Order(StringComparer.Ordinal)));
        Assert.Contains(group.Links, l => l.Evidence.StartsWith("cross-language: short sentences matched word for word in articles that share G", StringComparison.Ordinal));
    }

    [Fact]
    public void ArticlesOfUnrelatedStoriesKeepTheirShortSentencesApart()
    {
        var analysis = TempFolder.Analysed([("a_en.txt", English), ("c_de.txt", GermanElsewhere)]);
        Assert.Equal("a_en", string.Join(' ', GroupOf(analysis, "Such is life").Members.Select(m => m.ArticleId)));
        Assert.Equal("c_de", string.Join(' ', GroupOf(analysis, "Aber so ist das Leben").Members.Select(m => m.ArticleId)));
    }

    [Fact]
    public void TwoShortStatementsOfOneLanguageDoNotMergeThroughATranslation()
    {
        // Two English articles print "Such is life." and share no statement (the one carries the condition, the other the
        // opening, each with the German article), so English grouping keeps their sentences apart. The German "Aber so ist das
        // Leben" matches both word for word and shares a statement with each: it joins one, and does not bridge the two
        // English sentences into one group (before the pass kept one language per join, it did).
        var analysis = TempFolder.Analysed([("a_en.txt", English), ("b_en.txt", EnglishElsewhere), ("c_de.txt", GermanBoth)]);
        QuoteGroup Of(string article) => Assert.Single(analysis.Groups, g => g.Members.Any(m => m.ArticleId == article && m.Text == "Such is life."));
        Assert.Equal("a_en c_de", string.Join(' ', Of("a_en").Members.Select(m => m.ArticleId).Order(StringComparer.Ordinal)));
        Assert.Equal("b_en", string.Join(' ', Of("b_en").Members.Select(m => m.ArticleId)));
    }
}
