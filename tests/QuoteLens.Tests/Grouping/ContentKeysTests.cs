using QuoteLens.Grouping.CrossLanguage;

namespace QuoteLens.Tests.Grouping;

/// <summary>The linker's content keys: each word's language-neutral keys, picked out once per word, the same array every time.</summary>
public class ContentKeysTests
{
    private static readonly CrossLanguageBridge Bridge = CrossLanguageBridge.Load(TestPaths.Data("lexicons", "glossaries"), []);

    /// <summary>The content keys of a German <paramref name="text"/>, as a linker run reads them.</summary>
    private static List<string[]> Keys(string text) => Bridge.Prepared([(text, "de")]).ContentKeys(text, "de");

    [Fact]
    public void AWordRepeatedGetsTheSameArrayOfNeutralKeys()
    {
        var words = Keys("Der Frieden kommt, sagte Schmidt, der Frieden kommt bald");
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
        var known = Keys("Der Frieden kommt bald");
        var withUnknown = Keys("Der Frieden kommt bald quorb");
        Assert.Equal(known.Count + 1, withUnknown.Count);
        Assert.Empty(withUnknown[^1]);
    }
}
