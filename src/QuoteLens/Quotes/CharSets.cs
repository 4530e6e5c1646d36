namespace QuoteLens.Quotes;

/// <summary>
/// The character sets the speaker readers split and trim words with, made once. A call such as
/// <c>phrase.Split([' ', '\u00A0'], …)</c> or <c>word.Trim(',', '.')</c> builds a new array on every call, and the speaker
/// readers make such calls for every word of every attribution phrase: in a profile of the quote stage (5,000 generated
/// articles) the arrays' allocation and filling took 1.6 % of the whole run, about 7 % of the quote finder. Callers must not
/// change these arrays.
/// </summary>
internal static class CharSets
{
    /// <summary>A space and a no-break space: the word gaps of an attribution phrase.</summary>
    public static readonly char[] Spaces = [' ', '\u00A0'];

    /// <summary>Spaces and commas.</summary>
    public static readonly char[] SpacesCommas = [' ', '\u00A0', ','];

    /// <summary>A space and a comma, with no no-break space.</summary>
    public static readonly char[] SpaceComma = [' ', ','];

    /// <summary>Spaces, commas and hyphens.</summary>
    public static readonly char[] SpacesCommasHyphens = [' ', '\u00A0', ',', '-'];

    /// <summary>Spaces and hyphens (the parts of a hyphenated name).</summary>
    public static readonly char[] SpacesHyphens = [' ', '\u00A0', '-'];

    /// <summary>Spaces, commas and periods.</summary>
    public static readonly char[] SpacesCommasPeriods = [' ', '\u00A0', ',', '.'];

    /// <summary>Spaces and the opening quote marks.</summary>
    public static readonly char[] SpacesOpeners = [' ', '\u00A0', '«', '"', '“', '„'];

    /// <summary>Spaces and line breaks.</summary>
    public static readonly char[] SpacesNewlines = [' ', '\u00A0', '\n'];

    /// <summary>Spaces, line breaks and tabs.</summary>
    public static readonly char[] Whitespace = [' ', '\u00A0', '\n', '\r', '\t'];

    /// <summary>Spaces, commas and round brackets.</summary>
    public static readonly char[] SpacesCommasBrackets = [' ', '\u00A0', ',', '(', ')'];

    /// <summary>What stands before a word's first letter: a space, a line break, a tab, a period or a comma (Latin or Arabic).</summary>
    public static readonly char[] WordStarts = [' ', '\n', '\t', '.', '،', ','];

    /// <summary>Sentence ends and the line break.</summary>
    public static readonly char[] SentenceEnds = ['.', '!', '?', '\n'];

    /// <summary>The opening quote marks a speaker phrase may hold.</summary>
    public static readonly char[] Openers = ['«', '"', '“', '„'];

    /// <summary>The straight and the typographic apostrophe.</summary>
    public static readonly char[] Apostrophes = ['\'', '’'];

    /// <summary>A comma and a period.</summary>
    public static readonly char[] CommaPeriod = [',', '.'];

    /// <summary>Clause punctuation, straight and guillemet quotes and round brackets at a word's edges.</summary>
    public static readonly char[] WordEdges = [',', '.', ';', ':', '"', '«', '»', '(', ')'];

    /// <summary>A comma, round brackets and quote marks at a word's edges.</summary>
    public static readonly char[] CommaBracketsQuotes = [',', '(', ')', '«', '»', '"'];

    /// <summary>Clause punctuation and every quote mark at a word's edges.</summary>
    public static readonly char[] WordQuotes = [',', ';', ':', '.', '"', '“', '”', '«', '»', '„'];

    /// <summary>Clause punctuation, every quote mark and round brackets at a word's edges.</summary>
    public static readonly char[] WordQuotesBrackets = [',', ';', ':', '.', '"', '“', '”', '«', '»', '„', '(', ')'];

    /// <summary>Clause punctuation but the comma, and every quote mark, at a word's edges.</summary>
    public static readonly char[] WordQuotesNoComma = ['.', ':', ';', '"', '«', '»', '“', '”', '„'];

    /// <summary>Every quote mark and the space around a quoted name.</summary>
    public static readonly char[] QuotesSpace = ['«', '»', '"', '“', '”', '„', ' '];
}
