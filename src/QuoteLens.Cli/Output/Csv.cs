using System.Globalization;
using CsvHelper;

namespace QuoteLens.Cli.Output;

/// <summary>CSV output with CsvHelper: a header from the row type's properties, invariant culture.</summary>
internal static class Csv
{
    public static void Write<T>(TextWriter writer, IEnumerable<T> rows)
    {
        using var csv = new CsvWriter(writer, CultureInfo.InvariantCulture, leaveOpen: true);
        csv.WriteRecords(rows);
    }
}
