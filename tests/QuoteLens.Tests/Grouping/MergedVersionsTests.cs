using QuoteLens.Grouping;

namespace QuoteLens.Tests.Grouping;

/// <summary>
/// A version that carries its group's statement on one side of a clause boundary and another group's on the other is cut
/// once grouping is done, and the other piece goes to that group (QuoteGrouper.MergedVersionsToCut), on real coverage:
/// Putin's Crocus address (data/eval) and the held-out answer key of his remarks on Prigozhin's death.
/// </summary>
public class MergedVersionsTests
{
    private const string Evidence = "a clause of a sentence that merges two statements";

    private static readonly Lazy<Analysis> Crocus = new(() => Analysis.Run(TestPaths.Data("eval", "putin-crocus-address-2024-03")));

    private static readonly Lazy<Analysis> Prigozhin = new(() => Analysis.Run(TestPaths.Data("heldout", "putin-prigozhin-crash-2023-08")));

    private static QuoteGroup GroupOf(Analysis analysis, string article, string text) =>
        analysis.Groups.Single(g => g.Members.Any(m => m.ArticleId == article && m.Text == text));

    [Fact]
    public void The_opening_clause_of_another_statement_leaves_a_version_for_its_own_group()
    {
        // Vologdapoisk printed "Все те, кто убивал людей – найдены и задержаны, они двигались в сторону Украины, …" as one
        // sentence: the first clause is the statement that all who killed were caught, the rest where they were heading.
        var caught = GroupOf(Crocus.Value, "C03_vologdapoisk_ru", "Все те, кто убивал людей – найдены и задержаны");
        var heading = GroupOf(Crocus.Value, "C03_vologdapoisk_ru", "они двигались в сторону Украины, где с украинской стороны было подготовлено «окно» для перехода границы");

        Assert.NotSame(caught, heading);
        Assert.Contains(caught.Links, l => l.Evidence.StartsWith(Evidence, StringComparison.Ordinal));
        Assert.Contains(caught.Members, m => m.Language != "ru");
        Assert.Contains(heading.Members, m => m.ArticleId != "C03_vologdapoisk_ru" && m.Language == "ru");
    }

    [Fact]
    public void The_start_of_a_statement_other_outlets_quote_whole_goes_to_that_statement()
    {
        // Several Russian outlets run "и ошибки у него были серьёзные в жизни, и добивался он результатов нужных" as one
        // sentence; the other languages quote "and he achieved the results he needed — both for himself and …" whole, in a
        // group of its own, so the versions of that statement fit the short second clause by half of its words.
        var mistakes = GroupOf(Prigozhin.Value, "P08_monocle_ru", "и ошибки у него были серьезные в жизни");
        var results = GroupOf(Prigozhin.Value, "P08_monocle_ru", "и добивался он результатов нужных");

        Assert.NotSame(mistakes, results);
        Assert.Contains(results.Members, m => m.Language == "en" && m.Text.Contains("achieved the results", StringComparison.Ordinal));
        Assert.Contains(mistakes.Members, m => m.Language == "en" && m.Text.Contains("serious mistakes", StringComparison.Ordinal));

        // German: "Er war ein Mann mit einem komplizierten Schicksal, und er hat im Leben schwere Fehler gemacht."
        var fate = GroupOf(Prigozhin.Value, "P20_stern_reuters_de", "Er war ein Mann mit einem komplizierten Schicksal");
        Assert.Contains(fate.Members, m => m.Language == "ru" && m.Text == "Это был человек сложной судьбы");
        Assert.NotSame(fate, GroupOf(Prigozhin.Value, "P20_stern_reuters_de", "und er hat im Leben schwere Fehler gemacht."));
    }
}
