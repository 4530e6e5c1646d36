namespace QuoteLens.Comparison.Framing;

/// <summary>Finds names spelled differently across outlets.</summary>
internal static class NameVariantFinder
{
    public static IReadOnlyList<NameVariantSet> Find(IReadOnlyList<ArticleFindings> articles) => [];
}
