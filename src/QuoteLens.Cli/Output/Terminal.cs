using System.Globalization;
using Spectre.Console;

namespace QuoteLens.Cli.Output;

/// <summary>
/// The console the tables are written to: the terminal's width (or <c>COLUMNS</c> when it is set, e.g.
/// <c>COLUMNS=200 quotelens align DIR &gt; file</c>); colour and styles only on a terminal and only when
/// <c>NO_COLOR</c> is not set; plain text when the output is redirected to a file or a pipe.
/// </summary>
internal static class Terminal
{
    /// <summary>The width used when the output is redirected and <c>COLUMNS</c> is not set.</summary>
    public const int DefaultWidth = 80;

    /// <summary>The narrowest width honoured (a narrower <c>COLUMNS</c> is raised to it).</summary>
    public const int MinimumWidth = 20;

    /// <summary>A console for <paramref name="output"/> set up from the environment.</summary>
    public static IAnsiConsole Create(TextWriter output, bool redirected, Func<string, string?> environment)
    {
        bool plain = redirected || !string.IsNullOrEmpty(environment("NO_COLOR"));
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = plain ? AnsiSupport.No : AnsiSupport.Detect,
            ColorSystem = plain ? ColorSystemSupport.NoColors : ColorSystemSupport.Detect,
            Interactive = redirected ? InteractionSupport.No : InteractionSupport.Detect,
            Out = new AnsiConsoleOutput(output),
        });
        console.Profile.Width = Width(redirected, environment);
        return console;
    }

    /// <summary>The console of this process (standard output).</summary>
    public static IAnsiConsole ForStandardOutput() => Create(Console.Out, Console.IsOutputRedirected, Environment.GetEnvironmentVariable);

    /// <summary><c>COLUMNS</c> when it holds a whole number, else the terminal's width, else <see cref="DefaultWidth"/>.</summary>
    public static int Width(bool redirected, Func<string, string?> environment)
    {
        if (int.TryParse(environment("COLUMNS"), NumberStyles.None, CultureInfo.InvariantCulture, out int columns) && columns > 0)
        {
            return Math.Max(columns, MinimumWidth);
        }

        if (!redirected)
        {
            try
            {
                if (Console.WindowWidth > 0)
                {
                    return Math.Max(Console.WindowWidth, MinimumWidth);
                }
            }
            catch (IOException)
            {
                // No terminal after all.
            }
        }

        return DefaultWidth;
    }
}
