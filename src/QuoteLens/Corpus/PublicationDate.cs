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
    /// <summary>The length of "yyyy-MM-dd".</summary>
    private const int IsoDateLength = 10;

    private static readonly string[] WrittenFormats =
    [
        "MMMM d, yyyy", "MMM d, yyyy", "MMM. d, yyyy", "d MMMM yyyy", "d MMM yyyy", "dd.MM.yyyy", "d.M.yyyy", "yyyy/MM/dd", "yyyy/M/d",
    ];

    /// <summary>Parses <paramref name="value"/>; on failure <paramref name="problem"/> says why, in words a reader can act on.</summary>
    public static bool TryParse(string value, out DateOnly date, out string? problem)
    {
        var text = value.Trim();
        problem = null;
        if (IsoDate().IsMatch(text) && TryIsoDate(text.AsSpan(0, IsoDateLength), out date))
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

    /// <summary>Reads "yyyy-MM-dd" (ASCII digits, a real calendar date) as DateOnly.TryParseExact would, without its general format machinery.</summary>
    private static bool TryIsoDate(ReadOnlySpan<char> text, out DateOnly date)
    {
        date = default;
        if (!int.TryParse(text[..4], NumberStyles.None, CultureInfo.InvariantCulture, out int year)
            || !int.TryParse(text[5..7], NumberStyles.None, CultureInfo.InvariantCulture, out int month)
            || !int.TryParse(text[8..], NumberStyles.None, CultureInfo.InvariantCulture, out int day)
            || year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateOnly(year, month, day);
        return true;
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}(?=$|[^\d])")]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"^\d{4}-\d{2}(?=$|[^\d-])")]
    private static partial Regex YearMonth();
}
