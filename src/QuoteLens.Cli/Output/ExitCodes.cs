namespace QuoteLens.Cli.Output;

/// <summary>The tool's exit codes (documented in the README).</summary>
internal static class ExitCodes
{
    /// <summary>Everything was read and the job is done.</summary>
    public const int Ok = 0;

    /// <summary>The job could not be done (a missing folder, an unknown group ...); the message says why.</summary>
    public const int Failed = 1;

    /// <summary>The job is done, but some files were skipped; each is listed with the reason.</summary>
    public const int SomeSkipped = 3;

    /// <summary>The corpus folder holds no article the tool can read (an empty folder, or only ignored or skipped files).</summary>
    public const int NoArticles = 4;
}
