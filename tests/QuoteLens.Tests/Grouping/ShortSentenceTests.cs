using QuoteLens.Corpus;
using QuoteLens.Grouping;
using static QuoteLens.Tests.Grouping.GroupingScenarios;
using static QuoteLens.Tests.Quotes.QuoteTestArticles;

namespace QuoteLens.Tests.Grouping;

/// <summary>
/// Short sentences in grouping: a question and a statement on the same few keys are different things said, and a short
/// sentence joins a shared group when a short sentence already in it carries all its keys.
/// </summary>
public class ShortSentenceTests
{
    [Fact]
    public void AQuestionAndAStatementOnOneKeyStayApart()
    {
        var analysis = Run(
            Statement + "\nHe asked: “Did you pay?” Then he said: “You must pay.”",
            Statement + "\nHe said: “You must pay.”",
            Statement + "\nHe asked: “Did you pay?”");
        var question = GroupOf(analysis, "A0002", "Did you pay?");
        var statement = GroupOf(analysis, "A0001", "You must pay");
        Assert.NotEqual(question.Id, statement.Id);
        Assert.Equal(["A0000", "A0002"], question.Members.Select(m => m.ArticleId));
        Assert.Equal(["A0000", "A0001"], statement.Members.Select(m => m.ArticleId));
    }

    [Fact]
    public void AShortSentenceJoinsTheShortSentenceThatCarriesItsKeys()
    {
        var analysis = Run(
            Statement + "\n“This is going to take some time,” he added.",
            Statement + "\n“This is going to take some time,” he added.",
            Statement + "\n“It's gonna take some time,” he added.");
        var group = GroupOf(analysis, "A0000", "going to take some time");
        Assert.Equal(["A0000", "A0001", "A0002"], group.Members.Select(m => m.ArticleId));
        Assert.Contains(group.Links, l => l.Evidence.StartsWith("short version:", StringComparison.Ordinal));
    }
}
