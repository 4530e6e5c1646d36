using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;

namespace QuoteLens.Views;

/// <summary>CSV writing and reading with one configuration: invariant culture, "\n" line ends.</summary>
internal static class Csv
{
    public static CsvConfiguration Configuration { get; } = new(CultureInfo.InvariantCulture) { NewLine = "\n" };

    /// <summary>Writes typed records (header from the record's properties).</summary>
    public static string WriteRecords<TRow>(IEnumerable<TRow> rows)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = new CsvWriter(text, Configuration))
        {
            csv.WriteRecords(rows);
        }

        return text.ToString();
    }

    /// <summary>Writes a header and rows of fields, for views whose columns depend on the data (one per source, one per slot).</summary>
    public static string WriteFields(IEnumerable<string> header, IEnumerable<IEnumerable<string>> rows)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = new CsvWriter(text, Configuration))
        {
            foreach (var row in rows.Prepend(header))
            {
                foreach (var field in row)
                {
                    csv.WriteField(field);
                }

                csv.NextRecord();
            }
        }

        return text.ToString();
    }

    /// <summary>Reads CSV text back into rows of fields (the first row is the header).</summary>
    public static List<string[]> ReadFields(string csvText)
    {
        var rows = new List<string[]>();
        using var csv = new CsvParser(new StringReader(csvText), Configuration);
        while (csv.Read())
        {
            rows.Add(csv.Record ?? []);
        }

        return rows;
    }
}
