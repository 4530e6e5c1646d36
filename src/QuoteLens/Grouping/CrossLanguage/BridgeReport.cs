namespace QuoteLens.Grouping.CrossLanguage;

/// <summary>What carried each language of a corpus across to the others (<see cref="CrossLanguageBridge.Describe"/>).</summary>
/// <param name="Languages">Per language, the glossaries and dictionaries used.</param>
/// <param name="Pairs">Per pair of languages, the way between them (both sides reach English, the pivot).</param>
/// <param name="Warnings">Languages with no dictionary (a glossary only, or nothing).</param>
public sealed record BridgeReport(IReadOnlyList<LanguageBridge> Languages, IReadOnlyList<LanguagePairBridge> Pairs, IReadOnlyList<string> Warnings);

/// <summary>The sources that gloss one language.</summary>
/// <param name="Language">ISO 639-1.</param>
/// <param name="Sources">Glossary first, then dictionaries in the catalogue's order.</param>
public sealed record LanguageBridge(string Language, IReadOnlyList<BridgeSource> Sources);

/// <summary>One glossary or dictionary as used.</summary>
/// <param name="Name">Its name.</param>
/// <param name="Kind">"glossary", or the dictionary's path.</param>
/// <param name="Language">The language it glosses.</param>
/// <param name="Target">The language of its glosses ("en", or "ru" for the Ukrainian–Russian pair).</param>
/// <param name="Entries">Source stems read (for the Apertium pair: corpus words it translated).</param>
/// <param name="LoadTime">How long reading it took (zero when read before, in this process).</param>
/// <param name="Licence">The data's licence.</param>
public sealed record BridgeSource(string Name, string Kind, string Language, string Target, int Entries, TimeSpan LoadTime, string Licence);

/// <summary>The way between two languages.</summary>
/// <param name="A">One language.</param>
/// <param name="B">The other.</param>
/// <param name="Way">How each reaches English, e.g. "fr→en (freedict-fra-eng) | uk→ru→en (apertium-rus-ukr, mueller7)".</param>
public sealed record LanguagePairBridge(string A, string B, string Way);
