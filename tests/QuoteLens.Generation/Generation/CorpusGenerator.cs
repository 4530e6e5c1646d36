using System.Globalization;
using System.Text;
using CsvHelper;
using QuoteLens.Corpus;

namespace QuoteLens.Benchmarks.Generation;

/// <summary>A utterance planted in a generated corpus, and how many articles carry a version of it.</summary>
/// <param name="Id">The unit id written to gold.tsv.</param>
/// <param name="Versions">The number of versions planted (one per article).</param>
public sealed record PlantedUnit(string Id, int Versions);

/// <summary>What the generator wrote.</summary>
/// <param name="Directory">The corpus folder.</param>
/// <param name="Articles">The number of articles.</param>
/// <param name="Words">The number of words over all articles (white-space separated).</param>
/// <param name="Units">Every planted utterance, shared or not.</param>
public sealed record GeneratedCorpus(string Directory, int Articles, long Words, IReadOnlyList<PlantedUnit> Units);

/// <summary>
/// Writes a synthetic news corpus in the kit's format: N article files (about 700 words each: headline, by-line,
/// paragraphs, quotes, and sometimes a donation appeal and a "Read more" list), an articles.csv manifest, and an
/// answer key (gold.tsv, the format of data/*/gold.tsv) naming every planted quote. Stories are covered by one to
/// thirty outlets; each outlet quotes a few of the story's statements its own way (other synonyms, cut to a fragment,
/// clauses swapped, two sentences merged into one quote or quoted apart, its house quote marks), and quotes some
/// sources no other article has. A few stories carry real versions of one utterance in several languages, taken from
/// the bundled cross-language corpora. The same seed gives the same bytes.
/// </summary>
public static class CorpusGenerator
{
    /// <summary>The answer key's file name.</summary>
    public const string AnswerKeyFile = "gold.tsv";

    /// <summary>A hidden file (the loader skips it) that says what was generated, so a finished corpus can be reused.</summary>
    public const string MarkerFile = ".generated";

    private const int Version = 3;

    /// <summary>The share of articles that carry a wire story (a few statements syndicated to hundreds of outlets).</summary>
    private const double WireShare = 0.35;

    /// <summary>No statement is carried by more articles than this.</summary>
    internal const int MaxCarriers = 5000;

    /// <summary>Wire stories smaller than this are not planted (the rest of the budget goes to ordinary stories).</summary>
    private const int MinWireStory = 40;
    private const double TranslationShare = 0.03;
    /// <summary>The number of outlets articles are spread over.</summary>
    internal const int Outlets = 600;

    private static readonly (string Open, string Close)[] HouseMarks = [("“", "”"), ("\"", "\""), ("‘", "’"), ("«", "»"), ("“", "”")];

    /// <summary>The marker text for a corpus of <paramref name="articles"/> articles and seed <paramref name="seed"/>.</summary>
    public static string Marker(int articles, int seed) => string.Create(CultureInfo.InvariantCulture, $"quotelens-generated v{Version} articles={articles} seed={seed}\n");

    /// <summary>True when <paramref name="directory"/> holds a finished corpus generated with the same settings.</summary>
    public static bool IsGenerated(string directory, int articles, int seed)
    {
        var marker = Path.Combine(directory, MarkerFile);
        return File.Exists(marker) && File.ReadAllText(marker) == Marker(articles, seed);
    }

    /// <summary>
    /// Writes <paramref name="articles"/> articles into <paramref name="directory"/> (created; article files, manifest and
    /// key there are replaced). The corpus is written into a staging folder beside it first and then moved in, a whole
    /// file at a time, so another process reading the folder meanwhile (a second notebook, a parallel test) sees every
    /// file either as it was or as it is now, never half written.
    /// </summary>
    /// <param name="directory">The output folder.</param>
    /// <param name="articles">How many articles.</param>
    /// <param name="seed">The seed; the same seed gives the same bytes.</param>
    /// <param name="dataDirectory">The repository's data/ folder (for the cross-language versions).</param>
    public static GeneratedCorpus Generate(string directory, int articles, int seed, string dataDirectory)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(articles);
        string target = Path.TrimEndingDirectorySeparator(Path.GetFullPath(directory));
        string staging = target + ".staging-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture) + "-" + Guid.NewGuid().ToString("N");
        Directory.CreateDirectory(staging);
        try
        {
            var vocabulary = new Vocabulary();
            var plan = Plan(articles, seed, vocabulary, TranslationUnits.Load(dataDirectory));
            var written = new WrittenArticle[articles];
            Parallel.For(0, articles, i =>
            {
                var article = new ArticleWriter(plan, i, seed, vocabulary).Write();
                File.WriteAllText(Path.Combine(staging, article.File), article.Text, new UTF8Encoding(false));
                written[i] = article;
            });

            WriteManifest(Path.Combine(staging, CorpusLoader.ManifestFile), written);
            WriteKey(Path.Combine(staging, AnswerKeyFile), written);
            File.WriteAllText(Path.Combine(staging, MarkerFile), Marker(articles, seed));
            Publish(staging, target);
            return new GeneratedCorpus(directory, articles, written.Sum(w => (long)w.Words), plan.Units);
        }
        finally
        {
            if (Directory.Exists(staging))
            {
                Directory.Delete(staging, recursive: true);
            }
        }
    }

    /// <summary>Moves the staged corpus into <paramref name="target"/>: the whole folder in one rename when there is none
    /// yet, otherwise file by file (each move replaces one file at once), the marker last.</summary>
    private static void Publish(string staging, string target)
    {
        if (!Directory.Exists(target))
        {
            try
            {
                Directory.Move(staging, target);
                return;
            }
            catch (IOException) when (Directory.Exists(target))
            {
                // Another process published the same folder first: replace its files below.
            }
        }

        File.Delete(Path.Combine(target, MarkerFile));
        foreach (string file in Directory.GetFiles(staging).Order(StringComparer.Ordinal))
        {
            string name = Path.GetFileName(file);
            if (name != MarkerFile)
            {
                File.Move(file, Path.Combine(target, name), overwrite: true);
            }
        }

        File.Move(Path.Combine(staging, MarkerFile), Path.Combine(target, MarkerFile), overwrite: true);
    }

    private static StoryPlan Plan(int articles, int seed, Vocabulary vocabulary, IReadOnlyList<IReadOnlyList<TranslatedVersion>> translations)
    {
        var rng = Rng.For(seed, -1);
        var stories = new List<Story>();
        var assignments = new List<(int Story, int[] Statements, TranslatedVersion? Translation)>(articles);
        var units = new List<PlantedUnit>();
        int budget = (int)(articles * TranslationShare);
        foreach (var unit in translations.Where(u => u.Count <= budget))
        {
            if (assignments.Count + unit.Count > budget)
            {
                break;
            }

            stories.Add(new Story(stories.Count, SpeakerOf(unit[0].UnitId), []));
            assignments.AddRange(unit.Select(v => (stories.Count - 1, Array.Empty<int>(), (TranslatedVersion?)v)));
            units.Add(new PlantedUnit(TranslatedUnitId(unit[0].UnitId), unit.Count));
        }

        var wire = new List<WireArticle?>();
        wire.AddRange(Enumerable.Repeat<WireArticle?>(null, assignments.Count));
        int wireBudget = (int)(articles * WireShare);
        for (int size = Math.Min(MaxCarriers, (int)(articles * 0.45)); size >= MinWireStory && wireBudget >= MinWireStory; size /= 3)
        {
            int carriers = Math.Min(size, wireBudget);
            wireBudget -= carriers;
            PlanWireStory(rng, vocabulary, stories, assignments, wire, units, carriers);
        }

        while (assignments.Count < articles)
        {
            int outlets = Math.Min(StoryCoverage(rng), articles - assignments.Count);
            var story = new Story(stories.Count, Vocabulary.Name(rng) + " " + Vocabulary.Name(rng),
                Enumerable.Range(0, rng.Between(4, 9)).Select(_ => Statement.Create(vocabulary, rng)).ToArray());
            stories.Add(story);
            var versions = new int[story.Statements.Count];
            for (int a = 0; a < outlets; a++)
            {
                var picked = rng.Sample(story.Statements.Count, rng.Between(1, 4));
                foreach (var s in picked)
                {
                    versions[s]++;
                }

                assignments.Add((story.Index, picked, null));
                wire.Add(null);
            }

            units.AddRange(versions.Select((n, s) => (n, s)).Where(x => x.n > 0).Select(x => new PlantedUnit(StatementUnitId(story.Index, x.s), x.n)));
        }

        var locals = assignments.Select((_, i) => Rng.For(unchecked((seed * 31) + 7), i).Between(1, 3)).ToArray();
        // One article in ten opens its first local quote once and closes it once over two or three paragraphs (a block quote).
        var blocks = assignments.Select((_, i) => Rng.For(unchecked((seed * 31) + 11), i).Chance(0.1)).ToArray();
        units.AddRange(locals.SelectMany((n, i) => Enumerable.Range(1, n).Select(l => new PlantedUnit(l == 1 && blocks[i] ? BlockUnitId(i) : LocalUnitId(i, l), 1))));
        return new StoryPlan(stories, assignments, locals, units, wire, blocks);
    }

    /// <summary>
    /// A wire story carried by <paramref name="carriers"/> articles: three to five statements and one short one (3–6
    /// words), each in two to five wordings (a wire text and the translations or edits some outlets made), most outlets
    /// copying one of them word for word. The first outlet to print each wording publishes it at a planted time (the
    /// original first, each other wording hours later); the outlets that copy it follow within two days. About 10 % of
    /// the copies give only the day, and 2 % no date at all.
    /// </summary>
    private static void PlanWireStory(Rng rng, Vocabulary vocabulary, List<Story> stories, List<(int Story, int[] Statements, TranslatedVersion? Translation)> assignments,
        List<WireArticle?> wire, List<PlantedUnit> units, int carriers)
    {
        var statements = Enumerable.Range(0, rng.Between(3, 5)).Select(_ => Statement.Create(vocabulary, rng)).Append(Statement.CreateShort(vocabulary, rng)).ToArray();
        var story = new Story(stories.Count, Vocabulary.Name(rng) + " " + Vocabulary.Name(rng), statements)
        {
            Wordings = statements.Select(st => (IReadOnlyList<int[]>)Enumerable.Range(0, rng.Between(2, 5))
                .Select(w => w == 0 ? new int[st.Slots] : Enumerable.Range(0, st.Slots).Select(_ => rng.Between(1, 3)).ToArray())
                .DistinctBy(c => string.Join(',', c))
                .ToList()).ToList(),
        };
        stories.Add(story);
        var start = new DateTimeOffset(2024, 1, 1, 6, 0, 0, TimeSpan.Zero).AddDays(story.Index * 7 % 360).AddMinutes(rng.Next(600));
        var versions = new int[statements.Length];
        var introduced = new HashSet<int>();
        for (int a = 0; a < carriers; a++)
        {
            // Statement 0 is the lead most outlets quote; the short one is quoted by about half.
            var picked = new SortedSet<int>();
            if (rng.Chance(0.85))
            {
                picked.Add(0);
            }

            if (rng.Chance(0.5))
            {
                picked.Add(statements.Length - 1);
            }

            foreach (var s in rng.Sample(statements.Length - 1, rng.Between(0, 2)))
            {
                picked.Add(s);
            }

            if (picked.Count == 0)
            {
                picked.Add(0);
            }

            // One wording choice for the article (outlets copy one source): a Zipf-like share, the first most.
            double u = rng.NextDouble();
            int wording = u < 0.6 ? 0 : u < 0.85 ? 1 : u < 0.95 ? 2 : rng.Between(3, 4);
            var choice = picked.Select(s => Math.Min(wording, story.Wordings![s].Count - 1)).ToArray();
            foreach (var s in picked)
            {
                versions[s]++;
            }

            DateTimeOffset? published;
            bool hasTime = true;
            if (introduced.Add(wording))
            {
                published = start.AddHours(wording * 3);
            }
            else
            {
                published = start.AddHours(wording * 3).AddMinutes(5 + (int)(-Math.Log(1 - rng.NextDouble()) * 600));
                double d = rng.NextDouble();
                if (d < 0.02)
                {
                    published = null;
                }
                else if (d < 0.12)
                {
                    hasTime = false;
                }
            }

            assignments.Add((story.Index, picked.ToArray(), null));
            wire.Add(new WireArticle(choice, published, hasTime));
        }

        units.AddRange(versions.Select((n, s) => (n, s)).Where(x => x.n > 0).Select(x => new PlantedUnit(WireUnitId(story.Index, x.s), x.n)));
    }

    /// <summary>How many outlets cover a story: most stories few, some many.</summary>
    private static int StoryCoverage(Rng rng) => rng.NextDouble() switch
    {
        < 0.25 => 1,
        < 0.50 => 2,
        < 0.70 => 3,
        < 0.85 => rng.Between(4, 6),
        < 0.97 => rng.Between(7, 12),
        _ => rng.Between(13, 30),
    };

    private static string SpeakerOf(string unitId) => unitId.StartsWith("C.", StringComparison.Ordinal) ? "Emmanuel Macron" : "Dmitry Peskov";

    internal static string StatementUnitId(int story, int statement) => string.Create(CultureInfo.InvariantCulture, $"S{story:D6}.{statement + 1}");

    /// <summary>The unit of a wire story's statement ("W000008.1"), apart from ordinary stories' "S…" so that scores can be read per kind.</summary>
    internal static string WireUnitId(int story, int statement) => string.Create(CultureInfo.InvariantCulture, $"W{story:D6}.{statement + 1}");

    /// <summary>The unit of an article's block quote ("B000123"): one version, a key line per paragraph.</summary>
    internal static string BlockUnitId(int article) => string.Create(CultureInfo.InvariantCulture, $"B{article + 1:D6}");

    internal static string LocalUnitId(int article, int local) => string.Create(CultureInfo.InvariantCulture, $"L{article + 1:D6}.{local}");

    internal static string TranslatedUnitId(string unitId) => "X." + unitId;

    internal static string FileName(int article) => string.Create(CultureInfo.InvariantCulture, $"{article + 1:D6}.txt");

    internal static string OutletName(int outlet) => $"The {Vocabulary.Name(outlet)} {OutletKinds[outlet % OutletKinds.Length]}";

    internal static (string Open, string Close) OutletMarks(int outlet) => HouseMarks[outlet % HouseMarks.Length];

    private static readonly string[] OutletKinds = ["Herald", "Times", "Post", "Tribune", "Daily", "Independent", "Observer", "News", "Courier", "Gazette"];

    private static void WriteManifest(string path, WrittenArticle[] articles)
    {
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false)) { NewLine = "\n" };
        using var csv = new CsvWriter(writer, new CsvHelper.Configuration.CsvConfiguration(CultureInfo.InvariantCulture) { NewLine = "\n" });
        csv.WriteRecords(articles.Select(a => new ManifestRecord(a.File, a.Outlet, a.Published, a.Language, a.Url, a.Title, a.Notes)));
    }

    private static void WriteKey(string path, WrittenArticle[] articles)
    {
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false)) { NewLine = "\n" };
        writer.WriteLine("unit_id\tunit_description\tfile\tkind\texact_span");
        foreach (var entry in articles.SelectMany(a => a.Key))
        {
            writer.WriteLine($"{entry.UnitId}\t{entry.Description}\t{entry.File}\t{entry.Kind}\t{entry.Span}");
        }
    }

    /// <summary>One row of articles.csv; the property names are the column names.</summary>
#pragma warning disable IDE1006, SA1300 // lower-case names are the manifest's column names
    private sealed record ManifestRecord(string file, string outlet, string published, string language, string url, string title, string notes);
#pragma warning restore IDE1006, SA1300
}

/// <summary>A story: who spoke, and the statements (sentences) outlets may quote; none for a cross-language story.</summary>
internal sealed record Story(int Index, string Speaker, IReadOnlyList<Statement> Statements)
{
    /// <summary>For a wire story, the wordings of each statement (slot choices; the first is the wire's own); null otherwise.</summary>
    public IReadOnlyList<IReadOnlyList<int[]>>? Wordings { get; init; }
}

/// <summary>An article of a wire story: the wording it copies for each statement it quotes, and when it was published.</summary>
/// <param name="Wordings">The wording index per quoted statement (in the order of the article's statements).</param>
/// <param name="Published">When it was published; null for an article without a date.</param>
/// <param name="HasTime">False when the manifest gives only the day.</param>
internal sealed record WireArticle(int[] Wordings, DateTimeOffset? Published, bool HasTime);

/// <summary>The plan of a corpus: stories, which story and statements each article carries, how many local quotes, and the units.</summary>
internal sealed record StoryPlan(
    IReadOnlyList<Story> Stories,
    IReadOnlyList<(int Story, int[] Statements, TranslatedVersion? Translation)> Articles,
    IReadOnlyList<int> LocalQuotes,
    IReadOnlyList<PlantedUnit> Units,
    IReadOnlyList<WireArticle?> Wire,
    IReadOnlyList<bool> Blocks);

/// <summary>One line of the answer key.</summary>
internal sealed record KeyEntry(string UnitId, string Description, string File, string Kind, string Span);

/// <summary>An article as written, with its manifest fields and its answer-key lines.</summary>
internal sealed record WrittenArticle(string File, string Text, int Words, string Outlet, string Published, string Language, string Url, string Title, string Notes, IReadOnlyList<KeyEntry> Key);
