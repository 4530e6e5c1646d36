using System.Globalization;
using System.Text;
using QuoteLens.Quotes;

namespace QuoteLens.Views;

/// <summary>
/// The HTML ids of articles and quotes in a report's appendix, so that any view can link a version to
/// its passage in context. Ids keep ASCII letters, digits and '-' and spell every other character as
/// <c>_XX</c> (up to U+00FF) or <c>__XXXX</c> (above): a code in which no spelling is the start of another,
/// so different ids never collide.
/// </summary>
internal static class Anchors
{
    /// <summary>The id of an article's section in the appendix.</summary>
    public static string Article(string articleId) => "art-" + Slug(articleId);

    /// <summary>The id of a quote's highlighted passage in the appendix.</summary>
    public static string Quote(Quote quote) => "q-" + Slug(quote.Id);

    private static string Slug(string id)
    {
        var slug = new StringBuilder(id.Length);
        foreach (var c in id)
        {
            if (char.IsAsciiLetterOrDigit(c) || c == '-')
            {
                slug.Append(c);
            }
            else
            {
                slug.Append(c <= '\u00FF' ? "_" : "__").Append(((int)c).ToString(c <= '\u00FF' ? "X2" : "X4", CultureInfo.InvariantCulture));
            }
        }

        return slug.ToString();
    }
}
