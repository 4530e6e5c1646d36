namespace QuoteLens.Notebooks;

/// <summary>A notebook file that cannot be read as an nbformat 4 notebook; the message names the file and the problem.</summary>
public sealed class NotebookFormatException : Exception
{
    /// <summary>Creates the exception with a message that names the file and the problem.</summary>
    public NotebookFormatException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the error underneath.</summary>
    public NotebookFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
