using System.Text.Json.Serialization;

namespace QuoteLens.Views.Charts;

/// <summary>A figure's layout: title, axes, size and margins.</summary>
public sealed record Layout
{
    /// <summary>The chart's title.</summary>
    [JsonPropertyName("title")]
    public Title? Title { get; init; }

    /// <summary>The horizontal axis.</summary>
    [JsonPropertyName("xaxis")]
    public Axis? XAxis { get; init; }

    /// <summary>The vertical axis.</summary>
    [JsonPropertyName("yaxis")]
    public Axis? YAxis { get; init; }

    /// <summary>How several bar traces share a category: "stack", "group", "overlay".</summary>
    [JsonPropertyName("barmode")]
    public string? BarMode { get; init; }

    /// <summary>Whether the legend shows.</summary>
    [JsonPropertyName("showlegend")]
    public bool? ShowLegend { get; init; }

    /// <summary>Height in pixels.</summary>
    [JsonPropertyName("height")]
    public int? Height { get; init; }

    /// <summary>Margins in pixels.</summary>
    [JsonPropertyName("margin")]
    public Margin? Margin { get; init; }

    /// <summary>The default font.</summary>
    [JsonPropertyName("font")]
    public Font? Font { get; init; }
}

/// <summary>A title.</summary>
/// <param name="Text">The title's text.</param>
public sealed record Title([property: JsonPropertyName("text")] string Text);

/// <summary>An axis.</summary>
public sealed record Axis
{
    /// <summary>The axis title.</summary>
    [JsonPropertyName("title")]
    public Title? Title { get; init; }

    /// <summary>The axis type ("category", "linear" ...).</summary>
    [JsonPropertyName("type")]
    public string? Type { get; init; }

    /// <summary>"reversed" to draw the first category at the top.</summary>
    [JsonPropertyName("autorange")]
    public string? AutoRange { get; init; }

    /// <summary>Whether the margins grow to fit long tick labels.</summary>
    [JsonPropertyName("automargin")]
    public bool? AutoMargin { get; init; }

    /// <summary>Step between ticks (1 for every integer).</summary>
    [JsonPropertyName("dtick")]
    public double? DTick { get; init; }

    /// <summary>Tick label angle in degrees.</summary>
    [JsonPropertyName("tickangle")]
    public double? TickAngle { get; init; }
}

/// <summary>Margins in pixels.</summary>
/// <param name="L">Left.</param>
/// <param name="R">Right.</param>
/// <param name="T">Top.</param>
/// <param name="B">Bottom.</param>
public sealed record Margin(
    [property: JsonPropertyName("l")] int L,
    [property: JsonPropertyName("r")] int R,
    [property: JsonPropertyName("t")] int T,
    [property: JsonPropertyName("b")] int B);

/// <summary>A font.</summary>
/// <param name="Family">CSS font family list.</param>
/// <param name="Size">Size in pixels.</param>
/// <param name="Color">Text colour.</param>
public sealed record Font(
    [property: JsonPropertyName("family")] string Family,
    [property: JsonPropertyName("size")] int Size,
    [property: JsonPropertyName("color")] string Color);

/// <summary>How a figure can be used interactively.</summary>
/// <param name="Responsive">Redraw when the window resizes.</param>
/// <param name="DisplayLogo">Show the plotly logo (a link to plotly's site) in the mode bar.</param>
public sealed record Config(
    [property: JsonPropertyName("responsive")] bool Responsive,
    [property: JsonPropertyName("displaylogo")] bool DisplayLogo)
{
    /// <summary>The settings used by QuoteLens: responsive, no logo link, nothing that reaches the network.</summary>
    public static Config Offline { get; } = new(Responsive: true, DisplayLogo: false);
}
