using QuoteLens.Grouping.CrossLanguage;

namespace QuoteLens.Tests.Grouping;

/// <summary>The linker's content keys: each word's language-neutral keys, picked out once per word, the same array every time.</summary>
public class ContentKeysTests
{
    private static readonly CrossLanguageBridge Bridge = CrossLanguageBridge.Load(TestPaths.Data("lexicons", "glossaries"), []);

    [Fact]
    public void AWordRepeatedGetsTheSameArrayOfNeutralKeys()
    {
        var words = Bridge.ContentKeys("Der Frieden kommt, sagte Schmidt, der Frieden kommt bald", "de");
        var frieden = words.Where(k => k.Contains("en:peac", StringComparer.Ordinal)).ToList();
        Assert.Equal(2, frieden.Count);
        Assert.Same(frieden[0], frieden[1]);
        Assert.All(words.SelectMany(k => k), key => Assert.Contains(':', key));
        Assert.DoesNotContain(words.SelectMany(k => k), key => key.StartsWith("de:", StringComparison.Ordinal));
    }

    [Fact]
    public void AWordNoGlossaryKnowsStillCountsAsAWordWithNoNeutralKey()
    {
        // "quorb" is no German word, too short for a cognate key: it counts (an empty set of keys, unmatched), as known words do.
        var known = Bridge.ContentKeys("Der Frieden kommt bald", "de");
        var withUnknown = Bridge.ContentKeys("Der Frieden kommt bald quorb", "de");
        Assert.Equal(known.Count + 1, withUnknown.Count);
        Assert.Empty(withUnknown[^1]);
    }
}
