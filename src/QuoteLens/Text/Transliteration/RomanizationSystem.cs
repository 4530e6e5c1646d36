namespace QuoteLens.Text.Transliteration;

/// <summary>A system for writing Cyrillic (Russian or Ukrainian) in Latin letters.</summary>
public enum RomanizationSystem
{
    /// <summary>
    /// The press's spelling: English-friendly digraphs without diacritics, ye only at a word start (Russian: Tyotkino, Kiev,
    /// Starovoyt, Dmitry; Ukrainian: the official national system of 2010, Kyiv, Zaporizhzhia).
    /// </summary>
    Popular,

    /// <summary>BGN/PCGN (Russian 1947; for Ukrainian the national system that BGN/PCGN adopted in 2019): Tëtkino, Starovoyt.</summary>
    BgnPcgn,

    /// <summary>ISO 9:1995 = GOST 7.79 system A: one Latin letter per Cyrillic letter, with diacritics (Tëtkino, Starovojt, Kiïv).</summary>
    Iso9,

    /// <summary>The scholarly (linguistic) system: č š ž, j for й, ju ja (Tëtkino, Starovojt, Kyjiv).</summary>
    Scholarly,

    /// <summary>ALA-LC (Library of Congress), with its tie ligatures (t͡s, i͡u, i͡a) and ĭ for й.</summary>
    LibraryOfCongress,
}
