using System.Globalization;
using System.Text;
using CsvHelper;

namespace QuoteLens.Cli.Output;

/// <summary>CSV output with CsvHelper: UTF-8 with a byte-order mark (so that spreadsheets such as Excel read Cyrillic and accents right), a header from the row type's properties, invariant culture.</summary>
internal static class Csv
{
    private const int BufferChars = 1 << 16;

    public static void Write<T>(Stream stream, IEnumerable<T> rows)
    {
        using var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), BufferChars, leaveOpen: true);
        using var csv = new CsvWriter(writer, CultureInfo.InvariantCulture, leaveOpen: true);
        csv.WriteRecords(rows);
    }
}
