using QuoteLens.Quotes;
using static QuoteLens.Tests.Quotes.QuoteTestArticles;

namespace QuoteLens.Tests.Quotes;

/// <summary>
/// Surnames with lower-case particles are read whole. Arabic surnames written in Latin letters keep their article in lower case
/// with a hyphen ("Hezam al-Asad", "Mohammed Ali al-Houthi", the houthi key's Sputnik and VOI pages), and European ones may
/// have two particles ("Ursula von der Leyen", "Ana de la Cruz", the zaluzhny key's press conference): the name had been cut
/// before them ("Hezam", "Ursula"). Invented people.
/// </summary>
public class SpeakerParticleNameTests
{
    [Theory]
    [InlineData("Karim al-Nadir, a member of the group's political bureau, told reporters: \"They will be treated as guests.\"", "Karim al-Nadir")]
    [InlineData("\"They will be treated as guests,\" said Karim al-Nadir.", "Karim al-Nadir")]
    [InlineData("\"They will be treated as guests,\" Omar Ali el-Sabri said.", "Omar Ali el-Sabri")]
    public void A_surname_with_its_lower_case_article_is_part_of_the_name(string paragraph, string speaker)
    {
        var quote = QuoteFinder.Find(Written("Title\n\n" + paragraph))[^1];

        Assert.Equal(speaker, quote.CanonicalSpeaker);
    }

    [Theory]
    [InlineData("al-Nadir", true)]
    [InlineData("ash-Sharif", true)]
    [InlineData("al-qaida", false)]
    [InlineData("all-out", false)]
    [InlineData("anti-Kremlin", false)]
    public void Only_an_article_before_a_capital_makes_a_particle_name(string word, bool particle)
    {
        Assert.Equal(particle, SpeakerNames.IsParticleName(word));
    }

    [Fact]
    public void The_key_speaker_with_a_hyphenated_surname_is_met_by_its_last_part()
    {
        Assert.True(RealCoverageQuoteTests.SameSpeaker("Karim al-Nadir", "Karim al-Nadir"));
        Assert.True(RealCoverageQuoteTests.SameSpeaker("Nadir", "Karim al-Nadir"));
        Assert.False(RealCoverageQuoteTests.SameSpeaker("Karim", "Karim al-Nadir"));
    }

    [Theory]
    [InlineData("en", "Title\n\n\"We stand with the town,\" said Commission President Marta von der Heide.", "Marta von der Heide")]
    [InlineData("de", "Titel\n\n„Wir stehen an der Seite der Stadt“, sagte Marta von der Heide.", "Marta von der Heide")]
    [InlineData("es", "Título\n\n«Estamos con la ciudad», dijo Ana de la Cruz.", "Ana de la Cruz")]
    public void A_surname_with_two_particles_is_read_whole(string language, string text, string speaker)
    {
        var quote = QuoteFinder.Find(Written(text, language))[^1];

        Assert.Equal(speaker, quote.CanonicalSpeaker);
    }
}
