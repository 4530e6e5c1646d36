using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.Serialization;

namespace QuoteLens.Corpus;

/// <summary>YAML front matter at the top of an article, between two lines of <c>---</c>.</summary>
/// <param name="Fields">Its scalar fields (lists and maps are kept as their YAML-free string form).</param>
/// <param name="BodyStart">Offset in the text where the article body starts (0 without front matter).</param>
/// <param name="Problem">Why front matter that seemed to be there was not read, or null.</param>
internal sealed record FrontMatter(IReadOnlyDictionary<string, string> Fields, int BodyStart, string? Problem)
{
    private static readonly IDeserializer Yaml = new DeserializerBuilder().Build();

    /// <summary>Parses the front matter of <paramref name="text"/>, if it starts with a <c>---</c> line.</summary>
    public static FrontMatter Parse(string text)
    {
        var fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (!text.StartsWith("---\n", StringComparison.Ordinal) && !text.StartsWith("---\r\n", StringComparison.Ordinal))
        {
            return new FrontMatter(fields, 0, null);
        }

        int first = text.IndexOf('\n', StringComparison.Ordinal) + 1;
        int close = text.IndexOf("\n---", first - 1, StringComparison.Ordinal);
        if (close < 0)
        {
            return new FrontMatter(fields, 0, "starts with '---' but the front matter is never closed by a '---' line; read as text");
        }

        int bodyStart = text.IndexOf('\n', close + 1);
        bodyStart = bodyStart < 0 ? text.Length : bodyStart + 1;
        try
        {
            foreach (var (key, value) in Yaml.Deserialize<Dictionary<string, object?>>(text[first..(close + 1)]) ?? [])
            {
                fields[key] = value switch
                {
                    null => "",
                    string s => s,
                    IDictionary<object, object?> map => string.Join("; ", map.Select(kv => $"{kv.Key}: {kv.Value}")),
                    IEnumerable<object?> list => string.Join("; ", list),
                    _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
                };
            }
        }
        catch (YamlException e)
        {
            return new FrontMatter(fields, bodyStart, $"front matter is not valid YAML (line {e.Start.Line + 1}: {e.Message}); ignored");
        }

        return new FrontMatter(fields, bodyStart, null);
    }
}
