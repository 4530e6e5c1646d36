using QuoteLens.Quotes;
using static QuoteLens.Tests.Quotes.QuoteTestArticles;

namespace QuoteLens.Tests.Quotes;

/// <summary>
/// Capitalised words that open a sentence or close a speaker's phrase without naming anyone: a person described by age
/// ("Der 71-Jährige betonte", the Federal Assembly key's t-online), a participle ("Stating that …", "Déclarant que …",
/// the Netanyahu key's MEMRI and i24news), a German demonstrative ("Dieses Meeresgebiet sei …"), a Russian or Ukrainian noun
/// for the person named before ("Військовий пояснив"); and the outlet spoken to
/// after "gegenüber" ("sagte der Sprecher … gegenüber Radio Liberty. Er teilte mit …", the Black Sea Fleet key's Ukrinform),
/// which had been the speaker a later "er" refers to. Invented people.
/// </summary>
public class SpeakerOpeningWordsTests
{
    [Theory]
    [InlineData("de", "Iwan Petrow sprach am Donnerstag in Moskau.\n\nDer 71-Jährige betonte: \"Das ist kein Computerspiel.\"", "Iwan Petrow")]
    [InlineData("en", "Ivan Petrov spoke in a recorded message on Saturday.\n\nStating that the enemy would pay, he said: \"This is only the beginning of our answer.\"", "Ivan Petrov")]
    [InlineData("fr", "Ivan Petrov s'est exprimé samedi soir.\n\nDéclarant que l'ennemi paierait, il a promis : « Ce n'est que le début de notre réponse. »", "Ivan Petrov")]
    [InlineData("de", "Das Schiff „Kotow“ bewachte die Meerenge, sagte Iwan Petrenko am Dienstag.\n\nDas sagte der Sprecher der Marine Iwan Petrenko gegenüber Radio Liberty.\n\nEr teilte mit, dass dieses Schiff „unsere Meerenge in unseren Hoheitsgewässern“ bewacht habe.", "Iwan Petrenko")]
    // focus.ua's "Військовий пояснив, що …" (the serviceman explained): a noun for the person named before.
    [InlineData("uk", "Речник ВМС Іван Петренко в ефірі розповів про корабель.\n\nВійськовий пояснив, що корабель виконував \"завдання з охорони водного району\".", "Іван Петренко")]
    [InlineData("ru", "Представитель ВМС Иван Петренко в эфире рассказал о корабле.\n\nВоенный пояснил, что корабль выполнял \"задачи по охране водного района\".", "Иван Петренко")]
    public void The_person_named_before_speaks(string language, string text, string speaker)
    {
        var quote = QuoteFinder.Find(Written("Titel\n\n" + text, language))[^1];

        Assert.Equal(speaker, quote.CanonicalSpeaker);
    }

    [Fact]
    public void A_German_demonstrative_opening_a_sentence_is_no_name()
    {
        var quote = QuoteFinder.Find(Written("Titel\n\nDas sagte der Sprecher Iwan Petrenko.\n\nDieses Meeresgebiet sei gesperrt worden: „Niemand darf hier fahren“, fügte er hinzu.", "de"))[^1];

        Assert.Equal("Iwan Petrenko", quote.CanonicalSpeaker);
    }
}
