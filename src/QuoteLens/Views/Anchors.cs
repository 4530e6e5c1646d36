using System.Globalization;
using System.Text;
using QuoteLens.Quotes;

namespace QuoteLens.Views;

/// <summary>
/// The HTML ids of articles and quotes in a report's appendix, so that any view can link a version to
/// its passage in context. Ids keep letters, digits and '-' and spell every other character as
/// <c>_XX</c>, so different ids never collide.
/// </summary>
public static class Anchors
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
                slug.Append('_').Append(((int)c).ToString("X2", CultureInfo.InvariantCulture));
            }
        }

        return slug.ToString();
    }
}
