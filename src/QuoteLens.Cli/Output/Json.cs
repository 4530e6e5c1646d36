using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;

namespace QuoteLens.Cli.Output;

/// <summary>Deterministic, readable JSON for the tool's machine output: UTF-8, indented by two spaces, "\n" line ends, one "\n" at the end.</summary>
internal static class Json
{
    /// <summary>Every letter as written; quote marks, apostrophes and HTML-sensitive characters escaped.</summary>
    private static readonly JavaScriptEncoder Encoder = JavaScriptEncoder.Create(UnicodeRanges.All);

    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        NewLine = "\n",
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        Encoder = Encoder,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    /// <summary>The settings of a hand-driven writer whose output reads as <see cref="Write{T}"/>'s.</summary>
    public static JsonWriterOptions WriterOptions { get; } = new() { Indented = true, NewLine = "\n", Encoder = Encoder };

    /// <summary>Serialises <paramref name="value"/> to <paramref name="stream"/> as it goes (never the whole document in memory).</summary>
    public static void Write<T>(Stream stream, T value)
    {
        JsonSerializer.Serialize(stream, value, Options);
        EndDocument(stream);
    }

    /// <summary>Ends a document: the line end after its closing bracket.</summary>
    public static void EndDocument(Stream stream) => stream.WriteByte((byte)'\n');
}
