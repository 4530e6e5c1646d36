namespace QuoteLens.Comparison.Framing;

/// <summary>One place a framing item stands: the article and the character offsets in its text.</summary>
/// <param name="ArticleId">The article.</param>
/// <param name="Start">Offset of the first character in the article's text.</param>
/// <param name="End">Offset one past the last character.</param>
/// <param name="Text">The passage as written (for labels the modifiers and the label).</param>
public sealed record FramingExample(string ArticleId, int Start, int End, string Text);

/// <summary>How often an outlet names an actor with a label, with given modifiers, in its own words or inside quotes.</summary>
/// <param name="Outlet">The outlet (the article's display name when the outlet is unknown).</param>
/// <param name="Label">The label as the lexicon names it ("militant").</param>
/// <param name="ActorClass">The label's actor class from the lexicon.</param>
/// <param name="Modifier">The modifiers written before the label, as the lexicon names them ("anti-Kremlin Russian"), "" for none.</param>
/// <param name="Quoted">True for uses inside quotes (someone else's words), false for the outlet's own words.</param>
/// <param name="Count">Number of uses.</param>
/// <param name="Examples">The first uses, in article order.</param>
public sealed record LabelCount(string Outlet, string Label, string ActorClass, string Modifier, bool Quoted, int Count, IReadOnlyList<FramingExample> Examples);

/// <summary>A word the lexicon lacks that the texts use like a label (a noun right after a stance modifier: "anti-Kremlin units").</summary>
/// <param name="Term">The word in comparison form (its most used form when several share a stem: "groups" and "group").</param>
/// <param name="Count">Number of uses.</param>
/// <param name="Outlets">The outlets using it, sorted.</param>
/// <param name="Examples">The first uses, in article order.</param>
public sealed record CandidateLabel(string Term, int Count, IReadOnlyList<string> Outlets, IReadOnlyList<FramingExample> Examples);

/// <summary>How often an outlet reports a speaker with an attribution verb ("Moscow claimed", "Kyiv said").</summary>
/// <param name="Outlet">The outlet.</param>
/// <param name="Speaker">The speaker as the lexicon names it, or the words before the verb when the lexicon does not know them ("he", "the statement").</param>
/// <param name="Side">The side the lexicon puts the speaker on ("Russia", "Ukraine"), null when unknown.</param>
/// <param name="Verb">The verb as the lexicon names it ("claimed").</param>
/// <param name="VerbClass">The verb's class (neutral, distancing, assertive, emotive).</param>
/// <param name="Count">Number of uses.</param>
/// <param name="Examples">The first uses, in article order.</param>
public sealed record AttributionVerbCount(string Outlet, string Speaker, string? Side, string Verb, string VerbClass, int Count, IReadOnlyList<FramingExample> Examples);

/// <summary>How often an outlet hedges or notes that something could not be verified.</summary>
/// <param name="Outlet">The outlet.</param>
/// <param name="Hedge">The hedge as the lexicon names it ("could not be verified").</param>
/// <param name="HedgeClass">The hedge's class (verification, distance, uncertainty).</param>
/// <param name="Quoted">True for hedges inside quotes.</param>
/// <param name="Count">Number of uses.</param>
/// <param name="Examples">The first uses, in article order.</param>
public sealed record HedgeCount(string Outlet, string Hedge, string HedgeClass, bool Quoted, int Count, IReadOnlyList<FramingExample> Examples);

/// <summary>
/// A word one outlet uses more than the others: the weighted log-odds ratio with an informative Dirichlet prior
/// (Monroe, Colaresi and Quinn 2008, "Fightin' Words"), counted over the outlets' own words by Snowball stem.
/// </summary>
/// <param name="Outlet">The outlet.</param>
/// <param name="Term">The stem's most used form in the corpus, in comparison form (possessive 's dropped).</param>
/// <param name="Count">Uses by the outlet.</param>
/// <param name="OthersCount">Uses by every other outlet together.</param>
/// <param name="LogOdds">The log-odds ratio, outlet against the rest (positive: the outlet's word).</param>
/// <param name="Z">The log-odds ratio divided by its estimated standard deviation.</param>
public sealed record DistinctiveTerm(string Outlet, string Term, int Count, int OthersCount, double LogOdds, double Z);

/// <summary>One spelling of a name and the outlets that use it.</summary>
/// <param name="Spelling">The name as written ("Starovit").</param>
/// <param name="Count">Number of uses.</param>
/// <param name="Outlets">The outlets writing it so, sorted.</param>
public sealed record NameVariant(string Spelling, int Count, IReadOnlyList<string> Outlets);

/// <summary>A name written in more than one way across the corpus (Starovoyt, Starovit).</summary>
/// <param name="Key">The transliteration-aware key the spellings share.</param>
/// <param name="Variants">The spellings, most used first.</param>
public sealed record NameVariantSet(string Key, IReadOnlyList<NameVariant> Variants);

/// <summary>Everything the framing analysis found in a corpus, sorted so that the same input gives the same output.</summary>
/// <param name="Outlets">The outlets, sorted.</param>
/// <param name="Labels">Label uses by outlet, label, modifier and quoted/unquoted.</param>
/// <param name="CandidateLabels">Words used like labels that the lexicon lacks, most used first.</param>
/// <param name="AttributionVerbs">Attribution verbs by outlet, speaker and verb.</param>
/// <param name="Hedges">Hedges by outlet.</param>
/// <param name="DistinctiveTerms">Each outlet's most distinctive words, highest z first.</param>
/// <param name="NameVariants">Names spelled differently across the corpus.</param>
public sealed record FramingReport(
    IReadOnlyList<string> Outlets,
    IReadOnlyList<LabelCount> Labels,
    IReadOnlyList<CandidateLabel> CandidateLabels,
    IReadOnlyList<AttributionVerbCount> AttributionVerbs,
    IReadOnlyList<HedgeCount> Hedges,
    IReadOnlyList<DistinctiveTerm> DistinctiveTerms,
    IReadOnlyList<NameVariantSet> NameVariants);

/// <summary>Settings of the framing analysis.</summary>
/// <param name="MaxExamples">How many examples each count keeps.</param>
/// <param name="TermsPerOutlet">How many distinctive words to keep for each outlet.</param>
/// <param name="MinTermCount">How often an outlet must use a word for it to be listed as distinctive.</param>
/// <param name="PriorScale">
/// Strength of the informative prior: each word's prior count is its count in the whole corpus times this factor
/// (1: the prior weighs as much as the corpus; smaller values trust the outlet's own counts more).
/// </param>
public sealed record FramingOptions(int MaxExamples = 3, int TermsPerOutlet = 15, int MinTermCount = 2, double PriorScale = 1.0)
{
    /// <summary>The default settings.</summary>
    public static FramingOptions Default { get; } = new();
}
