using QuoteLens.Quotes;
using static QuoteLens.Tests.Quotes.QuoteTestArticles;

namespace QuoteLens.Tests.Quotes;

/// <summary>
/// A speaker named in a sentence next to the quote's, or earlier in the quote's own sentence: the spokesman a title describes
/// ("the press secretary of the head of state" after "the official representative of the Kremlin Ivan Sidorenko"), the
/// passive sentence after it that reports it ("Ciò è stato riportato dal portavoce …"), the verb a second quote hangs on,
/// the subject a trailing outlet only relays, the subject before an aside, the attributed quote a scare quote stands before,
/// the body whose sentence a first-person quote follows, and the source the paragraph after a quoted heading names. The sentences are made up after the kinds of coverage the
/// issue describes (each rule failed on a real page of the rdk set before it was written).
/// </summary>
public class SpeakerNeighbourSentenceTests
{
    private static List<Quote> Found(string text, string language = "en") => [.. QuoteFinder.Find(Written(text, language))];

    /// <summary>Every quote's speaker, in order ("|" between them); <paramref name="rule"/> names the rule the case is for.</summary>
    [Theory]
    [InlineData("the spokesman a title describes", "en", "Saboteurs entered the region\n\nThe raid causes deep concern. This statement was made by the official representative of the Kremlin Ivan Sidorenko. His words lead Nova Agency.\n\n“This once again confirms that the militants continue their activities against our country,” the press secretary of the head of state said.", "Ivan Sidorenko")]
    [InlineData("a passive sentence after the quote", "it", "Il presidente Alan Petrenko è informato del \"tentativo di rompere un gruppo di sabotaggio delle forze armate\" sul territorio del distretto. Ciò è stato riportato dal portavoce del presidente della Federazione Russa Ivan Sidorenko.", "Ivan Sidorenko")]
    [InlineData("a second quote on the same verb", "de", "„Wir beobachten die Lage genau“, sagte Ivan Petrenko. „Es gibt keinen Grund zur Sorge“, sagte Ivan Petrenko.\n\nDer Berater des Präsidenten, Marek Volkov, hat sich wie üblich geäußert.\n\nAuf Twitter schrieb er, dass „Panzer in jedem Geschäft verkauft werden“ und dass es notwendig ist, „die Einheiten aus eigenen Bürgern zu beschuldigen“.", "Ivan Petrenko|Ivan Petrenko|Marek Volkov|Marek Volkov")]
    [InlineData("a scare quote before an attributed quote", "en", "“We will return,” the Free Steppe Legion said on Saturday.\n\nThe Russian military said on Sunday that its artillery had hit a “terrorist” group near the village of Novaya Lipovka, adding that “the enemy scattered and retreated”.", "Free Steppe Legion|Russian defence ministry|Russian defence ministry")]
    [InlineData("a first-person quote after a body's sentence", "ru", "«Сибирский добровольческий корпус» предложил губернатору Ивану Петренко провести встречу в храме в селе Новая Липовка. «Мы готовы отдать вам этих пленных за возможность поговорить с вами лично».", "Сибирский добровольческий корпус")]
    [InlineData("a first-person quote after 'they'", "nl", "De gouverneur Ivan Petrenko zegt dat het om \"saboteurs\" ging.\n\nDe verantwoordelijkheid werd opgeëist door het Legioen Vrije Steppe, een Russische partizanengroep. Ook nu claimen ze de verantwoordelijkheid met een video. ‘We zijn Russen, net als jullie. We zijn mensen zoals jullie.’", "Ivan Petrenko|Legioen Vrije Steppe")]
    [InlineData("a cue's speaker outranks the source line", "en", "Source: the press service of the Ministry of Defence, the Free Steppe Legion on Telegram\n\n\"The region is not protected,\" the Free Steppe Legion writes.\n\nPetrenko stressed that the war must be won on the enemy's own ground. \"The war will go on until the last of them has left.\"\n\n\"We hold the line everywhere.\"", "Free Steppe Legion|Petrenko|Ministry of Defence")]
    [InlineData("the subject of the paragraph before, not its last name", "en", "\"The operation is continuing,\" Ivan Petrenko said.\n\nPetrenko described his mission as fighting “injustice” under Russian President Alan Volkov, which was meant to get others to act.\n\n“I want to prove to them that you can fight tyrants and that his power is not absolute.", "Ivan Petrenko|Ivan Petrenko|Ivan Petrenko")]
    [InlineData("the name opening the next sentence", "ro", "Guvernatorul Ivan Petrenko a declarat că „situația este sub control”. El a plecat apoi la Moscova.\n\nSute de ruși s-ar fi înrolat în trupele ucrainene.\n\n„Visele devin realitate! Sunt acum în Legiunea Stepa Liberă!”. Igor Marenko, fost director adjunct al unei bănci de stat, este unul dintre voluntari.", "Ivan Petrenko|Igor Marenko")]
    [InlineData("speaking of what is quoted", "ro", "Guvernatorul Ivan Petrenko a declarat că „situația este sub control”. Marek Volkov, de la serviciile secrete, a vorbit despre o „operațiune de eliberare a zonei”.", "Ivan Petrenko|Marek Volkov")]
    [InlineData("a region's government, not its governor", "pt", "\"Foi tomada a decisão de cancelar o regime\", escreveu o governador local, Ivan Petrenko, no Telegram.\n\nO governo local informou que \"13 civis sofreram ferimentos de vários graus\".", "Ivan Petrenko|regional government")]
    [InlineData("the Kremlin's spokesman on record", "fr", "Commentant cette intrusion, le porte-parole du Kremlin indique que Kiev a lancé cette attaque pour \"détourner l'attention\" de la situation.", "Dmitry Peskov")]
    [InlineData("the Kremlin's spokesman on record", "en", "Asked about the raid, a Kremlin spokesman said it was meant \"to divert attention\" from the front.", "Dmitry Peskov")]
    [InlineData("the Kremlin alone", "nl", "Moskou wees naar Oekraïne: het zou gaan om een Oekraïense ‘spionage- en saboteursgroep', zei het Kremlin.", "Dmitry Peskov")]
    [InlineData("an outlet credited after the quote relays the subject (an adviser's compound title is no part of his name)", "nl", "Ook Kremlinadviseur Ivan Sidorenko wijst naar Oekraïne en spreekt over een \"Oekraïense sabotagegroep\", meldt het Russische staatspersbureau Nova Agentia.", "Ivan Sidorenko")]
    [InlineData("a quoted section heading, said by the source the next paragraph names", "nl", "De gouverneur Ivan Petrenko zegt dat het om \"saboteurs\" ging.\n\n“Aandacht afleiden”\n\nDe Russische president Alan Volkov is volgens zijn woordvoerder Marek Sidorenko op de hoogte gebracht van de aanval.", "Ivan Petrenko|Marek Sidorenko")]
    [InlineData("a quoted section heading, said by the source the next paragraph names", "en", "Governor Ivan Petrenko said it was the work of \"saboteurs\".\n\n\"Divert attention\"\n\nThe president has been informed of the attack, according to his spokesman Marek Sidorenko.", "Ivan Petrenko|Marek Sidorenko")]
    [InlineData("a transcript label outranks the source line", "en", "Steppe Television Airs Commander Ivan Petrenko's Statement\n\nSource: Steppe Television Network (Arcadia)\n\nSteppe Television Network aired the statement of commander Ivan Petrenko.\n\nIvan Petrenko: \"We declare the beginning of the operation. The enemy will leave our land.\n\n\"We call on all our people to join the battle.\"", "Ivan Petrenko")]
    [InlineData("a transcript label outranks the source line", "ru", "Заявление командира Ивана Петренко\n\nИсточник: телеканал «Степь»\n\nИван Петренко: «Мы объявляем о начале операции. Враг уйдёт с нашей земли».", "Иван Петренко")]
    [InlineData("an unattributed quote goes on with the quote before it, not the article's main speaker", "ro", "„Alan Volkov a decis să trimită la moarte un număr uriaş de oameni. Anunţul arată cât de mare este disperarea”, afirmă Ion Marinescu.\n\nEuroparlamentarul arată că acuzaţiile fac parte din „retorica obişnuită a dictatorilor disperaţi”.\n\n„Aşa au fost educaţi de propaganda veche. Intrăm într-o nouă eră a acestui război.”\n\nPreşedintele Alan Volkov a anunţat, într-un discurs, mobilizarea parţială.\n\nPreşedintele Alan Volkov a spus că mobilizarea va începe miercuri.\n\n„Cetăţenii chemaţi vor beneficia de toate avantajele”, spune Alan Volkov.", "Ion Marinescu|Ion Marinescu|Ion Marinescu|Alan Volkov")]
    public void TheSpeakersAre(string rule, string language, string text, string speakers)
    {
        Assert.False(string.IsNullOrEmpty(rule));
        Assert.Equal(speakers, string.Join('|', Found(text, language).Select(q => q.CanonicalSpeaker)));
    }

    [Fact]
    public void AnAsideBetweenCommasIsNoSpeaker()
    {
        var quotes = Found(
            "The army announced shelling on the border, while the fighters of the Free Steppe Legion and the Eastern Volunteer Corps, fighting on the side of Ukraine, "
            + "said they were beginning the \"liberation of the region.\"");
        Assert.StartsWith("Free Steppe Legion", Assert.Single(quotes).CanonicalSpeaker, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("pt", "O governo local", "regional government")]
    [InlineData("pt", "o governo de Belgorod", "Belgorod regional government")]
    [InlineData("pt", "o governo ucraniano", "Ukrainian government")]
    [InlineData("en", "the Russian government", "Russian government")]
    [InlineData("fr", "le gouvernement", null)]
    [InlineData("en", "the government spokesman Ivan Petrenko", null)]
    public void AGovernmentHasOneEnglishName(string language, string phrase, string? expected)
    {
        Assert.Equal(expected, InstitutionNames.Government(phrase, language));
    }
}
