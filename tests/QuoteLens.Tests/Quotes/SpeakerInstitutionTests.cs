using QuoteLens.Quotes;
using static QuoteLens.Tests.Quotes.QuoteTestArticles;

namespace QuoteLens.Tests.Quotes;

/// <summary>
/// Made-up sentences for unnamed institutional sources and bad names: a ministry, the White House or the Kremlin speaking
/// with no person of it named is the institution ("Russian defence ministry", "White House spokesman"), as the answer keys
/// write it; a person of it named in the article ("Kremlin spokesman Dmitry Orlov") is taken instead; a description of a
/// person ("the Kremlin leader", "le locataire de la Maison-Blanche") stays a person. Adverbs ("Implicitement"), "thus"
/// ("Così") and "Former Russian" are no names.
/// </summary>
public class SpeakerInstitutionTests
{
    [Theory]
    [InlineData("en", "Turkish President Selim Kaya criticised Israel on Wednesday.\n\n“Germany stands with Israel,” the German foreign ministry said in a post on X.", "German foreign ministry")]
    [InlineData("en", "Turkish President Selim Kaya criticised Israel on Wednesday. Israeli Prime Minister David Levin rejected the remarks.\n\n“This is a disgrace,” the foreign ministry said.", "foreign ministry")]
    [InlineData("en", "Former Russian president Ivan Orlov also blamed the West for the attacks.\n\n“In the course of the operation, the formations were blocked and destroyed,” the Russian defence ministry said.", "Russian defence ministry")]
    [InlineData("en", "The German Foreign Ministry posted the message “One for all and all for one” on its account.", "German Foreign Ministry")]
    [InlineData("ru", "Президент Турции Селим Кая выступил в парламенте.\n\nВ МИД России заявили: «Мы внимательно следим за событиями».", "Russian foreign ministry")]
    [InlineData("fr", "Le président turc Selim Kaya s'est exprimé mercredi.\n\n« L'Allemagne est aux côtés d'Israël », a indiqué le ministère des Affaires étrangères dans un communiqué.", "ministère des Affaires étrangères")]
    [InlineData("de", "Der türkische Präsident Selim Kaya sprach am Mittwoch.\n\n„Deutschland steht an der Seite Israels“, teilte das Auswärtige Amt mit.", "Auswärtige Amt")]
    public void AnUnnamedMinistryIsTheSpeaker(string language, string text, string expected)
    {
        var quote = QuoteFinder.Find(Written(text, language))[^1];
        Assert.Equal(expected, quote.CanonicalSpeaker);
    }

    [Theory]
    [InlineData("en", "Kremlin spokesman Dmitry Orlov said on Monday that Moscow was following the events.\n\n“This is unacceptable,” a White House spokesman said.", "White House spokesman")]
    // The Kremlin's statements are its press secretary's on record (SpeakerInstitutions.KnownSpokesman), not the president's named before.
    [InlineData("en", "Turkish President Selim Kaya criticised Israel on Wednesday.\n\nThe Kremlin said in a statement: “We are following the events closely.”", "Dmitry Peskov")]
    [InlineData("de", "Der türkische Präsident Selim Kaya sprach am Mittwoch.\n\n„Das ist entsetzlich“, sagte ein Sprecher des Weißen Hauses.", "Sprecher des Weißen Hauses")]
    [InlineData("fr", "Le président turc Selim Kaya s'est exprimé mercredi.\n\n« Nous suivons la situation », a indiqué l'Elysée.", "Elysée")]
    [InlineData("es", "El presidente turco, Selim Kaya, habló el miércoles.\n\nLa Casa Blanca criticó estas declaraciones y advirtió que «esto es espantoso».", "Casa Blanca")]
    public void AnUnnamedInstitutionIsTheSpeakerNotAnotherPerson(string language, string text, string expected)
    {
        var quote = QuoteFinder.Find(Written(text, language))[^1];
        Assert.Equal(expected, quote.CanonicalSpeaker);
    }

    [Theory]
    [InlineData("en", "Kremlin spokesman Dmitry Orlov spoke on Monday.\n\n“We have nothing to add,” the Kremlin said.", "Dmitry Orlov")]
    [InlineData("en", "White House spokesman John Miller spoke on Monday. Kremlin spokesman Dmitry Orlov answered.\n\n“This is unacceptable,” a White House spokesman said.", "John Miller")]
    [InlineData("en", "“We condemn the attack,” said Kremlin spokesman Dmitry Orlov. Russian President Ivan Petrov had earlier spoken to the Turkish president.", "Dmitry Orlov")]
    [InlineData("ru", "Пресс-секретарь Кремля Дмитрий Орлов ответил на вопросы журналистов. Президент Иван Петров провёл совещание.\n\n«Это неправда», — сказал пресс-секретарь Кремля.", "Дмитрий Орлов")]
    [InlineData("en", "Russian President Vladimir Orlov spoke on Friday.\n\n“We will punish them,” the Kremlin leader said.", "Vladimir Orlov")]
    [InlineData("fr", "Le président américain Joe Miller s'est exprimé mardi.\n\n« Nous allons reconstruire ce pont », a déclaré le locataire de la Maison-Blanche.", "Joe Miller")]
    [InlineData("uk", "Президент Росії Іван Петров виступив у понеділок.\n\nПетров заявив, що армія продовжить операцію.\n\n«Ми не зупинимося», — сказав він.", "Іван Петров")]
    public void APersonOfTheInstitutionOrDescribedByItIsThePerson(string language, string text, string expected)
    {
        var quote = QuoteFinder.Find(Written(text, language))[^1];
        Assert.Equal(expected, quote.CanonicalSpeaker);
    }

    [Theory]
    [InlineData("Implicitement il confirme", "fr")]
    [InlineData("Ovviamente il governo", "it")]
    [InlineData("Former Russian", "en")]
    [InlineData("главы Североатлантического альянса", "ru")]
    [InlineData("голова Північноатлантичного альянсу", "uk")]
    public void AdverbsAndFormerNationalsAreNoNames(string phrase, string language) =>
        Assert.Null(SpeakerNames.Canonical(phrase, language));

    [Theory]
    [InlineData("Former Russian president Dmitry Orlov", "en", "Dmitry Orlov")]
    [InlineData("Così Matteo Rossi", "it", "Matteo Rossi")]
    [InlineData("Clément Beaune", "fr", "Clément Beaune")]
    public void TheNameStandsWithoutTheWordsBeforeIt(string phrase, string language, string expected) =>
        Assert.Equal(expected, SpeakerNames.Canonical(phrase, language));

    [Theory]
    [InlineData("the Russian defence ministry", "en", "Russian defence ministry")]
    [InlineData("the ministry", "en", null)]
    [InlineData("szef ukraińskiego MSZ", "pl", null)]
    [InlineData("the foreign ministry spokesman", "en", null)]
    [InlineData("das Auswärtige Amt mit", "de", "Auswärtige Amt")]
    [InlineData("Министерство обороны России", "ru", "Министерство обороны России")]
    public void AMinistryIsNamedByItsWords(string phrase, string language, string? expected) =>
        Assert.Equal(expected, SpeakerInstitutions.Name(phrase, language));
}
