namespace QuoteLens.Views.Charts;

/// <summary>The colours and font QuoteLens charts use (colour-blind safe, dark text on light fills).</summary>
internal static class Palette
{
    public const string Primary = "#1f5f99";
    public const string Secondary = "#e0a33a";

    /// <summary>A light-to-dark blue scale for values from 0 to 1.</summary>
    public static IReadOnlyList<ColorStop> Sequential { get; } = [new(0, "#f2f6fb"), new(0.5, "#7fa8d1"), new(1, "#1f4e79")];

    /// <summary>Distinct colours for readings, most common first (Okabe–Ito).</summary>
    public static IReadOnlyList<string> Categories { get; } = ["#56b4e9", "#e69f00", "#009e73", "#f0e442", "#cc79a7", "#0072b2", "#d55e00", "#999999"];

    public static Font Font { get; } = new("system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif", 13, "#1a1a1a");
}
