using System.Text.RegularExpressions;

namespace QuoteLens.Corpus;

/// <summary>What a furniture rule does with a matching line.</summary>
internal enum FurnitureAction
{
    /// <summary>Drop the line only.</summary>
    DropLine,

    /// <summary>Drop the line; in the second half of the text, drop everything after it too (lists of other stories, appeals, live feeds).</summary>
    EndsStory,

    /// <summary>An image credit: drop it and the caption lines just above it in the same block.</summary>
    ImageCredit,
}

/// <summary>One kind of page furniture, recognised by a pattern over a whole (short) line.</summary>
/// <param name="Name">A plain name, used in explanations ("dropped as 'read-more list'").</param>
/// <param name="Pattern">Matches a furniture line (anchored where the kind allows).</param>
/// <param name="Action">What to drop.</param>
/// <param name="OnlyWithoutFullStop">Match only lines that do not end like a sentence (a by-line has no full stop; a story sentence has).</param>
internal sealed record FurnitureRule(string Name, Regex Pattern, FurnitureAction Action, bool OnlyWithoutFullStop = false);

/// <summary>
/// The page furniture that news pages wrap around a story: navigation, by-lines, image credits, appeals for
/// donations, "Read more"/"Related" lists and time-stamped feeds of other stories. Rules look at one line at a
/// time and only at short lines (furniture is short); the order of <see cref="Rules"/> is the order of matching.
/// </summary>
internal static partial class FurniturePatterns
{
    /// <summary>Lines longer than this are story text, never furniture (and are never run through a pattern).</summary>
    public const int MaxLineLength = 300;

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    /// <summary>Every rule, in matching order.</summary>
    public static IReadOnlyList<FurnitureRule> Rules { get; } =
    [
        new("read-more list", ReadMore(), FurnitureAction.EndsStory),
        new("related-articles list", Related(), FurnitureAction.EndsStory),
        new("donation appeal", AppealThatEndsStory(), FurnitureAction.EndsStory),
        new("closing by-line", ClosingByline(), FurnitureAction.EndsStory),
        new("date or time stamp", DateOrTime(), FurnitureAction.EndsStory),
        new("image credit", CreditLabel(), FurnitureAction.ImageCredit),
        new("image credit", TrailingCredit(), FurnitureAction.ImageCredit, OnlyWithoutFullStop: true),
        new("by-line", Byline(), FurnitureAction.DropLine, OnlyWithoutFullStop: true),
        new("site furniture", SiteFurniture(), FurnitureAction.DropLine),
        new("donation appeal", AppealLine(), FurnitureAction.DropLine),
        new("tag list", TagList(), FurnitureAction.DropLine),
    ];

    /// <summary>The first rule matching <paramref name="line"/> (already trimmed), or null.</summary>
    public static FurnitureRule? Match(ReadOnlySpan<char> line)
    {
        if (line.Length > MaxLineLength)
        {
            return null;
        }

        bool fullStop = EndsLikeSentence(line);
        foreach (var rule in Rules)
        {
            if ((!rule.OnlyWithoutFullStop || !fullStop) && rule.Pattern.IsMatch(line))
            {
                return rule;
            }
        }

        return null;
    }

    /// <summary>True when the line ends with sentence punctuation (before any closing quotes or brackets).</summary>
    public static bool EndsLikeSentence(ReadOnlySpan<char> line)
    {
        var trimmed = line.TrimEnd("\"'”’»)] \u00A0");
        return trimmed.Length > 0 && trimmed[^1] is '.' or '!' or '?' or '…' or ':' or ';';
    }

    /// <summary>A collection tool's "date 2024-03-13" prefix at the start of the first line; the rest of the line is judged on its own.</summary>
    [GeneratedRegex(@"^date\s+\d{4}-\d{2}-\d{2}\b\s*", Options)]
    public static partial Regex DatePrefix();

    [GeneratedRegex(@"^read (?:more|also|next)\b", Options)]
    private static partial Regex ReadMore();

    [GeneratedRegex(@"^(?:related(?: (?:articles?|content|posts?|stories|news|coverage|reading|topics))?|more (?:stories|news|on this (?:topic|story))|recommended(?: for you| stories)?|you may also like|most (?:read|popular)|see also|trending(?: now)?)\s*:?$", Options)]
    private static partial Regex Related();

    [GeneratedRegex(@"we have a (?:small )?favou?r to ask|^did you like this (?:information|article)\?|please consider (?:making a donation|donating|supporting us)", Options)]
    private static partial Regex AppealThatEndsStory();

    [GeneratedRegex(@"^(?:authors?|reporters?|contributors?)\s*:\s*\S|^(?:reporting|writing|editing) by\b", Options)]
    private static partial Regex ClosingByline();

    [GeneratedRegex(@"^(?:(?:\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[a-z]{2,4}\b)?|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?|\d{4}(?:[-/.]\d{1,2}){0,2}|\d{1,2}[./]\d{1,2}[./]\d{4}|updated|published)[\s,.|–—-]*)+$", Options)]
    private static partial Regex DateOrTime();

    [GeneratedRegex(@"^(?:(?:images?|photos?|photographs?|pictures?|video)(?:\s+(?:source|credits?))?|image credits?|source|credits?)\s*:\s*©|^(?:images?|photos?|photographs?|pictures?)(?:\s+(?:source|credits?))?\s*:|^©", Options)]
    private static partial Regex CreditLabel();

    [GeneratedRegex(@"\([^()/]{1,60}/[^()/]{1,60}\)$|\s/\s*\p{Lu}[\p{L}.-]*(?:\s\p{Lu}[\p{L}.-]*){0,3}$", RegexOptions.CultureInvariant)]
    private static partial Regex TrailingCredit();

    [GeneratedRegex(@"^[Bb]y\s+\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+)+", RegexOptions.CultureInvariant)]
    private static partial Regex Byline();

    [GeneratedRegex(@"^(?:skip to (?:main )?content|edit post|this audio is created with ai assistance\.?|please wait(?:\.{3}|…)?|views?:\s*\d+|updated:?|continue(?: reading)?|advertisement|share(?: this(?: article| story)?)?|print|source|comments?|listen to (?:this )?article|\d+\s*min(?:ute)?s? read|news)$", Options)]
    private static partial Regex SiteFurniture();

    [GeneratedRegex(@"^(?:support [^.!?]{1,60}!|contribute today\.?|donate(?: now| today)?\.?)$|\b(?:sign up|subscribe)(?: now| today)\.?$", Options)]
    private static partial Regex AppealLine();

    // Tags are a few words each and never quote: a sentence of short comma-separated clauses ("Поэтому мы — патриоты, а те, кто …»") is no tag list.
    [GeneratedRegex(@"^[^.,;:!?«»“”„""\s]{1,40}(?: [^.,;:!?«»“”„""\s]{1,40}){0,3}(?:,\s*[^.,;:!?«»“”„""\s]{1,40}(?: [^.,;:!?«»“”„""\s]{1,40}){0,3}){3,}$", Options)]
    private static partial Regex TagList();
}
