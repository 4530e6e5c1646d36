namespace QuoteLens.Reports;

/// <summary>
/// plotly.js (npm package <c>plotly.js-dist-min</c> 4.1.2, MIT licence, Copyright Plotly, Inc.),
/// embedded in the library at build time so that reports and rendered notebooks can inline it and
/// never load anything from the network.
/// </summary>
public static class PlotlyScript
{
    /// <summary>The embedded resource's name.</summary>
    internal const string ResourceName = "QuoteLens.Reports.plotly.min.js";

    private static readonly Lazy<string> Script = new(Read, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The version of plotly.js embedded.</summary>
    public const string Version = "4.1.2";

    /// <summary>The licence plotly.js is distributed under.</summary>
    public const string License = "MIT";

    /// <summary>The minified plotly.js source, read from the library's resources on first use.</summary>
    public static string Source => Script.Value;

    private static string Read()
    {
        using var stream = typeof(PlotlyScript).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The resource {ResourceName} is missing from {typeof(PlotlyScript).Assembly.GetName().Name}: the build's `npm ci` step did not run.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
