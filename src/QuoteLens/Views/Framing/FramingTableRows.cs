namespace QuoteLens.Views.Framing;

/// <summary>A label an outlet uses with given modifiers: its uses in its own words and inside quotes.</summary>
/// <param name="Outlet">The outlet.</param>
/// <param name="Label">The label as the lexicon names it.</param>
/// <param name="ActorClass">The label's actor class from the lexicon.</param>
/// <param name="Modifier">The modifiers written before it ("" for none).</param>
/// <param name="Own">Uses in the outlet's own words.</param>
/// <param name="Quoted">Uses inside quotes.</param>
/// <param name="Example">The first use as written.</param>
public sealed record LabelRow(string Outlet, string Label, string ActorClass, string Modifier, int Own, int Quoted, string Example);

/// <summary>A word used like a label that the lexicon lacks.</summary>
/// <param name="Word">The word.</param>
/// <param name="Count">Number of uses.</param>
/// <param name="Outlets">The outlets using it, separated by "; ".</param>
/// <param name="Example">The first use as written.</param>
public sealed record CandidateLabelRow(string Word, int Count, string Outlets, string Example);

/// <summary>How often an outlet reports a speaker with a verb.</summary>
/// <param name="Side">The speaker's side from the lexicon ("unknown" when the lexicon does not know the speaker).</param>
/// <param name="Speaker">The speaker.</param>
/// <param name="Verb">The attribution verb.</param>
/// <param name="VerbClass">The verb's class (neutral, distancing, assertive, emotive).</param>
/// <param name="Outlet">The outlet.</param>
/// <param name="Count">Number of uses.</param>
/// <param name="Example">The first use as written.</param>
public sealed record AttributionVerbRow(string Side, string Speaker, string Verb, string VerbClass, string Outlet, int Count, string Example);

/// <summary>How often an outlet uses a hedge or verification note, in its own words and inside quotes.</summary>
/// <param name="Outlet">The outlet.</param>
/// <param name="Hedge">The hedge as the lexicon names it.</param>
/// <param name="HedgeClass">Its class (verification, distance, uncertainty).</param>
/// <param name="Own">Uses in the outlet's own words.</param>
/// <param name="Quoted">Uses inside quotes.</param>
/// <param name="Example">The first use as written.</param>
public sealed record HedgeRow(string Outlet, string Hedge, string HedgeClass, int Own, int Quoted, string Example);

/// <summary>A word one outlet uses more than the others.</summary>
/// <param name="Outlet">The outlet.</param>
/// <param name="Word">The word.</param>
/// <param name="Count">Uses by the outlet.</param>
/// <param name="OthersCount">Uses by all other outlets together.</param>
/// <param name="LogOdds">δ, the weighted log-odds ratio (outlet against the rest), rounded to 3 decimals.</param>
/// <param name="Z">δ divided by its standard deviation, rounded to 2 decimals (beyond ±1.96: unlikely to be chance).</param>
public sealed record DistinctiveWordRow(string Outlet, string Word, int Count, int OthersCount, double LogOdds, double Z);

/// <summary>One spelling of a name written in several ways.</summary>
/// <param name="Name">The key the spellings share.</param>
/// <param name="Spelling">The spelling.</param>
/// <param name="Count">Number of uses.</param>
/// <param name="Outlets">The outlets writing it so, separated by "; ".</param>
public sealed record NameSpellingRow(string Name, string Spelling, int Count, string Outlets);
