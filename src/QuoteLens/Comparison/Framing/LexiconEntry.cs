namespace QuoteLens.Comparison.Framing;

/// <summary>One row of a framing lexicon file (labels.tsv, speakers.tsv ...).</summary>
/// <param name="Entry">The canonical name shown in tables ("militant", "Kremlin", "claimed").</param>
/// <param name="Forms">The phrases that count as this entry, in comparison form (lower case, one space between words).</param>
/// <param name="Class">The entry's class: actor class for labels and names, stance for modifiers, side for speakers, kind for verbs and hedges.</param>
/// <param name="Source">Where the entry came from, as the file says.</param>
public sealed record LexiconEntry(string Entry, IReadOnlyList<string> Forms, string Class, string Source);
