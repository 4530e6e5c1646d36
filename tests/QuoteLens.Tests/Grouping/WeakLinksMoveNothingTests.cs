namespace QuoteLens.Tests.Grouping;

/// <summary>
/// The versions of one language move to a group they share a language with only when their links there are not much weaker
/// than their strongest link elsewhere (QuoteGrouper.JoinSharedAcrossLanguages, as lone groups do), on real coverage: the
/// held-out answer key of the Legion and Volunteer Corps raids (data/heldout/rdk-legion-belgorod-raids-2023).
/// </summary>
public class WeakLinksMoveNothingTests
{
    [Fact]
    public void A_translation_linked_weakly_by_statement_order_stays_out_of_another_statement()
    {
        // Vida e Negócio's Portuguese of Podolyak ("A Ucrânia está acompanhando com interesse os acontecimentos ...") links at
        // 0.67 to Ukrainska Novyny's English of it, and at 0.28-0.31 (statement order, few shared words) to three Russian
        // versions of Peskov's "Мы прекрасно понимаем цель таких диверсий": three links made it move there, 18 wrong pairs.
        var podolyak = RdkCoverage.GroupOf("G34_vidaenegocio_pt", "A Ucrânia está acompanhando com interesse");
        var peskov = RdkCoverage.GroupOf("G04_essent_ru", "Мы прекрасно понимаем цель таких диверсий");

        Assert.NotSame(peskov, podolyak);
        Assert.DoesNotContain(podolyak.Members, m => m.Language == "ru");
    }
}
