using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace QuoteLens.Notebooks;

/// <summary>nbformat 4 JSON details: multi-line strings, outputs, and Jupyter's stable formatting.</summary>
internal static class NotebookJson
{
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true,
        IndentCharacter = ' ',
        IndentSize = 1,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>A multi-line string: nbformat allows a string or an array of lines.</summary>
    public static string ReadText(JsonNode? node) => node switch
    {
        null => "",
        JsonArray lines => string.Concat(lines.Select(l => l?.GetValue<string>() ?? "")),
        JsonValue value when value.TryGetValue(out string? text) => text,
        _ => throw new FormatException($"expected a string or a list of lines, found {node.ToJsonString()}"),
    };

    /// <summary>Splits <paramref name="text"/> into lines that keep their "\n", as Jupyter stores them.</summary>
    public static JsonArray WriteText(string text)
    {
        var lines = new JsonArray();
        int start = 0;
        while (start < text.Length)
        {
            int end = text.IndexOf('\n', start);
            end = end < 0 ? text.Length : end + 1;
            lines.Add(text[start..end]);
            start = end;
        }

        return lines;
    }

    public static CellOutput ReadOutput(JsonObject output)
    {
        string type = output["output_type"]?.GetValue<string>() ?? throw new FormatException("an output has no output_type");
        return type switch
        {
            "stream" => new StreamOutput(output["name"]?.GetValue<string>() ?? "stdout", ReadText(output["text"])),
            "display_data" => new DisplayOutput(ReadData(output["data"])),
            "execute_result" => new DisplayOutput(ReadData(output["data"]), output["execution_count"]?.GetValue<int>() ?? 0),
            "error" => new ErrorOutput(
                output["ename"]?.GetValue<string>() ?? "",
                output["evalue"]?.GetValue<string>() ?? "",
                (output["traceback"] as JsonArray)?.Select(l => l?.GetValue<string>() ?? "").ToList() ?? []),
            _ => throw new FormatException($"unknown output_type '{type}'"),
        };
    }

    public static JsonObject WriteOutput(CellOutput output) => output switch
    {
        StreamOutput s => new JsonObject { ["name"] = s.Name, ["output_type"] = "stream", ["text"] = WriteText(s.Text) },
        DisplayOutput { ExecutionCount: { } count } d => new JsonObject
        {
            ["data"] = WriteData(d.Data), ["execution_count"] = count, ["metadata"] = new JsonObject(), ["output_type"] = "execute_result",
        },
        DisplayOutput d => new JsonObject { ["data"] = WriteData(d.Data), ["metadata"] = new JsonObject(), ["output_type"] = "display_data" },
        ErrorOutput e => new JsonObject
        {
            ["ename"] = e.Name, ["evalue"] = e.Value, ["output_type"] = "error", ["traceback"] = new JsonArray([.. e.Traceback.Select(l => (JsonNode?)l)]),
        },
        _ => throw new ArgumentOutOfRangeException(nameof(output), output.GetType().Name),
    };

    /// <summary>The notebook as Jupyter writes it: keys sorted, one-space indent, non-ASCII kept, a final newline.</summary>
    public static string Serialize(JsonNode root)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            Sorted(root)!.WriteTo(writer);
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    private static SortedDictionary<string, string> ReadData(JsonNode? data)
    {
        var bundle = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (mime, value) in data as JsonObject ?? [])
        {
            bundle[mime] = MimeTypes.IsJson(mime) ? value?.ToJsonString() ?? "null" : ReadText(value);
        }

        return bundle;
    }

    private static JsonObject WriteData(IReadOnlyDictionary<string, string> data)
    {
        var json = new JsonObject();
        foreach (var (mime, value) in data.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            json[mime] = MimeTypes.IsJson(mime) ? JsonNode.Parse(value) : WriteText(value);
        }

        return json;
    }

    private static JsonNode? Sorted(JsonNode? node) => node switch
    {
        JsonObject obj => new JsonObject(obj.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => KeyValuePair.Create(p.Key, Sorted(p.Value)))),
        JsonArray array => new JsonArray([.. array.Select(Sorted)]),
        _ => node?.DeepClone(),
    };
}
