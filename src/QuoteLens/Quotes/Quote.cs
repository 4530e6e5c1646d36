using QuoteLens.Text.Transliteration;

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
/// <param name="OpenMark">The opening quote mark as written: a dash for dash dialogue ("– To, co widzimy … – powiedział Putin"), empty for unmarked speech after a lead-in colon.</param>
/// <param name="Speaker">Who the text says spoke ("the statement", "Governor Roman Starovoyt"), when it says.</param>
/// <param name="Cue">The attribution cue ("said", "added", "according to"), when there is one.</param>
/// <param name="Language">Language of the quote (ISO 639-1): identified from its own words, the article's when they say too little.</param>
/// <param name="Occurrences">Every place the same quote stands in the article; the first is (Start, End).</param>
/// <param name="CanonicalSpeaker">
/// The speaker's name, the same across outlets and scripts where the text allows: titles, roles and weekdays stripped
/// ("Russian President Vladimir Putin" → "Vladimir Putin"); a pronoun or a description ("he", "the statement", "der Kanzler")
/// resolved to the nearest named speaker before the quote in the article (else the first after it); a quote with no
/// attribution gets that named speaker too. Across a corpus (<see cref="QuoteFinder.FindAll"/>) every name with the same
/// <paramref name="SpeakerKey"/> is written one way (Путин, Путін and Putin all become "Vladimir Putin" when an article
/// spells it so). Null when the article names no speaker at all.
/// </param>
/// <param name="SpeakerKey">
/// The key speakers are matched by: the transliteration-aware name key (<see cref="NameKey"/>) of the
/// canonical speaker's last word, so that Путин, Путін and Putin all give "putin". Null when <paramref name="CanonicalSpeaker"/> is.
/// </param>
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
    IReadOnlyList<Span> Occurrences,
    string? CanonicalSpeaker = null,
    string? SpeakerKey = null)
{
    /// <summary>
    /// True for a scare quote whose speaker its article names in the quote's own sentence, before it ("Ieri Putin aveva
    /// riconosciuto …, rilanciando però la teoria della presunta “finestra aperta”"): the writer's own sentence says whose words
    /// they are, though no cue ties them to the name.
    /// </summary>
    internal bool SpeakerInSentence { get; init; }

    /// <summary>
    /// True for an unclosed quote that its article's text ends in, with nothing after it but white space, an ellipsis or an
    /// editor's note in brackets ("«В эт ¶ [EXCERPT TRUNCATED HERE]"), and that does not end a sentence itself: the page was
    /// cut off inside the quote, so its last word may be cut too ("… a strategic defeat on Russia." lacks only its closing
    /// mark). Grouping leaves that word out of the quote's keys and reads the quote as the opening words of a
    /// version (see <c>QuoteGrouper.AttachCutOffOpenings</c>). A sentence split off such a quote keeps the mark only when it
    /// ends where the quote does.
    /// </summary>
    internal bool CutOff { get; init; }

    /// <summary>
    /// True when this quote's speaker is <paramref name="name"/>, written in any script or transliteration ("Putin", "Путин",
    /// "Vladimir Putin", "Путін"): the name key of the name's last word is close to <see cref="SpeakerKey"/> (similarity 0.8 or more, or one key starts the other over five letters or more).
    /// </summary>
    public bool IsSpokenBy(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var key = SpeakerNames.Key(name.Trim());
        return SpeakerKey is not null && SpeakerNames.SameKey(SpeakerKey, key);
    }
}
