namespace QuoteLens.Text.Languages;

/// <summary>A language identified for a text.</summary>
/// <param name="Language">ISO 639-1 code ("en", "ru" ...), or "und" when nothing could be told.</param>
/// <param name="Confidence">From 0 (a guess or a fallback) to 1 (clear evidence).</param>
/// <param name="IsFallback">True when the text said too little and the fallback language was returned.</param>
public sealed record LanguageGuess(string Language, double Confidence, bool IsFallback = false)
{
    /// <summary>The code for an undetermined language.</summary>
    public const string Undetermined = "und";
}
