using System.CommandLine;
using Spectre.Console;

namespace QuoteLens.Cli.Output;

/// <summary>
/// Which stage a command is in and how far it has got, drawn by Spectre.Console's progress display on standard error
/// only: never when standard error is redirected (a file, a pipe, a test) or <c>--quiet</c> is given, so machine
/// output and logs stay clean.
/// </summary>
internal sealed class ProgressDisplay
{
    private readonly ProgressContext? _context;
    private ProgressTask? _task;

    private ProgressDisplay(ProgressContext? context) => _context = context;

    /// <summary>The shared <c>--quiet</c> option (recursive: every command takes it).</summary>
    public static Option<bool> Quiet { get; } = new("--quiet", "-q")
    {
        Description = "Show no progress on standard error (it is never shown when standard error is redirected).",
        Recursive = true,
    };

    /// <summary>Runs <paramref name="work"/> with a live progress display when standard error is a terminal and --quiet is not given, else with one that draws nothing.</summary>
    public static T Run<T>(ParseResult parse, Func<ProgressDisplay, T> work)
    {
        if (parse.GetValue(Quiet) || Console.IsErrorRedirected)
        {
            return work(new ProgressDisplay(null));
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        if (!console.Profile.Capabilities.Interactive)
        {
            return work(new ProgressDisplay(null));
        }

        return console.Progress()
            .AutoClear(true)
            .HideCompleted(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new SpinnerColumn())
            .Start(context => work(new ProgressDisplay(context)));
    }

    /// <summary>Starts stage <paramref name="name"/> of <paramref name="total"/> steps (the previous stage is marked done).</summary>
    public void Stage(string name, int total = 1)
    {
        if (_context is null)
        {
            return;
        }

        Finish();
        _task = _context.AddTask(Markup.Escape(name), maxValue: Math.Max(1, total));
        _context.Refresh();
    }

    /// <summary>Marks <paramref name="done"/> steps of the current stage as done.</summary>
    public void Advance(int done)
    {
        if (_task is not null)
        {
            _task.Value = done;
        }
    }

    /// <summary>Marks the current stage done.</summary>
    public void Finish()
    {
        if (_task is not null)
        {
            _task.Value = _task.MaxValue;
            _task.StopTask();
        }
    }
}
