using static QuoteLens.Tests.Quotes.QuoteTestArticles;
using QuoteLens.Quotes;

namespace QuoteLens.Tests.Quotes;

/// <summary>
/// Cues and subjects as real pages write them, from the il76-crash set: a French compound past with an adverbial phrase
/// inside it ("a au contraire assuré"), a German sentence opener before "hieß es" ("Weiter hieß es:"), an Arabic dateline
/// before a verb-first sentence ("كييف/ أوكرانيا بالعربية/ أكد …"), an Arabic cue written with a bare alef ("وافاد" for
/// "وأفاد") and the question a reply answers opening the sentence ("Küsimusele, …, vastas Peskov"). Each had given the quote to the wrong speaker (the city named last, "Weiter", the dateline's place) or to none.
/// Made-up articles.
/// </summary>
public class SpeakerCueVariantsTests
{
    [Fact]
    public void AFrenchCueRunsOverAnAdverbialPhrase()
    {
        var article = Written(
            "D'après Moscou, l'armée ukrainienne « savait » que les prisonniers seraient transportés par avion. " +
            "Le renseignement ukrainien a au contraire assuré que Kiev n'avait « pas été informé » de la nécessité de sécuriser l'espace aérien.", "fr");
        Assert.Equal("Ukrainian military intelligence", QuoteStarting(article, "pas été informé").CanonicalSpeaker);
    }

    [Fact]
    public void AGermanOpenerBeforeHiessEsIsNoName()
    {
        var article = Written(
            "Der ukrainische Militärgeheimdienst HUR teilte am Abend mit, ein Austausch sei geplant gewesen.\n" +
            "Weiter hieß es: »Gemäß der Vereinbarung musste die russische Seite die Sicherheit unserer Verteidiger gewährleisten.«", "de");
        Assert.Equal("Ukrainian military intelligence", QuoteStarting(article, "Gemäß der Vereinbarung").CanonicalSpeaker);
    }

    [Fact]
    public void TheQuestionAReplyAnswersIsNoName()
    {
        var article = Written("Küsimusele, miks lennuk alla tulistati, vastas Peskov: „Helistage ja esitage see küsimus president Zelenskõi administratsioonile.“", "et");
        Assert.Equal("Peskov", QuoteStarting(article, "Helistage").CanonicalSpeaker);
    }

    [Fact]
    public void AnArabicDatelineIsNoSpeaker()
    {
        var article = Written(
            "كييف/ أوكرانيا بالعربية/ أكد الرئيس الأوكراني فولوديمير زيلينسكي في كلمته المسائية أن أوكرانيا تصر على إجراء تحقيق دولي.\n" +
            "وقال: \"من الواضح أن الروس يتلاعبون بحياة الأسرى الأوكرانيين\".", "ar");
        Assert.Equal("فولوديمير زيلينسكي", QuoteStarting(article, "من الواضح").CanonicalSpeaker);
    }

    [Fact]
    public void AnArabicCueWithABareAlefIsACue()
    {
        var article = Written("وافاد حاكم مقاطعة بيلغورود فياتشيسلاف غلادكوف : \"وقع حادث في كوروشانسكي، وتعمل حاليا فرق التحقيق في موقع الحادث\".", "ar");
        Assert.Contains("غلادكوف", QuoteStarting(article, "وقع حادث").CanonicalSpeaker);
    }
}
