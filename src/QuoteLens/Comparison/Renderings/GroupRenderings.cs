using QuoteLens.Quotes;

namespace QuoteLens.Comparison.Renderings;

/// <summary>
/// How the versions of one statement in other languages rendered its original, word by word:
/// вероятности → possibility (Kyiv Post ...) / probability (UNN ...) / likelihood (...).
/// </summary>
/// <param name="GroupId">The group.</param>
/// <param name="OriginalLanguage">The language taken to be the original's (ISO 639-1), or null when the corpus holds no original.</param>
/// <param name="Explanation">Why that language was taken (or why there is none), in one sentence for the reader.</param>
/// <param name="Originals">The versions in the original language (fullest first).</param>
/// <param name="Translations">The versions in other languages, in group order.</param>
/// <param name="Words">Each word of the original that some translation renders, in the original's order.</param>
public sealed record GroupRenderings(
    string GroupId,
    string? OriginalLanguage,
    string Explanation,
    IReadOnlyList<Quote> Originals,
    IReadOnlyList<Quote> Translations,
    IReadOnlyList<SourceWord> Words)
{
    /// <summary>True when the group holds an original and at least one rendering of it in another language.</summary>
    public bool HasOriginal => OriginalLanguage is not null && Translations.Count > 0;

    /// <summary>The words of the original that were rendered in more than one way.</summary>
    public IEnumerable<SourceWord> Varied => Words.Where(w => w.Renderings.Count > 1);
}

/// <summary>A word of the original and how the translations rendered it.</summary>
/// <param name="Text">The word as the original versions write it (their most common spelling).</param>
/// <param name="Language">The original's language.</param>
/// <param name="Renderings">Each rendering with the articles behind it, the most widely used first.</param>
/// <param name="Unrendered">Articles whose translation faces an original holding this word but shows no counterpart for it (left out, paraphrased, or a word no glossary knows).</param>
public sealed record SourceWord(string Text, string Language, IReadOnlyList<Rendering> Renderings, IReadOnlyList<string> Unrendered);

/// <summary>One rendering of a word of the original.</summary>
/// <param name="Text">The rendering as written (the most common spelling), with an English verb's particle ("ruled out").</param>
/// <param name="Language">The language of the translations using it.</param>
/// <param name="ArticleIds">The articles using it, ordinal order.</param>
public sealed record Rendering(string Text, string Language, IReadOnlyList<string> ArticleIds);
