using QuoteLens.Quotes;
using static QuoteLens.Tests.Quotes.QuoteTestArticles;

namespace QuoteLens.Tests.Quotes;

/// <summary>
/// A title with its country ("Israel PM said", "poinformował premier Izraela", the Netanyahu key's newsaz, Deccan Herald and
/// gazeta.pl) is an office whose holder the article names: "PM" is a prime minister's title, and Israel, Germany and Britain
/// are countries a title may name, like Russia and Ukraine. Invented people.
/// </summary>
public class SpeakerCountryTitleTests
{
    [Theory]
    [InlineData("en", "Israeli Prime Minister David Cohen spoke on TV on Saturday.\n\nIsrael PM said: \"We are at war and we will win it.\"", "David Cohen")]
    [InlineData("en", "Israeli Prime Minister David Cohen spoke on TV on Saturday.\n\n\"The enemy will pay a price,\" the Israel PM said.", "David Cohen")]
    [InlineData("pl", "Premier Izraela Dawid Kohen wystąpił w telewizji.\n\n– Jesteśmy w stanie wojny – poinformował premier Izraela.", "Dawid Kohen")]
    [InlineData("pl", "Kanclerz Niemiec Jan Schmidt wystąpił w telewizji.\n\nKanclerz Niemiec poinformował: „Nie wyślemy żołnierzy”.", "Jan Schmidt")]
    public void The_holder_of_the_countrys_office_speaks(string language, string text, string speaker)
    {
        var quote = QuoteFinder.Find(Written("Title\n\n" + text, language))[^1];

        Assert.Equal(speaker, quote.CanonicalSpeaker);
    }

    /// <summary>
    /// Romanian names the country a title belongs to in the genitive, capitalised, between the title and the name
    /// ("Președintele Rusiei Vladimir Putin"): the country is not part of the canonical name, which had been
    /// "Rusiei Vladimir Putin". Invented people but for the president.
    /// </summary>
    [Theory]
    [InlineData("Președintele Rusiei Vladimir Putin a declarat marți: „Nu avem de gând să atacăm NATO.”", "Vladimir Putin")]
    [InlineData("Ministrul de externe al Ucrainei Ion Moraru a spus: „Este o minciună.”", "Ion Moraru")]
    [InlineData("Cancelarul Germaniei Hans Vogel a spus: „Nu vom trimite rachete.”", "Hans Vogel")]
    public void A_Romanian_country_genitive_is_not_part_of_the_name(string text, string speaker)
    {
        var quote = QuoteFinder.Find(Written("Titlu\n\n" + text, "ro"))[^1];

        Assert.Equal(speaker, quote.CanonicalSpeaker);
    }

    /// <summary>
    /// German writes the body a title belongs to in the genitive between the title and its holder's name ("der Sprecher der
    /// Stadt Peter Albrecht", "der Chef des städtischen Präsidialbüros Peter Albrecht"): the run after the genitive article is the
    /// genitive noun, then the name, who speaks ("sagte er" after it had gone to the mayor named before). Invented people.
    /// </summary>
    [Theory]
    [InlineData("Das sagte der Sprecher der Stadt Peter Albrecht in einem Interview.")]
    [InlineData("Das antwortete der Chef des städtischen Präsidialbüros Peter Albrecht in einem Interview.")]
    public void A_German_genitive_between_title_and_name_leaves_the_holder(string sentence)
    {
        var text = "Titel\n\nDer Bürgermeister Karl Brenner und der Landrat Otto Kessler haben ein Ziel. " + sentence
            + "\n\n„Wir haben eine gemeinsame Position, die Stadt zu retten. Das ist klar“, sagte er.";
        var quote = QuoteFinder.Find(Written(text, "de"))[^1];

        Assert.Equal("Peter Albrecht", quote.CanonicalSpeaker);
    }

    /// <summary>
    /// A country's name of more than one word between the article and a lower-case title ("The United States president said")
    /// qualifies the title: the holder the article names speaks, not the country (it had been the speaker "United States").
    /// Invented people.
    /// </summary>
    [Fact]
    public void A_country_name_before_a_lower_case_title_is_no_speaker()
    {
        var text = "Title\n\nUnited States President Alan Fairbanks addressed the assembly on Wednesday.\n\n"
            + "President Alan Fairbanks condemned the raid in a speech.\n\n"
            + "The United States president said the raid was “a brutal, needless attack” on a neighbour.";
        var quote = QuoteFinder.Find(Written(text, "en"))[^1];

        Assert.Equal("Alan Fairbanks", quote.CanonicalSpeaker);
    }
}
