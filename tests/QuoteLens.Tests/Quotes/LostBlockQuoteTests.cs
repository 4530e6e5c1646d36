using QuoteLens.Quotes;
using static QuoteLens.Tests.Quotes.QuoteTestArticles;

namespace QuoteLens.Tests.Quotes;

/// <summary>
/// Quotes whose marks a copy lost over whole paragraphs or at the start of a paragraph, as real pages print them: paragraphs
/// in the first person right after a paragraph that quotes and names its speaker, and a closing mark followed by an attribution
/// whose subject opens with an article ("…,” the Russian president said").
/// </summary>
public class LostBlockQuoteTests
{
    private const string Block =
        "Министр Иван Петров прокомментировал решение правительства о реформе.\n\n" +
        "По словам Петрова, реформа «была трудной, но необходимой», и ведомство продолжит работу.\n\n" +
        "Прежде всего хочу поблагодарить всех сотрудников завода «Восток» за их труд. Это было непростое время. Мы это помним и будем помнить.\n\n" +
        "Я работаю в этой отрасли очень давно, с начала двухтысячных годов, и знаю цену такой работы.\n\n" +
        "Реформа вступит в силу в следующем году.";

    [Fact]
    public void FirstPersonParagraphsAfterAQuotedAndNamedSpeakerAreHisQuote()
    {
        var article = Written(Block, "ru");
        var quotes = QuoteFinder.Find(article);
        var first = Assert.Single(quotes, q => q.Text.StartsWith("Прежде всего", StringComparison.Ordinal));
        Assert.Equal("Прежде всего хочу поблагодарить всех сотрудников завода «Восток» за их труд. Это было непростое время. Мы это помним и будем помнить.", first.Text);
        Assert.Equal(Block.IndexOf("Прежде", StringComparison.Ordinal), first.Start);
        var second = Assert.Single(quotes, q => q.Text.StartsWith("Я работаю", StringComparison.Ordinal));
        Assert.Equal("Я работаю в этой отрасли очень давно, с начала двухтысячных годов, и знаю цену такой работы.", second.Text);
        Assert.DoesNotContain(quotes, q => q.Text == "Восток");
        Assert.DoesNotContain(quotes, q => q.Text.StartsWith("Реформа вступит", StringComparison.Ordinal));
    }

    [Fact]
    public void FirstPersonParagraphWithoutAQuoteAboveIsNoQuote()
    {
        const string text = "Министр Иван Петров посетил завод в понедельник.\n\nМы побывали на заводе вместе с министром и увидели новые цеха и станки.";
        Assert.Empty(QuoteFinder.Find(Written(text, "ru")));
    }

    [Fact]
    public void AbbreviationsAreNoFirstPersonWords()
    {
        const string text = "“We will stand together,” Minister Anna Berg said on Monday.\n\nThe US and EU leaders met later in Brussels to discuss the support for the region.";
        var quote = Assert.Single(QuoteFinder.Find(Written(text)));
        Assert.Equal("We will stand together,", quote.Text);
    }

    [Fact]
    public void LostOpeningMarkBeforeAnAttributionOpeningWithAnArticle()
    {
        const string text = "The minister spoke for an hour.\n\nWe built this bridge in two years, and we will build the next one faster,\" the transport minister said on Friday. The bridge opened in May.";
        var quote = Assert.Single(QuoteFinder.Find(Written(text)));
        Assert.Equal("We built this bridge in two years, and we will build the next one faster", quote.Text);
        Assert.Equal(text.IndexOf("We built", StringComparison.Ordinal), quote.Start);
    }

    [Theory]
    [InlineData("en", "Mayor Anna Berg says that the closure of the port is not a defeat.\n\nThis is no defeat. This is a pause. Our workers will be back on the docks in a week.\n\nThe port was closed on Monday.", "This is no defeat. This is a pause. Our workers will be back on the docks in a week.")]
    [InlineData("uk", "Міністр Петренко заявив, що реформа не зупиниться через вибори.\n\nМи не зупинимо реформу. Ми пройшли половину шляху і дійдемо до кінця цього року.\n\nВибори відбудуться у травні.", "Ми не зупинимо реформу. Ми пройшли половину шляху і дійдемо до кінця цього року.")]
    public void FirstPersonParagraphAfterReportedSpeechIsTheSpeech(string language, string text, string expected)
    {
        var article = Written(text, language);
        var quote = Assert.Single(QuoteFinder.Find(article));
        Assert.Equal(expected, quote.Text);
        Assert.Equal(text.IndexOf(expected, StringComparison.Ordinal), quote.Start);
    }

    private const string RemarksListed =
        "Le président s'exprimait en conférence de presse en clôture du sommet, tenu ce lundi à l'Élysée.\n\n" +
        "Nous ferons tout ce qu'il faut pour que la Russie ne puisse pas gagner cette guerre.\n\n" +
        "Il n'y a pas de consensus aujourd'hui pour envoyer des troupes au sol.\n\n" +
        "C'est une guerre européenne.";

    [Fact]
    public void RemarksListedUnderASpeechEventAreHisQuotesToThePagesEnd()
    {
        // A page that set the remarks as a block quote under "… s'exprimait en conférence de presse" and lost its marks: the
        // first-person line opens the speech, and the short lines that end the page go on with it.
        var quotes = QuoteFinder.Find(Written(RemarksListed, "fr"));
        Assert.Equal(
            ["Nous ferons tout ce qu'il faut pour que la Russie ne puisse pas gagner cette guerre.", "Il n'y a pas de consensus aujourd'hui pour envoyer des troupes au sol.", "C'est une guerre européenne."],
            quotes.Select(q => q.Text));
        Assert.Equal(RemarksListed.IndexOf("Il n'y a", StringComparison.Ordinal), quotes[1].Start);
    }

    [Theory]
    [InlineData("Le sommet a réuni 27 chefs d'État et de gouvernement. Il s'est achevé tard dans la soirée.")]
    [InlineData("[EXCERPT TRUNCATED HERE]")]
    [InlineData("Le président a ajouté que la France livrerait des missiles.")]
    public void ShortLinesAreNoSpeechWhenTheTailHoldsNarration(string last)
    {
        // Narration after the short lines (two sentences, an editor's note, an attribution): only the first-person line is speech.
        var quote = Assert.Single(QuoteFinder.Find(Written(RemarksListed + "\n\n" + last, "fr")));
        Assert.StartsWith("Nous ferons tout", quote.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void OneShortLineAfterAListedRemarkIsTheArticleGoingOn()
    {
        // Two short lines after the lead-in are no list: the second is the article's.
        const string text = "Le président s'exprimait en conférence de presse à l'Élysée.\n\nNous ferons tout ce qu'il faut pour que la Russie ne puisse pas gagner cette guerre.\n\nLe sommet s'est achevé lundi soir.";
        var quote = Assert.Single(QuoteFinder.Find(Written(text, "fr")));
        Assert.StartsWith("Nous ferons tout", quote.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void ShortLinesAfterANarratedSpeechEventWithoutAFirstPersonLineAreNoSpeech()
    {
        const string text = "Le président s'exprimait en conférence de presse à l'Élysée.\n\nLe sommet a réuni 27 chefs d'État.\n\nC'est une première.";
        Assert.Empty(QuoteFinder.Find(Written(text, "fr")));
    }

    [Theory]
    [InlineData("en", "\"We will win,\" President Ivan Petrov said on Monday. \"We will win again,\" Petrov added.\n\nThis was stated by White House National Security Council Coordinator Tom Hale during a briefing, the agency reports.\n\nDetails\n\nThey should stay out of our elections. I think they know very well what this administration has done.\n\nThis was his response to a question.", "Tom Hale")]
    [InlineData("uk", "Про це заявив міністр Том Гейл під час брифінгу.\n\nДеталі\n\nВони мають триматися подалі від наших виборів. Я думаю, вони добре знають, що зробила ця адміністрація.\n\nВибори відбудуться в листопаді.", "Том Гейл")]
    public void AFirstPersonBlockAfterALabelIsTheSpeechOfTheAttributionAboveIt(string language, string text, string speaker)
    {
        // A page that sets a label ("Details", "Деталі") between the attribution and the block quote it lost the marks of: the
        // block is speech, and the person named with the speech verb above the label says it (not the article's main speaker).
        var quote = Assert.Single(QuoteFinder.Find(Written(text, language)), q => q.Text.StartsWith(language == "en" ? "They should stay out" : "Вони мають", StringComparison.Ordinal));
        Assert.Equal(speaker, quote.CanonicalSpeaker);
    }

    [Fact]
    public void AFirstPersonParagraphAfterALabelWithNoSpeechAboveIsNoQuote()
    {
        const string text = "Mayor Anna Berg visited the port on Monday.\n\nDetails\n\nWe went along with the mayor and saw the new cranes and the empty docks.";
        Assert.Empty(QuoteFinder.Find(Written(text)));
    }

    [Fact]
    public void FirstPersonParagraphAfterANarratedVisitIsNoQuote()
    {
        // A paragraph that names a speaker but reports no speech ("visited", no "that") does not make the journalist's "we" a quote.
        const string text = "Mayor Anna Berg visited the port on Monday and met the workers.\n\nWe went along with the mayor and saw the new cranes and the empty docks.";
        Assert.Empty(QuoteFinder.Find(Written(text)));
    }

    [Theory]
    [InlineData("en", "Mayor Anna Berg said that the port would reopen within a month.\n\nWe have worked on this for years, but we will not wait any longer”. Those who object are wrong. She added: “We start tomorrow.”", "We have worked on this for years, but we will not wait any longer")]
    [InlineData("ar", "وأشار الوزير سامي حداد إلى أن الميناء سيفتح خلال شهر.\n\nنحن نعمل منذ أعوام على الحل، لكننا لن ننتظر أكثر». ومن يعارض مخطئ. وقال “سنبدأ غدا”.", "نحن نعمل منذ أعوام على الحل، لكننا لن ننتظر أكثر")]
    public void ASentenceClosedByAStrayMarkAfterReportedSpeechIsTheSpeech(string language, string text, string expected)
    {
        var quotes = QuoteFinder.Find(Written(text, language));
        var lost = Assert.Single(quotes, q => q.Text == expected);
        Assert.Equal(text.IndexOf(expected, StringComparison.Ordinal), lost.Start);
        Assert.Equal(2, quotes.Count);
    }

    [Fact]
    public void AStrayMarkAfterNarrationIsNoQuote()
    {
        const string text = "Mayor Anna Berg visited the port on Monday.\n\nThe port has been closed for years, but the workers call it the “old lady”. Few expect it to reopen soon.";
        var quote = Assert.Single(QuoteFinder.Find(Written(text)));
        Assert.Equal("old lady", quote.Text);
    }

    [Fact]
    public void AFirstPersonParagraphGoesOnAQuoteThatNeverCloses()
    {
        const string text = "Глава района Иван Петров обратился к жителям.\n\n«Пожар на складе в Озёрске потушен, жертв нет.\n\nМы эвакуировали персонал с участка «Заря» и разместили всех в школе, нам помогают";
        var quotes = QuoteFinder.Find(Written(text, "ru"));
        Assert.Contains(quotes, q => q.Text.StartsWith("Пожар на складе", StringComparison.Ordinal) && q.Unclosed);
        var next = Assert.Single(quotes, q => q.Text.StartsWith("Мы эвакуировали", StringComparison.Ordinal));
        Assert.Equal(text.IndexOf("Мы эвакуировали", StringComparison.Ordinal), next.Start);
        Assert.Equal(text.Length, next.End);
    }
}
