using System.Net;

namespace QuoteLens.Views;

/// <summary>Small HTML pieces shared by the views: encoding, language attributes, screen-reader text.</summary>
internal static class Html
{
    /// <summary>Encodes text for an element's content or a quoted attribute value (&lt; &gt; &amp; " ' all encoded).</summary>
    public static string Encode(string? text) => WebUtility.HtmlEncode(text ?? "");

    /// <summary>The attributes for text from an article: its language and <c>dir="auto"</c> so right-to-left text shows right.</summary>
    public static string TextAttributes(string language) => $" lang=\"{Encode(language)}\" dir=\"auto\"";

    /// <summary>Text read by screen readers but not shown (class <c>ql-sr</c>).</summary>
    public static string ScreenReaderOnly(string text) => $"<span class=\"ql-sr\">{Encode(text)}</span>";

    /// <summary>A visible sign that screen readers skip (class <c>ql-sign</c>).</summary>
    public static string Sign(string sign) => $"<span class=\"ql-sign\" aria-hidden=\"true\">{Encode(sign)}</span>";

    /// <summary>A wrapper that lets a wide table scroll by keyboard as well as by mouse.</summary>
    public static string Scrollable(string label, string content) =>
        $"<div class=\"ql-scroll\" role=\"region\" tabindex=\"0\" aria-label=\"{Encode(label)}\">\n{content}</div>\n";

    /// <summary>Shortens <paramref name="text"/> to at most <paramref name="max"/> characters at a word boundary, with an ellipsis.</summary>
    public static string Shorten(string text, int max)
    {
        var flat = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (flat.Length <= max)
        {
            return flat;
        }

        int cut = flat.LastIndexOf(' ', max - 1);
        return flat[..(cut > max / 2 ? cut : max - 1)] + "…";
    }
}
