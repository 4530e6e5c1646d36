namespace QuoteLens.Grouping.CrossLanguage;

/// <summary>A word or phrase of one text and its rendering in another (offsets into the texts given to <see cref="CrossLanguageBridge.Align"/>).</summary>
/// <param name="SourceStart">Offset of the source span.</param>
/// <param name="SourceEnd">Offset one past the source span.</param>
/// <param name="TargetStart">Offset of the target span.</param>
/// <param name="TargetEnd">Offset one past the target span.</param>
/// <param name="SourceText">The source span as written.</param>
/// <param name="TargetText">The target span as written.</param>
public sealed record Correspondence(int SourceStart, int SourceEnd, int TargetStart, int TargetEnd, string SourceText, string TargetText);
