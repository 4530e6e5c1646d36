using System.CommandLine;
using System.CommandLine.Help;
using QuoteLens.Cli.Commands;
using QuoteLens.Cli.Output;
using Spectre.Console;

namespace QuoteLens.Cli;

/// <summary>The `quotelens` tool: one subcommand per job, each composing library stages.</summary>
internal static class QuoteLensApp
{
    /// <summary>The tool's name, as help and messages show it (whatever the executable is called: `dotnet QuoteLens.Cli.dll` too).</summary>
    public const string Name = "quotelens";

    /// <summary>Builds the root command with every subcommand.</summary>
    public static Command Build()
    {
        var root = new Command(Name, "QuoteLens: find the same quote across articles, align its versions and show how they differ.")
        {
            new HelpOption(),
            new VersionOption(),
        };
        root.Options.Add(CorpusSession.MaxFileSize);
        root.Options.Add(Output.ProgressDisplay.Quiet);
        foreach (var command in Commands())
        {
            if (command.Name is not ("corpus" or "notebook"))
            {
                command.Options.Add(CorpusSession.Dictionary);
            }

            root.Subcommands.Add(command);
        }

        return root;
    }

    /// <summary>Parses and runs <paramref name="args"/>; returns the process exit code.</summary>
    public static Task<int> RunAsync(string[] args)
    {
        AnsiConsole.Console = Terminal.ForStandardOutput();
        return Build().Parse(args).InvokeAsync();
    }

    private static IEnumerable<Command> Commands()
    {
        yield return CorpusCommand.Create();
        yield return QuotesCommand.Create();
        yield return AlignCommand.Create();
        yield return DiffCommand.Create();
        yield return ReportCommand.Create();
        yield return NotebookCommand.Create();
        yield return FramingCommand.Create();
        yield return RenderingsCommand.Create();
    }
}
