namespace QuoteLens.IO;

/// <summary>
/// Tells .NET Interactive (the kernel of Polyglot Notebooks) how to show a type, with no reference to its
/// packages: the kernel looks for an attribute of this NAME on a displayed value's type, creates
/// <see cref="FormatterSourceType"/>, calls its <c>CreateTypeFormatters()</c> and uses every object it returns
/// that has a <c>MimeType</c>, a <c>Type</c> and a <c>Format(object, TextWriter)</c> method; it shows the
/// <see cref="PreferredMimeTypes"/>. (Convention-based formatter sources, dotnet/interactive's
/// <c>Formatter.TryRegisterFromFormatterSources</c>.)
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, AllowMultiple = false, Inherited = true)]
internal sealed class TypeFormatterSourceAttribute : Attribute
{
    /// <summary>The formatter source named by its full name in this assembly, for stages before Views that must not
    /// name a Views type (their records are shown by a source in Views/Formatting all the same). The attribute lives
    /// in IO, below every stage, so that any stage may carry it.</summary>
    public TypeFormatterSourceAttribute(string formatterSourceTypeName) =>
        FormatterSourceType = typeof(TypeFormatterSourceAttribute).Assembly.GetType(formatterSourceTypeName, throwOnError: true)!;

    /// <summary>The formatter source by type.</summary>
    public TypeFormatterSourceAttribute(Type formatterSourceType) => FormatterSourceType = formatterSourceType;

    /// <summary>The type whose <c>CreateTypeFormatters()</c> gives the formatters.</summary>
    public Type FormatterSourceType { get; }

    /// <summary>The MIME types the kernel shows for the type, in order.</summary>
    public string[]? PreferredMimeTypes { get; set; }
}
