namespace QuoteLens.Quotes;

/// <summary>What kind of quotation a quoted span is.</summary>
public enum QuoteKind
{
    /// <summary>A quoted sentence or more.</summary>
    Full,

    /// <summary>A short fragment quoted inside the writer's own sentence ("forced").</summary>
    Partial,

    /// <summary>Scare quotes around one or two words ("foreign agent"): kept, but not a statement.</summary>
    Scare,
}

/// <summary>Where a quote stands in its article.</summary>
/// <param name="Start">Offset of the first quoted character (after the opening mark) in the article's text.</param>
/// <param name="End">Offset one past the last quoted character (before the closing mark).</param>
public readonly record struct Span(int Start, int End)
{
    /// <summary>Length in characters.</summary>
    public int Length => End - Start;
}

/// <summary>A direct quote found in one article.</summary>
/// <param name="Id">Stable id: the article id and the quote's ordinal ("001#3").</param>
/// <param name="ArticleId">The article the quote comes from.</param>
/// <param name="Text">The quote exactly as the file has it between its marks: <c>article.Text[Start..End]</c>.</param>
/// <param name="Start">Offset of the first quoted character in the article's text.</param>
/// <param name="End">Offset one past the last quoted character.</param>
/// <param name="Kind">Full, partial or scare quote.</param>
/// <param name="Unclosed">True when no closing mark was found (the quote runs to the paragraph's end).</param>
/// <param name="OpenMark">The opening quote mark as written.</param>
/// <param name="Speaker">Who the text says spoke ("the statement", "Governor Roman Starovoyt"), when it says.</param>
/// <param name="Cue">The attribution cue ("said", "added", "according to"), when there is one.</param>
/// <param name="Language">Language of the quote (ISO 639-1): identified from its own words, the article's when they say too little.</param>
/// <param name="Occurrences">Every place the same quote stands in the article; the first is (Start, End).</param>
public sealed record Quote(
    string Id,
    string ArticleId,
    string Text,
    int Start,
    int End,
    QuoteKind Kind,
    bool Unclosed,
    string OpenMark,
    string? Speaker,
    string? Cue,
    string Language,
    IReadOnlyList<Span> Occurrences);
