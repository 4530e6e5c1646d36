namespace QuoteLens.Comparison;

/// <summary>One way of wording a varied stretch, and the articles that chose it.</summary>
/// <param name="Text">The wording ("" where a version leaves the stretch out).</param>
/// <param name="ArticleIds">The articles that wrote it, sorted.</param>
public sealed record Reading(string Text, IReadOnlyList<string> ArticleIds);

/// <summary>
/// A stretch of an alignment where the versions differ ("killers" / "assassins";
/// "setting up" / "putting" / "placing"), with each reading and who chose it.
/// </summary>
/// <param name="GroupId">The group the stretch belongs to.</param>
/// <param name="FirstSlot">First slot of the stretch in the alignment table.</param>
/// <param name="LastSlot">Last slot of the stretch (inclusive).</param>
/// <param name="Readings">The readings, most common first.</param>
public sealed record Variation(string GroupId, int FirstSlot, int LastSlot, IReadOnlyList<Reading> Readings)
{
    /// <summary>True when every version has some words here (a substitution rather than an addition or omission).</summary>
    public bool IsSubstitution => Readings.Count > 1 && Readings.All(r => r.Text.Length > 0);

    /// <summary>True when the readings differ only in punctuation or quote marks, not in words.</summary>
    public bool IsPunctuationOnly => Readings.All(r => !r.Text.Any(char.IsLetterOrDigit));
}
