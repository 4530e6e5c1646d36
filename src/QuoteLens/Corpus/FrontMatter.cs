using YamlDotNet.Core;
using YamlDotNet.Serialization;

namespace QuoteLens.Corpus;

/// <summary>YAML front matter at the top of an article, between two lines of <c>---</c>.</summary>
internal static class FrontMatter
{
    /// <summary>Parses the front matter of <paramref name="text"/>; returns its scalar fields and where the body starts.</summary>
    public static (Dictionary<string, string> Fields, int BodyStart) Parse(string text)
    {
        var fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (!text.StartsWith("---\n", StringComparison.Ordinal) && !text.StartsWith("---\r\n", StringComparison.Ordinal))
        {
            return (fields, 0);
        }

        int first = text.IndexOf('\n') + 1;
        int close = text.IndexOf("\n---", first - 1, StringComparison.Ordinal);
        if (close < 0)
        {
            return (fields, 0);
        }

        var yaml = text[first..(close + 1)];
        int bodyStart = text.IndexOf('\n', close + 1);
        bodyStart = bodyStart < 0 ? text.Length : bodyStart + 1;
        try
        {
            var map = new DeserializerBuilder().Build().Deserialize<Dictionary<string, object?>>(yaml);
            foreach (var (k, v) in map ?? [])
            {
                if (v is string or null)
                {
                    fields[k] = (string?)v ?? "";
                }
                else
                {
                    fields[k] = Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture) ?? "";
                }
            }
        }
        catch (YamlException)
        {
            return (fields, bodyStart);
        }

        return (fields, bodyStart);
    }
}
