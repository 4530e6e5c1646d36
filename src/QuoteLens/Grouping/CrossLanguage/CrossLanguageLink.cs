namespace QuoteLens.Grouping.CrossLanguage;

/// <summary>Two sentences in different languages found to be versions of one utterance (indexes into the list grouped), and how strongly.</summary>
/// <param name="A">The smaller index.</param>
/// <param name="B">The larger index.</param>
/// <param name="Similarity">From 0 to 1; links are taken strongest first.</param>
public readonly record struct CrossLanguageLink(int A, int B, double Similarity);
