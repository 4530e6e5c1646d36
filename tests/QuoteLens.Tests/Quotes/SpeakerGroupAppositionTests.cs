using QuoteLens.Quotes;
using static QuoteLens.Tests.Quotes.QuoteTestArticles;

namespace QuoteLens.Tests.Quotes;

/// <summary>
/// A group's name in apposition to the word "group" ("The militant group Hamas said", "O grupo terrorista Hamas afirmou", the
/// houthi key's O Liberal) is the speaker; the phrase had named no one, and the quote went to a person the article named
/// before. The head of a group ("The head of Russia's mercenary group Wagner said") is still a person of it, not the group.
/// Invented group names.
/// </summary>
public class SpeakerGroupAppositionTests
{
    [Theory]
    [InlineData("en", "Title\n\nThe spokesman Jan Koval attacked ships.\n\nThe militant group Harrak said on Friday that the strikes would have \"repercussions for regional security\".", "Harrak")]
    [InlineData("pt", "Título\n\nO porta-voz Jan Koval atacou navios.\n\nO grupo terrorista Harrak afirmou nesta sexta-feira que os bombardeios terão \"repercussões na segurança regional\".", "Harrak")]
    public void The_name_after_the_word_group_is_the_group(string language, string text, string speaker)
    {
        var quote = QuoteFinder.Find(Written(text, language))[^1];

        Assert.Equal(speaker, quote.CanonicalSpeaker);
    }

    [Fact]
    public void The_head_of_a_named_group_is_not_the_group()
    {
        var quote = QuoteFinder.Find(Written("Title\n\nJan Koval founded the group years ago.\n\nThe head of the mercenary group Harrak said the shells \"never arrived\"."))[^1];

        Assert.NotEqual("Harrak", quote.CanonicalSpeaker);
    }
}
