using System.Text.Json.Serialization;

namespace QuoteLens.Views.Charts;

/// <summary>A plotly.js trace; the <c>type</c> property names the subclass.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(HeatmapTrace), "heatmap")]
[JsonDerivedType(typeof(BarTrace), "bar")]
[JsonDerivedType(typeof(ScatterTrace), "scatter")]
public abstract record Trace
{
    /// <summary>The trace's name (legend and hover).</summary>
    [JsonPropertyName("name")]
    public string? Name { get; init; }

    /// <summary>The hover label template, e.g. <c>"%{y}: %{x}&lt;extra&gt;&lt;/extra&gt;"</c>.</summary>
    [JsonPropertyName("hovertemplate")]
    public string? HoverTemplate { get; init; }
}

/// <summary>A heatmap: a matrix of values <see cref="Z"/> with row labels <see cref="Y"/> and column labels <see cref="X"/>.</summary>
/// <param name="X">Column labels.</param>
/// <param name="Y">Row labels.</param>
/// <param name="Z">One row of values per <see cref="Y"/> label; null where there is no value.</param>
public sealed record HeatmapTrace(
    [property: JsonPropertyName("x")] IReadOnlyList<string> X,
    [property: JsonPropertyName("y")] IReadOnlyList<string> Y,
    [property: JsonPropertyName("z")] IReadOnlyList<IReadOnlyList<double?>> Z) : Trace
{
    /// <summary>Text per cell, same shape as <see cref="Z"/>.</summary>
    [JsonPropertyName("text")]
    public IReadOnlyList<IReadOnlyList<string>>? Text { get; init; }

    /// <summary>Template for the text drawn in each cell, e.g. <c>"%{text}"</c>.</summary>
    [JsonPropertyName("texttemplate")]
    public string? TextTemplate { get; init; }

    /// <summary>The size of the text drawn in the cells (plotly shrinks it to fit otherwise).</summary>
    [JsonPropertyName("textfont")]
    public TextFont? TextFont { get; init; }

    /// <summary>The colour scale, from the lowest value (0) to the highest (1).</summary>
    [JsonPropertyName("colorscale")]
    public IReadOnlyList<ColorStop>? ColorScale { get; init; }

    /// <summary>The value given the lowest colour.</summary>
    [JsonPropertyName("zmin")]
    public double? ZMin { get; init; }

    /// <summary>The value given the highest colour.</summary>
    [JsonPropertyName("zmax")]
    public double? ZMax { get; init; }

    /// <summary>Whether to draw the colour bar.</summary>
    [JsonPropertyName("showscale")]
    public bool? ShowScale { get; init; }

    /// <summary>Gap between columns in pixels.</summary>
    [JsonPropertyName("xgap")]
    public int? XGap { get; init; }

    /// <summary>Gap between rows in pixels.</summary>
    [JsonPropertyName("ygap")]
    public int? YGap { get; init; }
}

/// <summary>A bar chart trace: categories <see cref="Y"/> (horizontal bars) or <see cref="X"/> (vertical bars) and their values.</summary>
/// <param name="X">Values (horizontal) or categories (vertical).</param>
/// <param name="Y">Categories (horizontal) or values (vertical).</param>
public sealed record BarTrace(
    [property: JsonPropertyName("x")] IReadOnlyList<object> X,
    [property: JsonPropertyName("y")] IReadOnlyList<object> Y) : Trace
{
    /// <summary>"h" for horizontal bars, "v" (plotly's default) for vertical ones.</summary>
    [JsonPropertyName("orientation")]
    public string? Orientation { get; init; }

    /// <summary>Text drawn on each bar.</summary>
    [JsonPropertyName("text")]
    public IReadOnlyList<string>? Text { get; init; }

    /// <summary>Where the bar text goes ("auto", "inside", "outside", "none").</summary>
    [JsonPropertyName("textposition")]
    public string? TextPosition { get; init; }

    /// <summary>Bar colour and outline.</summary>
    [JsonPropertyName("marker")]
    public Marker? Marker { get; init; }
}

/// <summary>A scatter trace: points at (<see cref="X"/>, <see cref="Y"/>), drawn as markers, lines or both.</summary>
/// <param name="X">The x values (numbers, or dates as ISO 8601 strings on a date axis).</param>
/// <param name="Y">The y values (numbers or categories).</param>
public sealed record ScatterTrace(
    [property: JsonPropertyName("x")] IReadOnlyList<object> X,
    [property: JsonPropertyName("y")] IReadOnlyList<object> Y) : Trace
{
    /// <summary>"markers", "lines", "lines+markers" …</summary>
    [JsonPropertyName("mode")]
    public string? Mode { get; init; }

    /// <summary>Text per point (shown on hover through <c>%{text}</c>).</summary>
    [JsonPropertyName("text")]
    public IReadOnlyList<string>? Text { get; init; }

    /// <summary>The points' look.</summary>
    [JsonPropertyName("marker")]
    public ScatterMarker? Marker { get; init; }
}

/// <summary>The look of scatter points: colour, symbol (so series differ by more than colour) and size.</summary>
/// <param name="Color">Fill colour (CSS colour).</param>
/// <param name="Symbol">plotly's symbol name ("circle", "square", "diamond", "triangle-up", "x" …).</param>
/// <param name="Size">Diameter in pixels.</param>
public sealed record ScatterMarker(
    [property: JsonPropertyName("color")] string Color,
    [property: JsonPropertyName("symbol")] string Symbol,
    [property: JsonPropertyName("size")] int Size);

/// <summary>The font of text drawn on a trace; its colour is chosen by plotly for contrast with the fill.</summary>
/// <param name="Size">Size in pixels.</param>
public sealed record TextFont([property: JsonPropertyName("size")] int Size);

/// <summary>The look of bars or points.</summary>
/// <param name="Color">Fill colour (CSS colour).</param>
public sealed record Marker([property: JsonPropertyName("color")] string Color)
{
    /// <summary>A fill pattern, so that series differ by more than colour.</summary>
    [JsonPropertyName("pattern")]
    public Pattern? Pattern { get; init; }
}

/// <summary>A fill pattern for bars.</summary>
/// <param name="Shape">"", "/", "\\", "x", "-", "|", "+" or ".".</param>
public sealed record Pattern([property: JsonPropertyName("shape")] string Shape);

/// <summary>One stop of a colour scale: a position from 0 to 1 and a colour; written as <c>[position, "colour"]</c>.</summary>
/// <param name="Position">Where the colour applies, 0 (lowest value) to 1 (highest).</param>
/// <param name="Color">A CSS colour.</param>
[JsonConverter(typeof(ColorStopConverter))]
public sealed record ColorStop(double Position, string Color);
