using System.Text;

namespace QuoteLens.Notebooks;

/// <summary>
/// A console writer that sends text to the running cell's sink (so that two notebooks running at once
/// never see each other's output) and everything else to the writer it replaced.
/// </summary>
internal sealed class ConsoleRouter : TextWriter
{
    private static readonly Lock Gate = new();
    private static TextWriter? _installedOut;
    private static TextWriter? _installedError;
    private readonly TextWriter _fallback;
    private readonly string _streamName;

    private ConsoleRouter(TextWriter fallback, string streamName)
    {
        _fallback = fallback;
        _streamName = streamName;
        CoreNewLine = ['\n'];
    }

    public override Encoding Encoding => Encoding.UTF8;

    /// <summary>Makes sure Console.Out and Console.Error route to the running cell (again, if someone replaced them).</summary>
    /// <remarks>The routers are owned by <see cref="Console"/> from then on, for the life of the process.</remarks>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Reliability", "CA2000", Justification = "Console owns the router it is given.")]
    public static void Install()
    {
        lock (Gate)
        {
            // Console wraps the writer it is given, so compare with what it handed back.
            if (!ReferenceEquals(Console.Out, _installedOut))
            {
                Console.SetOut(new ConsoleRouter(Console.Out, "stdout"));
                _installedOut = Console.Out;
            }

            if (!ReferenceEquals(Console.Error, _installedError))
            {
                Console.SetError(new ConsoleRouter(Console.Error, "stderr"));
                _installedError = Console.Error;
            }
        }
    }

    public override void Write(char value) => Write(value.ToString());

    public override void Write(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return;
        }

        if (CellOutputSink.Current is { } sink)
        {
            sink.Write(_streamName, value);
        }
        else
        {
            _fallback.Write(value);
        }
    }

    public override void Write(char[] buffer, int index, int count) => Write(new string(buffer, index, count));

    public override void WriteLine(string? value) => Write(value + "\n");

    public override void Flush()
    {
        if (CellOutputSink.Current is null)
        {
            _fallback.Flush();
        }
    }
}
