using System.CommandLine;
using QuoteLens.Cli.Commands;

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
    private static readonly Dictionary<string, OutputFormat> Names = new(StringComparer.Ordinal)
    {
        ["table"] = OutputFormat.Table,
        ["json"] = OutputFormat.Json,
        ["csv"] = OutputFormat.Csv,
    };

    public static Option<OutputFormat> Create() =>
        OptionChecks.Choice("--format", ["-f"], Names, OutputFormat.Table, "Output format: table (default), json or csv (for spreadsheets: UTF-8 with a byte-order mark)");
}
