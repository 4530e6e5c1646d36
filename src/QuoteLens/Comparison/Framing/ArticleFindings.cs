using QuoteLens.Corpus;

namespace QuoteLens.Comparison.Framing;

/// <summary>A label found in an article.</summary>
internal readonly record struct LabelHit(LexiconEntry Label, string Modifier, bool Quoted, FramingExample Example);

/// <summary>A word used like a label that the lexicon lacks.</summary>
internal readonly record struct CandidateHit(string Term, FramingExample Example);

/// <summary>An attribution verb and its speaker (a lexicon entry, or the words before the verb).</summary>
internal readonly record struct VerbHit(string Speaker, string? Side, LexiconEntry Verb, FramingExample Example);

/// <summary>A hedge found in an article.</summary>
internal readonly record struct HedgeHit(LexiconEntry Hedge, bool Quoted, FramingExample Example);

/// <summary>A capitalised word that may be a name, as written.</summary>
internal readonly record struct NameHit(string Spelling);

/// <summary>Everything found in one article, before counting by outlet.</summary>
internal sealed class ArticleFindings(Article article)
{
    public Article Article { get; } = article;

    public List<LabelHit> Labels { get; } = [];

    public List<CandidateHit> Candidates { get; } = [];

    public List<VerbHit> Verbs { get; } = [];

    public List<HedgeHit> Hedges { get; } = [];

    public List<NameHit> Names { get; } = [];

    /// <summary>Counts of the outlet's own words (outside quotes, stop words and numbers left out).</summary>
    public Dictionary<string, int> Terms { get; } = new(StringComparer.Ordinal);

    /// <summary>An example spanning tokens <paramref name="first"/> to <paramref name="last"/> (inclusive) of a paragraph.</summary>
    public FramingExample Example(ReadOnlySpan<ScanToken> paragraph, int first, int last)
    {
        int start = paragraph[first].Token.Start, end = paragraph[last].Token.End;
        return new FramingExample(Article.Id, start, end, Article.Text[start..end]);
    }
}
