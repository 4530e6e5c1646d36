using System.Collections.Concurrent;
using QuoteLens.Alignment;
using QuoteLens.Grouping;
using QuoteLens.Grouping.CrossLanguage;
using QuoteLens.Comparison;
using QuoteLens.Comparison.Framing;
using QuoteLens.Comparison.Renderings;
using QuoteLens.Corpus;
using QuoteLens.Quotes;

namespace QuoteLens;

/// <summary>
/// The front door of the library: a corpus taken through every stage (quotes, groups), with the
/// per-group alignment, diffs and variations computed on demand and cached.
/// </summary>
/// <example>
/// <code>
/// var analysis = Analysis.Run("data/belgorod-2024-03");
/// foreach (var group in analysis.SharedGroups)
///     Console.WriteLine($"{group.Id}: {group.Members.Count} versions");
/// </code>
/// </example>
public sealed class Analysis
{
    private readonly ConcurrentDictionary<string, AlignmentTable> _tables = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Article> _articles;
    private readonly ConcurrentDictionary<string, GroupWordings> _wordings = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, AlignmentTable> _wordingTables = new(StringComparer.Ordinal);
    private readonly Lazy<Dictionary<string, PublicationTime?>> _published;

    /// <summary>An analysis of stages already run (benchmarks time each stage on its own).</summary>
    internal Analysis(ArticleCorpus corpus, IReadOnlyList<Quote> quotes, IReadOnlyList<QuoteGroup> groups, CrossLanguageBridge? bridge = null)
    {
        Bridge = bridge;
        Corpus = corpus;
        Quotes = quotes;
        Groups = groups;
        _articles = corpus.Articles.ToDictionary(a => a.Id, StringComparer.Ordinal);
        _published = new(() => corpus.Articles.ToDictionary(a => a.Id, PublicationTime.Of, StringComparer.Ordinal));
    }

    /// <summary>The corpus analysed.</summary>
    public ArticleCorpus Corpus { get; }

    /// <summary>Every quote of every article, in article order then reading order.</summary>
    public IReadOnlyList<Quote> Quotes { get; }

    /// <summary>Every group, shared ones first; quotes no other article carries are groups of one.</summary>
    public IReadOnlyList<QuoteGroup> Groups { get; }

    /// <summary>The bridge that joined quotes across languages (<see cref="AnalysisOptions.Bridge"/>), or null when grouping stayed within each language.</summary>
    public CrossLanguageBridge? Bridge { get; }

    /// <summary>The groups carried by more than one article.</summary>
    public IEnumerable<QuoteGroup> SharedGroups => Groups.Where(g => g.IsShared);

    /// <summary>Loads the corpus in <paramref name="corpusDirectory"/> and analyses it.</summary>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist (bad files inside it are reported in <see cref="ArticleCorpus.Issues"/>, not thrown).</exception>
    public static Analysis Run(string corpusDirectory, AnalysisOptions? options = null)
    {
        options ??= AnalysisOptions.Default;
        return Run(CorpusLoader.Load(corpusDirectory, options.Corpus), options);
    }

    /// <summary>Analyses an already loaded corpus.</summary>
    public static Analysis Run(ArticleCorpus corpus, AnalysisOptions? options = null) => Run(corpus, options, null);

    /// <summary>Analyses an already loaded corpus, naming each stage to <paramref name="stage"/> as it starts ("quotes", "grouping"), for a progress display.</summary>
    public static Analysis Run(ArticleCorpus corpus, AnalysisOptions? options, Action<string>? stage)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        options ??= AnalysisOptions.Default;
        stage?.Invoke("quotes");
        var quotes = QuoteFinder.FindAll(corpus);
        stage?.Invoke("grouping");
        return new Analysis(corpus, quotes, SpeakerConsensus.Apply(QuoteGrouper.Group(quotes, options.EffectiveGrouping)), options.Bridge);
    }

    /// <summary>The article with id <paramref name="articleId"/>.</summary>
    public Article Article(string articleId) => _articles[articleId];

    /// <summary>The group with id <paramref name="groupId"/> (case-insensitive: g01 finds G01), or null.</summary>
    public QuoteGroup? Group(string groupId) =>
        Groups.FirstOrDefault(g => g.Id == groupId) ?? Groups.FirstOrDefault(g => string.Equals(g.Id, groupId, StringComparison.OrdinalIgnoreCase));

    /// <summary>The alignment table of <paramref name="group"/>.</summary>
    public AlignmentTable Align(QuoteGroup group) => _tables.GetOrAdd(group.Id, _ => MultiAligner.Align(group, Bridge));

    /// <summary>The word diff of every version of <paramref name="group"/> against the base version (the first member unless named).</summary>
    public IReadOnlyList<WordDiff> Diff(QuoteGroup group, string? baseArticleId = null)
    {
        var baseVersion = group.Members.FirstOrDefault(m => m.ArticleId == baseArticleId) ?? group.Members[0];
        return group.Members.Where(m => m != baseVersion).Select(m => WordDiffer.Diff(baseVersion, m)).ToList();
    }

    /// <summary>Where the versions of <paramref name="group"/> differ, with each reading and the articles behind it.</summary>
    public IReadOnlyList<Variation> Variations(QuoteGroup group) => WordDiffer.Variations(Align(group));

    /// <summary>The distinct wordings of <paramref name="group"/>, each with its articles, most carried first (<see cref="WordingFinder.Find"/>; cached).</summary>
    public GroupWordings Wordings(QuoteGroup group)
    {
        ArgumentNullException.ThrowIfNull(group);
        return _wordings.GetOrAdd(group.Id, _ => WordingFinder.Find(group));
    }

    /// <summary>The alignment of the wordings of <paramref name="group"/>: one row per wording, whose member's article id is the wording's id (<see cref="WordingFinder.Align(GroupWordings, Grouping.CrossLanguage.CrossLanguageBridge?)"/>; cached).</summary>
    public AlignmentTable AlignWordings(QuoteGroup group) => _wordingTables.GetOrAdd(group.Id, _ => WordingFinder.Align(Wordings(group), Bridge));

    /// <summary>Where the wordings of <paramref name="group"/> differ, each reading with every article behind it (as <see cref="Variations"/>, at the cost of the wordings, not of every copy).</summary>
    public IReadOnlyList<Variation> WordingVariations(QuoteGroup group) => WordingFinder.Variations(Wordings(group), AlignWordings(group));

    /// <summary>When the article with id <paramref name="articleId"/> was published (with its time when the metadata gives one), or null when it has no date.</summary>
    public PublicationTime? Published(string articleId) => _published.Value.TryGetValue(articleId, out var time) ? time : null;

    /// <summary>Who published <paramref name="group"/> first, in what order the others followed, and where each wording came from.</summary>
    public StatementTimeline Timeline(QuoteGroup group) => TimelineBuilder.Build(Wordings(group), Published);

    /// <summary>How each outlet frames the story (<see cref="FramingAnalysis.Run"/> on this corpus and its quotes).</summary>
    /// <param name="lexicon">The framing lexicon, or null for the bundled one.</param>
    /// <param name="options">The framing options, or null for the defaults.</param>
    public FramingReport Framing(FramingLexicon? lexicon = null, FramingOptions? options = null) => FramingAnalysis.Run(Corpus, Quotes, lexicon, options);

    /// <summary>How each word of the original was rendered in each translation, for every shared group that spans languages (<see cref="RenderingFinder.FindAll"/>).</summary>
    /// <param name="originalLanguage">The original's language (ISO 639-1) for every group, or null to choose per group.</param>
    public IReadOnlyList<GroupRenderings> Renderings(string? originalLanguage = null) => RenderingFinder.FindAll(Groups, Corpus, Bridge, originalLanguage);

    /// <summary>How each word of the original was rendered in each translation of <paramref name="group"/> (<see cref="RenderingFinder.Find(QuoteGroup, ArticleCorpus, CrossLanguageBridge?, string?)"/>).</summary>
    /// <param name="group">The group.</param>
    /// <param name="originalLanguage">The original's language (ISO 639-1), or null to choose.</param>
    public GroupRenderings Renderings(QuoteGroup group, string? originalLanguage = null) => RenderingFinder.Find(group, Corpus, Bridge, originalLanguage);
}
