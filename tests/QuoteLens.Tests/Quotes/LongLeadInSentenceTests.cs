using QuoteLens.Quotes;
using static QuoteLens.Tests.Quotes.QuoteTestArticles;

namespace QuoteLens.Tests.Quotes;

/// <summary>
/// A lead-in sentence closed by a colon may hold its speech verb far from the colon and an abbreviation with a full stop ("…
/// заявил о необходимости отступать из города и затем занять оборону на левом берегу р. Днепр:", kherson's informing.ru): the
/// unmarked paragraph after it is speech. The verb had been looked for only in the colon's last 80 characters, and "р." had
/// ended the sentence. A summary's label after a sentence with a verb still announces no speech. Invented people.
/// </summary>
public class LongLeadInSentenceTests
{
    [Fact]
    public void A_speech_verb_far_from_the_colon_leads_into_the_paragraph_after_it()
    {
        const string text =
            "Командующий группировкой Иван Петров в ходе доклада министру обороны Сергею Кузнецову заявил о необходимости отступать из города и затем занять оборону на левом берегу р. Днепр:\n\n" +
            "Наиболее целесообразный вариант - это организация обороны по барьерному рубежу реки.\n\n" +
            "Министр поддержал такое решение генерала.";
        var quote = Assert.Single(QuoteFinder.Find(Written(text, "ru")));

        Assert.Equal("Наиболее целесообразный вариант - это организация обороны по барьерному рубежу реки.", quote.Text);
        Assert.Equal("Иван Петров", quote.CanonicalSpeaker);
    }

    [Fact]
    public void A_label_after_a_sentence_with_a_verb_announces_no_speech()
    {
        const string text =
            "Министр Иван Петров выступил на совещании и рассказал о ходе работ на реке в течение всего прошлого года. Главное из выступления:\n\n" +
            "Работы на реке будут завершены к лету следующего года.";

        Assert.Empty(QuoteFinder.Find(Written(text, "ru")));
    }
}

/// <summary>
/// A lead-in sentence that names its source by "according to" and ends in a colon ("According to Peskov, the termination of the
/// deal is due to the agreement not fulfilling the conditions put forward by Russia:", grain's Meduza) leads into the unmarked
/// paragraph after it, as one with a speech verb does. Invented people.
/// </summary>
public class SourceLeadInTests
{
    [Theory]
    [InlineData("en", "According to Kowal, the termination of the deal is due to the agreement not fulfilling the conditions:", "The agreement has de facto ceased to be in force today. As soon as the conditions are fulfilled, the side will return to the deal.")]
    [InlineData("ru", "По словам Ковальского, прекращение сделки связано с невыполнением условий:", "Фактически договоренности прекратили свое действие сегодня. Как только условия будут выполнены, сторона вернется к сделке.")]
    public void The_paragraph_after_the_colon_is_the_source_s_speech(string language, string leadIn, string speech)
    {
        var quote = Assert.Single(QuoteFinder.Find(Written(leadIn + "\n\n" + speech + "\n\nThe talks resumed later.", language)));

        Assert.Equal(speech, quote.Text);
    }
}

/// <summary>
/// Polish reports put the attribution after unmarked speech in the present tense ("Wiemy już, że zmobilizowali kadetów. … przyszli
/// do nas i zginęli - dodaje.", mobilization's wGospodarce): the present forms are speech verbs as the past ones are. Invented people.
/// </summary>
public class PolishPresentTenseCueTests
{
    [Theory]
    [InlineData("dodaje")]
    [InlineData("podkreśla")]
    public void Speech_before_a_dash_and_a_present_tense_verb_is_a_quote(string verb)
    {
        var text = "Prezydent Jan Kowalski mówił o mobilizacji.\n\nWiemy już, że zmobilizowali kadetów, młodych ludzi, którzy nie potrafili walczyć - " + verb + ".";
        var quote = Assert.Single(QuoteFinder.Find(Written(text, "pl")));

        Assert.Equal("Wiemy już, że zmobilizowali kadetów, młodych ludzi, którzy nie potrafili walczyć", quote.Text);
    }
}

/// <summary>
/// Polish reports close dash speech with an imperfective past verb ("… na polu bitwy – tłumaczył.", "… - przekonywał polityk.",
/// carlson's and mobilization's Polish coverage): those forms, in every gender and the plurals, are speech verbs as the
/// perfective ones are. Invented people.
/// </summary>
public class PolishImperfectivePastCueTests
{
    [Theory]
    [InlineData("tłumaczył")]
    [InlineData("przekonywała")]
    [InlineData("zapewniali")]
    public void Speech_before_a_dash_and_an_imperfective_past_verb_is_a_quote(string verb)
    {
        var text = "Prezydent Jan Kowalski mówił o mobilizacji.\n\nWiemy już, że zmobilizowali kadetów, młodych ludzi, którzy nie potrafili walczyć - " + verb + ".";
        var quote = Assert.Single(QuoteFinder.Find(Written(text, "pl")));

        Assert.Equal("Wiemy już, że zmobilizowali kadetów, młodych ludzi, którzy nie potrafili walczyć", quote.Text);
    }
}

/// <summary>
/// Polish reports credit a group's statement after unmarked speech with an impersonal verb and the statement it came in ("Nasz zakaz
/// … obejmuje wszystkie statki … - podano w oświadczeniu Huti.", houthi's RMF24): the words before the dash are the statement's.
/// Invented group.
/// </summary>
public class PolishStatementCreditTests
{
    [Theory]
    [InlineData("podano w oświadczeniu grupy")]
    [InlineData("przekazano we wpisie oddziału")]
    public void Speech_before_a_dash_and_an_impersonal_credit_of_a_statement_is_a_quote(string credit)
    {
        var text = "Oddział Północ wydał w sobotę komunikat.\n\nNasz zakaz wjazdu obejmuje wszystkie ciężarówki jadące do portu - " + credit + ". Dodano, że zakaz obowiązuje od razu.";
        var quote = Assert.Single(QuoteFinder.Find(Written(text, "pl")));

        Assert.Equal("Nasz zakaz wjazdu obejmuje wszystkie ciężarówki jadące do portu", quote.Text);
    }

    [Fact]
    public void The_writer_s_sentence_before_an_impersonal_verb_of_no_statement_is_no_quote()
    {
        var text = "Oddział Północ wydał w sobotę komunikat.\n\nZakaz wjazdu obejmuje wszystkie ciężarówki - podano w sobotę wieczorem.";

        Assert.Empty(QuoteFinder.Find(Written(text, "pl")));
    }
}
