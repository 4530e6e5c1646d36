using System.Globalization;
using System.Text;

namespace QuoteLens.Benchmarks.Generation;

/// <summary>
/// Writes one article of a plan: headline, sometimes a by-line, story paragraphs with the planted quotes spread
/// through them, and sometimes page furniture at the end (a donation appeal, a "Read more" list). Each article has
/// its own random source, so articles can be written in parallel and still come out the same.
/// </summary>
internal sealed class ArticleWriter
{
    private const int MeanWords = 700;
    private const int MinWords = 300;
    private const int MaxWords = 1500;

    private static readonly DateOnly Epoch = new(2024, 1, 1);

    private readonly StoryPlan _plan;
    private readonly int _index;
    private readonly Rng _rng;
    private readonly Vocabulary _vocabulary;
    private readonly Story _story;
    private readonly int _outlet;
    private readonly string _file;
    private readonly List<KeyEntry> _key = [];
    private (string Open, string Close) _marks;

    public ArticleWriter(StoryPlan plan, int index, int seed, Vocabulary vocabulary)
    {
        _plan = plan;
        _index = index;
        _rng = Rng.For(seed, index);
        _vocabulary = vocabulary;
        _story = plan.Stories[plan.Articles[index].Story];
        _outlet = _rng.Next(CorpusGenerator.Outlets);
        _marks = CorpusGenerator.OutletMarks(_outlet);
        _file = CorpusGenerator.FileName(index);
    }

    public WrittenArticle Write()
    {
        var (_, statements, translation) = _plan.Articles[_index];
        string language = translation?.Language ?? "en";
        if (translation is not null)
        {
            _marks = language is "ru" or "uk" or "fr" or "pt" ? ("«", "»") : language is "de" or "ro" ? ("„", "“") : ("“", "”");
        }

        var quotes = new List<string>();
        if (translation is not null)
        {
            quotes.Add(Translated(translation));
        }

        quotes.AddRange(StatementQuotes(statements));
        for (int l = 1; l <= _plan.LocalQuotes[_index]; l++)
        {
            quotes.Add(LocalQuote(l));
        }

        string title = Headline();
        var body = Body(quotes, TargetWords());
        var text = new StringBuilder();
        text.Append(title).Append("\n\n");
        if (_rng.Chance(0.25))
        {
            text.Append("By ").Append(Vocabulary.Name(_rng)).Append(' ').Append(Vocabulary.Name(_rng)).Append("\n\n");
        }

        foreach (var paragraph in body)
        {
            text.Append(paragraph).Append("\n\n");
        }

        AppendFurniture(text);
        var result = text.ToString();
        string outlet = CorpusGenerator.OutletName(_outlet);
        string published = _plan.Wire[_index] is { } wire
            ? wire.Published is not { } time ? ""
                : wire.HasTime ? time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)
                : time.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : Epoch.AddDays((_story.Index * 7 % 360) + _rng.Next(3)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        if (published.Length == 0)
        {
            published = "unknown";
        }

        string url = string.Create(CultureInfo.InvariantCulture, $"https://outlet{_outlet}.example/{published}/{_index + 1}");
        string notes = translation is null ? $"generated; story {_story.Index + 1}" : $"generated; story {_story.Index + 1}; real versions of {translation.UnitId}";
        return new WrittenArticle(_file, result, CountWords(result), outlet, published, language, url, title, notes, _key);
    }

    private int TargetWords()
    {
        double spread = _rng.NextDouble() + _rng.NextDouble() + _rng.NextDouble() + _rng.NextDouble() - 2;
        return Math.Clamp((int)(MeanWords + (spread * 260)), MinWords, MaxWords);
    }

    /// <summary>A real version from a cross-language corpus, quoted whole.</summary>
    private string Translated(TranslatedVersion version)
    {
        Plant(CorpusGenerator.TranslatedUnitId(version.UnitId), version.Description, version.Kind, version.Text);
        return $"{_story.Speaker} said: {_marks.Open}{version.Text}{_marks.Close}. {Sentence()}";
    }

    /// <summary>The story's statements this outlet quotes, each its own way; two consecutive ones are sometimes merged into one quote.</summary>
    private IEnumerable<string> StatementQuotes(int[] statements)
    {
        var wire = _plan.Wire[_index];
        for (int k = 0; k < statements.Length; k++)
        {
            int s = statements[k];
            var (text, choices) = wire is null ? Version(s) : WireVersion(s, wire.Wordings[k]);
            if (_rng.Chance(wire is null ? 0.2 : 0.1) && Fragment(s, choices) is { } fragment)
            {
                yield return fragment;
                continue;
            }

            Plant(s, text);
            if (k + 1 < statements.Length && statements[k + 1] == s + 1 && _rng.Chance(wire is null ? 0.5 : 0.1))
            {
                var next = wire is null ? Version(s + 1).Text : WireVersion(s + 1, wire.Wordings[k + 1]).Text;
                Plant(s + 1, next);
                yield return $"{_marks.Open}{text}. {next},{_marks.Close} {_story.Speaker} said. {Sentence()}";
                k++;
                continue;
            }

            yield return FullQuote(text, _story.Speaker) + " " + Sentence();
        }
    }

    /// <summary>A wire story's statement <paramref name="s"/> in wording <paramref name="wording"/>, copied word for word.</summary>
    private (string Text, int[] Choices) WireVersion(int s, int wording)
    {
        var choices = _story.Wordings![s][wording];
        return (_story.Statements[s].Render(choices, reorder: false), choices);
    }

    /// <summary>This outlet's rendering of statement <paramref name="s"/>: its synonyms, sometimes its clauses swapped.</summary>
    private (string Text, int[] Choices) Version(int s)
    {
        var statement = _story.Statements[s];
        var choices = Enumerable.Range(0, statement.Slots).Select(_ => _rng.Chance(0.5) ? _rng.Next(4) : 0).ToArray();
        return (statement.Render(choices, reorder: _rng.Chance(0.15)), choices);
    }

    /// <summary>One clause of a statement quoted inside the writer's own sentence; null when the clause is too short to stand for it.</summary>
    private string? Fragment(int s, int[] choices)
    {
        var statement = _story.Statements[s];
        int clause = _rng.Next(statement.Clauses.Count);
        var words = statement.Words(clause, choices).ToList();
        if (words.Count(w => !IsFunctionWord(w)) < 5)
        {
            return null;
        }

        var text = string.Join(' ', words);
        Plant(UnitId(s), Describe(statement.Canonical), "partial", text);
        return $"{_story.Speaker} said the {_vocabulary.Content(_rng)} {_vocabulary.Content(_rng)} was {_marks.Open}{text}{_marks.Close}, {Words(_rng.Between(4, 10))}.";
    }

    private string LocalQuote(int local)
    {
        if (local == 1 && _plan.Blocks[_index])
        {
            return BlockQuote(local);
        }

        var statement = Statement.Create(_vocabulary, _rng);
        var text = statement.Render(new int[statement.Slots], reorder: false);
        Plant(CorpusGenerator.LocalUnitId(_index, local), Describe(text), "quote", text);
        return FullQuote(text, $"{Vocabulary.Name(_rng)} {Vocabulary.Name(_rng)}, a {_vocabulary.Content(_rng)} {_vocabulary.Content(_rng)},");
    }

    /// <summary>
    /// A block quote: one speaker's words over two or three paragraphs, opened once before the first and closed once after
    /// the last (no mark at the paragraph breaks). One unit of one version, a key line per paragraph.
    /// </summary>
    private string BlockQuote(int local)
    {
        var paragraphs = Enumerable.Range(0, _rng.Between(2, 3))
            .Select(_ => Statement.Create(_vocabulary, _rng))
            .Select(st => st.Render(new int[st.Slots], reorder: false))
            .ToList();
        foreach (var paragraph in paragraphs)
        {
            Plant(CorpusGenerator.BlockUnitId(_index), Describe(paragraphs[0]), "quote", paragraph);
        }

        return $"{Vocabulary.Name(_rng)} {Vocabulary.Name(_rng)} said in a statement: {_marks.Open}{string.Join(".\n\n", paragraphs)}.{_marks.Close}";
    }

    /// <summary>A whole quoted sentence with its attribution, in one of the usual shapes.</summary>
    private string FullQuote(string text, string speaker) => _rng.Next(3) switch
    {
        0 => $"{_marks.Open}{text},{_marks.Close} {speaker.TrimEnd(',')} said.",
        1 => $"{speaker.TrimEnd(',')} said: {_marks.Open}{text}.{_marks.Close}",
        _ => $"{_marks.Open}{text},{_marks.Close} {speaker.TrimEnd(',')} told {_vocabulary.Content(_rng)} {Vocabulary.Name(_rng)}.",
    };

    private void Plant(int s, string text) => Plant(UnitId(s), Describe(_story.Statements[s].Canonical), "quote", text);

    /// <summary>The unit of statement <paramref name="s"/> of this article's story: "W…" for a wire story, "S…" otherwise.</summary>
    private string UnitId(int s) => _story.Wordings is null ? CorpusGenerator.StatementUnitId(_story.Index, s) : CorpusGenerator.WireUnitId(_story.Index, s);

    private void Plant(string unit, string description, string kind, string span) => _key.Add(new KeyEntry(unit, description, _file, kind, span));

    private static string Describe(string text) => text.Length <= 80 ? text : text[..80] + "…";

    private static bool IsFunctionWord(string word) => QuoteLens.Text.StopWords.Contains("en", word);

    /// <summary>Story paragraphs of about <paramref name="target"/> words with the quote paragraphs spread through the first four fifths.</summary>
    private List<string> Body(List<string> quotes, int target)
    {
        int words = quotes.Sum(CountWords);
        var filler = new List<string>();
        while (words < target)
        {
            var paragraph = string.Join(' ', Enumerable.Range(0, _rng.Between(2, 4)).Select(_ => Sentence()));
            words += CountWords(paragraph);
            filler.Add(paragraph);
        }

        if (filler.Count > 0 && _rng.Chance(0.3))
        {
            // Scare quotes: one or two words the writer holds at a distance; not statements, so not in the key.
            int at = _rng.Next(filler.Count);
            filler[at] += $" Officials called it a {_marks.Open}{_vocabulary.Content(_rng)}{(_rng.Chance(0.5) ? " " + _vocabulary.Content(_rng) : "")}{_marks.Close}.";
        }

        var body = new List<string>(filler.Count + quotes.Count);
        int placed = 0;
        for (int f = 0; f <= filler.Count; f++)
        {
            while (placed < quotes.Count && (placed + 1) * filler.Count * 4 / 5 / (quotes.Count + 1) <= f)
            {
                body.Add(quotes[placed++]);
            }

            if (f < filler.Count)
            {
                body.Add(filler[f]);
                if (f == filler.Count / 2 && _rng.Chance(0.15))
                {
                    body.Add("Advertisement");
                }
            }
        }

        return body;
    }

    private void AppendFurniture(StringBuilder text)
    {
        if (_rng.Chance(0.35))
        {
            text.Append("We have a small favor to ask. Independent journalism needs your support.\n\n")
                .Append("Support ").Append(CorpusGenerator.OutletName(_outlet)).Append("!\n\n");
        }

        if (_rng.Chance(0.5))
        {
            text.Append("Read more:\n");
            for (int i = _rng.Between(3, 5); i > 0; i--)
            {
                text.Append(Headline()).Append('\n');
            }
        }
    }

    private string Headline() => Vocabulary.Capitalize(Words(_rng.Between(6, 11))) + (_rng.Chance(0.3) ? " in " + Vocabulary.Name(_rng) : "");

    private string Sentence()
    {
        var words = Words(_rng.Between(9, 24));
        if (_rng.Chance(0.3))
        {
            words += " in " + Vocabulary.Name(_rng);
        }

        return Vocabulary.Capitalize(words) + ".";
    }

    private string Words(int count) => string.Join(' ', Enumerable.Range(0, count).Select(_ => _vocabulary.Word(_rng)));

    private static int CountWords(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
}
