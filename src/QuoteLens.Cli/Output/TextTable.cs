using Spectre.Console;
using Spectre.Console.Rendering;

namespace QuoteLens.Cli.Output;

/// <summary>
/// A terminal table that wraps at word boundaries: each column is at least as wide as its longest word where the width
/// allows, short one-word columns (ids, dates, numbers, language codes) are never broken, and the space left goes to
/// the columns of running text. Rendered by Spectre.Console with the widths worked out here, so it fits the console's
/// width (<see cref="Terminal"/>). Cells are Spectre markup (escape plain text with <see cref="Markup.Escape"/>).
/// </summary>
internal sealed class TextTable : IRenderable
{
    /// <summary>A column whose cells are all one word of at most this many characters is never broken.</summary>
    public const int ShortWord = 12;

    private readonly string[] _headers;
    private readonly List<string[]> _rows = [];

    public TextTable(params string[] headers) => _headers = headers;

    /// <summary>The table's title, as markup.</summary>
    public string? Title { get; init; }

    /// <summary>The border (square by default).</summary>
    public TableBorder Border { get; init; } = TableBorder.Square;

    /// <summary>Adds a row of markup cells (missing cells are empty).</summary>
    public TextTable AddRow(params string[] cells)
    {
        _rows.Add([.. Enumerable.Range(0, _headers.Length).Select(i => i < cells.Length ? cells[i] ?? "" : "")]);
        return this;
    }

    /// <summary>Adds an empty row (a separator between blocks of rows).</summary>
    public TextTable AddEmptyRow() => AddRow();

    public Measurement Measure(RenderOptions options, int maxWidth) => ((IRenderable)Build(maxWidth)).Measure(options, maxWidth);

    public IEnumerable<Segment> Render(RenderOptions options, int maxWidth) => ((IRenderable)Build(maxWidth)).Render(options, maxWidth);

    private Table Build(int maxWidth)
    {
        var plain = new List<string[]> { _headers.Select(Markup.Remove).ToArray() };
        plain.AddRange(_rows.Select(r => r.Select(Markup.Remove).ToArray()));
        var widths = Widths(plain, maxWidth - (3 * _headers.Length) - 1);
        var table = new Table { Border = Border };
        if (Title is not null)
        {
            table.Title = new TableTitle(Title);
        }

        for (int i = 0; i < _headers.Length; i++)
        {
            table.AddColumn(new TableColumn(_headers[i]) { Width = widths[i] });
        }

        foreach (var row in _rows)
        {
            table.AddRow(row.Select(cell => (IRenderable)new Markup(cell)).ToArray());
        }

        return table;
    }

    /// <summary>
    /// The width of each column (rows[0] is the header) for <paramref name="available"/> characters of content: every
    /// column's longest line when they all fit; else every column as wide as its longest word, short one-word columns
    /// whole, and the rest shared out by how much each column's text needs; when even the words do not fit, the widest
    /// columns of running text give way first.
    /// </summary>
    internal static int[] Widths(IReadOnlyList<string[]> rows, int available)
    {
        int n = rows[0].Length;
        var min = new int[n];
        var max = new int[n];
        var keep = new bool[n];
        for (int c = 0; c < n; c++)
        {
            var lines = rows.SelectMany(r => r[c].Split('\n')).ToList();
            max[c] = Math.Max(1, lines.Max(Length));
            min[c] = Math.Max(1, lines.SelectMany(l => l.Split(' ')).Max(Length));
            keep[c] = rows.Skip(1).All(r => !r[c].Contains(' ', StringComparison.Ordinal) && !r[c].Contains('\n', StringComparison.Ordinal) && Length(r[c]) <= ShortWord)
                && Length(rows[0][c]) <= ShortWord;
            if (keep[c])
            {
                min[c] = max[c];
            }
        }

        if (max.Sum() <= available)
        {
            return max;
        }

        var widths = (int[])min.Clone();
        while (widths.Sum() > available)
        {
            int widest = Widest(widths, c => !keep[c] && widths[c] > 1);
            if (widest < 0)
            {
                widest = Widest(widths, c => widths[c] > 1);
            }

            if (widest < 0)
            {
                break;
            }

            widths[widest]--;
        }

        int extra = available - widths.Sum();
        int wanted = Enumerable.Range(0, n).Sum(c => max[c] - widths[c]);
        if (extra > 0 && wanted > 0)
        {
            var shares = Enumerable.Range(0, n).Select(c => (long)extra * (max[c] - widths[c]) / wanted).ToArray();
            for (int c = 0; c < n; c++)
            {
                widths[c] += (int)shares[c];
            }

            for (int c = 0, left = extra - (int)shares.Sum(); left > 0 && c < n; c++)
            {
                if (widths[c] < max[c])
                {
                    widths[c]++;
                    left--;
                }
            }
        }

        return widths;
    }

    private static int Widest(int[] widths, Func<int, bool> eligible)
    {
        int best = -1;
        for (int c = 0; c < widths.Length; c++)
        {
            if (eligible(c) && (best < 0 || widths[c] > widths[best]))
            {
                best = c;
            }
        }

        return best;
    }

    private static int Length(string text) => text.Length;
}
