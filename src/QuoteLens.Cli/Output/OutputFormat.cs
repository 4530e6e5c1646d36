using System.CommandLine;

namespace QuoteLens.Cli.Output;

/// <summary>How a command prints its result.</summary>
internal enum OutputFormat
{
    /// <summary>Readable tables for a terminal.</summary>
    Table,

    /// <summary>One JSON document.</summary>
    Json,

    /// <summary>CSV with a header row.</summary>
    Csv,
}

/// <summary>The shared <c>--format</c> option.</summary>
internal static class FormatOption
{
    public static Option<OutputFormat> Create() => new("--format", "-f")
    {
        Description = "Output format: table (default), json or csv.",
        DefaultValueFactory = _ => OutputFormat.Table,
    };
}
