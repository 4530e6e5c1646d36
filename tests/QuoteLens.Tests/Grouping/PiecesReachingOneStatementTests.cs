using QuoteLens.Grouping;
using QuoteLens.Grouping.CrossLanguage;
using QuoteLens.Quotes;

namespace QuoteLens.Tests.Grouping;

/// <summary>
/// Pieces of two languages ("zona segura", "смуги безпеки") whose words only one statement holds, and that in one other
/// language only, together say it in two languages besides their own: each joins that statement as a fragment. Made-up
/// sentences (an invented volunteer unit's statement quoted in Russian by two outlets).
/// </summary>
public class PiecesReachingOneStatementTests
{
    private const string ZoneRu = "Сегодня наш отряд вошел в приграничный район, чтобы создать зону безопасности для мирных жителей.";
    private const string OtherRu = "Мы не воюем с мирными жителями и не трогаем их дома.";
    private const string ZonePt = "zona segura";
    private const string ZoneUk = "смуги безпеки";

    /// <summary>Each word's language-neutral keys, as a dictionary would gloss it.</summary>
    private static readonly Dictionary<string, string[]> Glossary = new(StringComparer.Ordinal)
    {
        ["зону"] = ["zone"], ["zona"] = ["zone"], ["смуги"] = ["zone"],
        ["безопасности"] = ["safe"], ["segura"] = ["safe"], ["безпеки"] = ["safe"],
        ["отряд"] = ["unit"], ["район"] = ["district"], ["создать"] = ["create"],
        ["мирных"] = ["civilian"], ["мирными"] = ["civilian"], ["жителей"] = ["resident"], ["жителями"] = ["resident"],
        ["воюем"] = ["fight"], ["дома"] = ["house"],
    };

    private static IReadOnlyList<QuoteGroup> Group() => GlossaryGrouping.Group(
        Glossary,
        [
            new("A01_vesti_ru", "ru", [(ZoneRu, QuoteKind.Full), (OtherRu, QuoteKind.Full)]),
            new("A02_lenta_ru", "ru", [(ZoneRu, QuoteKind.Full), (OtherRu, QuoteKind.Full)]),
            new("A03_jornal_pt", "pt", [(ZonePt, QuoteKind.Scare)]),
            new("A04_novyny_uk", "uk", [(ZoneUk, QuoteKind.Scare)]),
        ],
        anchor: null);

    [Fact]
    public void PiecesOfTwoLanguagesReachingOneStatementJoinIt()
    {
        var groups = Group();
        var zone = GlossaryGrouping.GroupOf(groups, ZoneRu);
        Assert.Same(zone, GlossaryGrouping.GroupOf(groups, ZonePt));
        Assert.Same(zone, GlossaryGrouping.GroupOf(groups, ZoneUk));
        Assert.Contains(zone.Fragments, f => f.Text == ZonePt);
        Assert.NotSame(zone, GlossaryGrouping.GroupOf(groups, OtherRu));
    }
}
