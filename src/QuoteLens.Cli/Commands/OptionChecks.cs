using System.CommandLine;
using System.Globalization;
using QuoteLens.Cli.Output;
using QuoteLens.Comparison.Framing;
using QuoteLens.Grouping;

namespace QuoteLens.Cli.Commands;

/// <summary>
/// The tool's checks of option values, shared by every command: a bad value stops the run with one line on standard
/// error that names the option, the value and the choices (exit code 1), never a silent fallback.
/// </summary>
internal static class OptionChecks
{
    /// <summary>Prints <paramref name="message"/> as the tool's one error line; returns <see cref="ExitCodes.Failed"/>.</summary>
    public static int Fail(string message)
    {
        Console.Error.WriteLine($"quotelens: {message}");
        return ExitCodes.Failed;
    }

    /// <summary>"a, b, c" (at most <paramref name="limit"/> listed, then how many more).</summary>
    public static string Choices(IEnumerable<string> choices, int limit = 20)
    {
        var list = choices.ToList();
        var shown = string.Join(", ", list.Take(limit));
        return list.Count > limit ? string.Create(CultureInfo.InvariantCulture, $"{shown} and {list.Count - limit} more") : shown;
    }

    /// <summary>An option value parsed from a fixed set of names (case-insensitive); anything else is a parse error naming the choices.</summary>
    public static Option<T> Choice<T>(string name, string[] aliases, IReadOnlyDictionary<string, T> choices, T defaultValue, string description)
    {
        var option = new Option<T>(name, aliases)
        {
            Description = description + ".",
            HelpName = string.Join("|", choices.Keys),
            DefaultValueFactory = _ => defaultValue,
        };
        option.CustomParser = result =>
        {
            var token = result.Tokens.Count > 0 ? result.Tokens[^1].Value : "";
            foreach (var (key, value) in choices)
            {
                if (string.Equals(key, token, StringComparison.OrdinalIgnoreCase))
                {
                    return value;
                }
            }

            result.AddError($"{name}: unknown value '{token}'; choose one of: {string.Join(", ", choices.Keys)}");
            return defaultValue;
        };
        return option;
    }

    /// <summary>Adds a check that <paramref name="option"/>'s value is a positive whole number.</summary>
    public static Option<int> Positive(this Option<int> option, string unit)
    {
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() is var value && value <= 0)
            {
                result.AddError(string.Create(CultureInfo.InvariantCulture, $"{option.Name}: {value} is not a positive number of {unit}; give a whole number of at least 1"));
            }
        });
        return option;
    }

    /// <summary>The group <paramref name="id"/> (case-insensitive: g01 is G01), or null after printing an error that names the choices.</summary>
    public static QuoteGroup? Group(Analysis analysis, string id)
    {
        if (analysis.Group(id) is { } exact)
        {
            return exact;
        }

        var group = analysis.Groups.FirstOrDefault(g => string.Equals(g.Id, id, StringComparison.OrdinalIgnoreCase));
        if (group is null)
        {
            var range = analysis.Groups.Count == 0 ? "the corpus has no groups" : $"its groups are {analysis.Groups[0].Id} to {analysis.Groups[^1].Id}";
            Fail($"--group: no group '{id}' in {analysis.Corpus.Name}; {range} (see `quotelens align`)");
        }

        return group;
    }

    /// <summary>
    /// <paramref name="value"/> as one of <paramref name="choices"/> (case-insensitive), or null after printing an error
    /// that names the option and the choices.
    /// </summary>
    public static string? OneOf(string option, string value, IEnumerable<string> choices, string what)
    {
        var list = choices.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var match = list.FirstOrDefault(c => string.Equals(c, value, StringComparison.OrdinalIgnoreCase));
        if (match is null)
        {
            Fail($"{option}: '{value}' is not {what}; choose one of: {Choices(list)}");
        }

        return match;
    }

    /// <summary>The shared <c>--lexicon FOLDER</c> option of the commands that count framing words (framing, report).</summary>
    public static Option<string?> LexiconOption() => new("--lexicon")
    {
        Description = "A lexicon folder (labels.tsv, speakers.tsv ...) instead of the bundled data/lexicons.",
    };

    /// <summary>
    /// The lexicon the <paramref name="option"/> names (null when it is not given: the bundled one), or false after
    /// printing why it cannot be loaded (a missing folder, a malformed file with its line).
    /// </summary>
    public static bool TryLoadLexicon(ParseResult parse, Option<string?> option, out FramingLexicon? lexicon)
    {
        lexicon = null;
        if (parse.GetValue(option) is not { } folder)
        {
            return true;
        }

        try
        {
            lexicon = FramingLexicon.Load(folder);
            return true;
        }
        catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            Fail($"--lexicon: {e.Message}");
            return false;
        }
    }
}
