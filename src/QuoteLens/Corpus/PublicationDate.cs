using System.Globalization;
using System.Text.RegularExpressions;

namespace QuoteLens.Corpus;

/// <summary>
/// Reads a publication date from a metadata value: an ISO date (with anything after it, such as a time or
/// "(from URL)"), or a written date in English ("March 13, 2024", "13 March 2024") or day-first digits ("13.03.2024").
/// A month alone ("2024-02") or prose ("not shown in stored excerpt") is no date: the caller warns and keeps the text.
/// </summary>
internal static partial class PublicationDate
{
    private static readonly string[] WrittenFormats =
    [
        "MMMM d, yyyy", "MMM d, yyyy", "MMM. d, yyyy", "d MMMM yyyy", "d MMM yyyy", "dd.MM.yyyy", "d.M.yyyy", "yyyy/MM/dd", "yyyy/M/d",
    ];

    /// <summary>Parses <paramref name="value"/>; on failure <paramref name="problem"/> says why, in words a reader can act on.</summary>
    public static bool TryParse(string value, out DateOnly date, out string? problem)
    {
        var text = value.Trim();
        problem = null;
        if (IsoDate().Match(text) is { Success: true } iso
            && DateOnly.TryParseExact(iso.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
        {
            return true;
        }

        if (DateOnly.TryParseExact(text, WrittenFormats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out date))
        {
            return true;
        }

        problem = YearMonth().IsMatch(text)
            ? $"date '{text}' names only a month; Published is left empty (the text is kept in Metadata)"
            : $"'{text}' is not a date; Published is left empty (the text is kept in Metadata)";
        return false;
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}(?=$|[^\d])")]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"^\d{4}-\d{2}(?=$|[^\d-])")]
    private static partial Regex YearMonth();
}
