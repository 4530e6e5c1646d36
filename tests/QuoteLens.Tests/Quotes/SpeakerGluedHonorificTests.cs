using QuoteLens.Quotes;
using static QuoteLens.Tests.Quotes.QuoteTestArticles;

namespace QuoteLens.Tests.Quotes;

/// <summary>
/// An honorific glued to the name after its full stop ("a encore insisté M.Poutine", mobilization's manartv) is read as written
/// apart: the speaker is the surname, not a name "M.Poutine" that meets no one. Invented people.
/// </summary>
public class SpeakerGluedHonorificTests
{
    [Theory]
    [InlineData("fr", "Le président Jan Kowal a déclaré mercredi que la guerre continuerait.\n\n« Ce n’est pas du bluff, nous utiliserons tous les moyens », a encore insisté M.Kowal.", "Kowal")]
    public void The_name_after_a_glued_honorific_is_the_surname(string language, string text, string speaker)
    {
        Assert.Equal(speaker, Assert.Single(QuoteFinder.Find(Written(text, language))).CanonicalSpeaker);
    }
}
