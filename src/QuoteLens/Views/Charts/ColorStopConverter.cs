using System.Text.Json;
using System.Text.Json.Serialization;

namespace QuoteLens.Views.Charts;

/// <summary>Writes a <see cref="ColorStop"/> as plotly's two-element array.</summary>
internal sealed class ColorStopConverter : JsonConverter<ColorStop>
{
    public override ColorStop Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartArray || !reader.Read())
        {
            throw new JsonException("A colour stop is [position, \"colour\"].");
        }

        var position = reader.GetDouble();
        reader.Read();
        var color = reader.GetString() ?? throw new JsonException("A colour stop needs a colour.");
        reader.Read();
        return new ColorStop(position, color);
    }

    public override void Write(Utf8JsonWriter writer, ColorStop value, JsonSerializerOptions options)
    {
        writer.WriteStartArray();
        writer.WriteNumberValue(value.Position);
        writer.WriteStringValue(value.Color);
        writer.WriteEndArray();
    }
}
