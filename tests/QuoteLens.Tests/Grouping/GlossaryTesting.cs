using QuoteLens.Grouping.CrossLanguage;
using QuoteLens.Quotes;

namespace QuoteLens.Tests.Grouping;

/// <summary>What the glossary tests share: the bundled glossaries alone (no installed dictionary) and one full sentence as a quote.</summary>
internal static class GlossaryTesting
{
    /// <summary>The bridge built from data/lexicons/glossaries only.</summary>
    public static CrossLanguageBridge Bridge() => CrossLanguageBridge.Load(TestPaths.Data("lexicons", "glossaries"), []);

    /// <summary>One full sentence of an article, quoted whole.</summary>
    public static Quote Sentence(string article, string text, string language) =>
        new($"{article}-q0", article, text, 0, text.Length, QuoteKind.Full, false, "\"", null, null, language, []);
}
