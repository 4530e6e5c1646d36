using QuoteLens.Grouping.CrossLanguage;

namespace QuoteLens.Tests.Grouping;

/// <summary>
/// The bridge looks a word's keys up by its string taken from the thread's table of words as written: the same characters give
/// the same string (made once), other characters another, and a long word its own string; the text is always the word's.
/// </summary>
public class BridgeWrittenWordTests
{
    [Fact]
    public void TheSameCharactersGiveTheStringMadeTheFirstTime()
    {
        const string text = "Die Ministerin sagte, die Ministerin werde bleiben.";
        var first = CrossLanguageBridge.Written(text.AsSpan(4, 10));
        var again = CrossLanguageBridge.Written(text.AsSpan(26, 10));

        Assert.Equal("Ministerin", first);
        Assert.Same(first, again);
    }

    [Fact]
    public void OtherCharactersGiveTheirOwnString()
    {
        var lower = CrossLanguageBridge.Written("ministerin".AsSpan());
        var upper = CrossLanguageBridge.Written("Ministerin".AsSpan());

        Assert.Equal("ministerin", lower);
        Assert.Equal("Ministerin", upper);
        Assert.NotSame(lower, upper);
    }

    [Fact]
    public void ALongWordIsMadeAfreshWithItsOwnText()
    {
        var word = new string('x', 41) + "ung";
        var first = CrossLanguageBridge.Written(word.AsSpan());
        var again = CrossLanguageBridge.Written(word.AsSpan());

        Assert.Equal(word, first);
        Assert.Equal(word, again);
        Assert.NotSame(first, again);
    }

    [Fact]
    public void AWordMetAgainHasTheSameKeys()
    {
        var bridge = CrossLanguageBridge.Load(null, []);
        var once = bridge.Keys("Navalny died on 16 February", "en");
        var twice = bridge.Keys("Navalny died on 16 February, died on 16 February", "en");

        Assert.Contains("month:2", once);
        Assert.Contains("num:16", once);
        Assert.Equal(once, twice);
    }
}
