namespace QuoteLens.Tests.Grouping;

/// <summary>
/// Versions of one group whose articles name two different people as the speaker, each in its attribution, are two
/// statements (QuoteGrouper.SeparateNamedSpeakers), on real coverage: the held-out answer key of the Legion and Volunteer
/// Corps raids (data/heldout/rdk-legion-belgorod-raids-2023), where the governor, the Kremlin's spokesman and the Corps'
/// commander all speak of one sabotage group.
/// </summary>
public class NamedSpeakersApartTests
{
    [Fact]
    public void Versions_their_articles_give_to_two_named_people_are_two_statements()
    {
        // TASS's English of Peskov ("The Defense Ministry, the FSB and the Border Service have reported to the Russian president
        // ...", "Peskov said") and the governor's "На территорию Грайворонского округа зашла диверсионно-разведывательная группа
        // ВС Украины" (Gladkov, named by TASS's Russian) share their words (a sabotage group, Ukraine's forces, the region), and
        // stood in one group of thirteen versions and six speakers (QuoteGrouper.SeparateNamedSpeakers).
        var peskov = RdkCoverage.GroupOf("G06_tass_en", "The Defense Ministry, the FSB and the Border Service");
        var gladkov = RdkCoverage.GroupOf("G01_tass_ru", "На территорию Грайворонского округа зашла");

        Assert.NotSame(gladkov, peskov);
        Assert.Contains(peskov.Members, m => m.ArticleId == "G16_newsfront_de" && m.Text.StartsWith("Das Verteidigungsministerium, der FSB", StringComparison.Ordinal));
        Assert.Contains(gladkov.Members, m => m.ArticleId == "G02_slavgorod_ru");

        // Masress's Arabic gives it to Peskov through a relative pronoun ("ديمتري بيسكوف ، الذي أضاف", who added): it leaves
        // with him, and keeps his name (it had stayed, and taken the governor's from the group's consensus).
        var arabic = Assert.Single(peskov.Members, m => m.ArticleId == "G21_prpchannel_ar");
        Assert.Equal("Dmitry Peskov", arabic.CanonicalSpeaker);
        Assert.Contains(peskov.Links, l => l.Evidence.StartsWith("same speaker: both articles give it to", StringComparison.Ordinal));
    }
}
