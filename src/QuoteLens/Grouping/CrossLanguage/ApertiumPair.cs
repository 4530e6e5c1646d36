using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;

namespace QuoteLens.Grouping.CrossLanguage;

/// <summary>
/// The Ukrainian–Russian bilingual lexicon of Apertium's compiled rus-ukr pair, read through lttoolbox's <c>lt-proc</c>:
/// Ukrainian words are analysed (<c>ukr-rus.automorf.bin</c>: lemma and tags) and the lemmas looked up in the bilingual
/// transducer (<c>lt-proc -b ukr-rus.autobil.bin</c>), giving Russian lemmas. Words are sent in one batch per corpus, two
/// processes in all; nothing of the GPL data is copied into the kit.
/// </summary>
internal static partial class ApertiumPair
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    /// <summary>The Russian lemmas of each Ukrainian word (in its matching form) that the pair knows; words it does not know are left out.</summary>
    public static Dictionary<string, string[]> Translate(DictionarySource source, IReadOnlyCollection<string> words, List<LexiconIssue> issues)
    {
        var result = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (words.Count == 0)
        {
            return result;
        }

        var input = new StringBuilder();
        foreach (var word in words)
        {
            input.Append(word).Append('\n');
        }

        var analysed = Run(Path.Combine(source.Path, "ukr-rus.automorf.bin"), false, input.ToString(), issues);
        if (analysed is null)
        {
            return result;
        }

        // ^surface/lemma<tags>/lemma<tags>$ : each analysis is sent to the bilingual transducer as ^lemma<tags>$.
        var analyses = new List<(string Surface, string Analysis)>();
        foreach (Match unit in Unit().Matches(analysed))
        {
            var parts = unit.Groups[1].Value.Split('/');
            for (int i = 1; i < parts.Length; i++)
            {
                if (!parts[i].StartsWith('*') && parts[i].Contains('<', StringComparison.Ordinal))
                {
                    analyses.Add((parts[0], parts[i]));
                }
            }
        }

        if (analyses.Count == 0)
        {
            return result;
        }

        var bilingualInput = new StringBuilder();
        foreach (var (_, analysis) in analyses)
        {
            bilingualInput.Append('^').Append(analysis).Append("$\n");
        }

        var translated = Run(Path.Combine(source.Path, "ukr-rus.autobil.bin"), true, bilingualInput.ToString(), issues);
        if (translated is null)
        {
            return result;
        }

        var perWord = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        var units = Unit().Matches(translated);
        for (int k = 0; k < units.Count && k < analyses.Count; k++)
        {
            var parts = units[k].Groups[1].Value.Split('/');
            for (int i = 1; i < parts.Length; i++)
            {
                var target = parts[i].TrimStart('@');
                int tag = target.IndexOf('<', StringComparison.Ordinal);
                var lemma = (tag >= 0 ? target[..tag] : target).Trim();
                if (lemma.Length > 1 && !lemma.Contains(' ', StringComparison.Ordinal) && !parts[i].StartsWith('@'))
                {
                    var surface = Text.Tokenizer.NormalizeWord(analyses[k].Surface);
                    (perWord.TryGetValue(surface, out var set) ? set : perWord[surface] = new SortedSet<string>(StringComparer.Ordinal)).Add(lemma);
                }
            }
        }

        foreach (var (word, lemmas) in perWord)
        {
            result[word] = [.. lemmas];
        }

        return result;
    }

    /// <summary>
    /// The Russian lemmas of each Russian word (in its matching form) by the pair's Russian analyser (<c>rus-ukr.automorf.bin</c>):
    /// пошли → пойти, послать; отвернулись → отвернуться. Words it does not know are left out.
    /// </summary>
    public static Dictionary<string, string[]> RussianLemmas(DictionarySource source, IReadOnlyCollection<string> words, List<LexiconIssue> issues)
    {
        var result = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var analyser = Path.Combine(source.Path, "rus-ukr.automorf.bin");
        if (words.Count == 0 || !File.Exists(analyser))
        {
            return result;
        }

        var input = new StringBuilder();
        foreach (var word in words)
        {
            input.Append(word).Append('\n');
        }

        if (Run(analyser, false, input.ToString(), issues) is not { } analysed)
        {
            return result;
        }

        foreach (Match unit in Unit().Matches(analysed))
        {
            var parts = unit.Groups[1].Value.Split('/');
            var lemmas = new SortedSet<string>(StringComparer.Ordinal);
            for (int i = 1; i < parts.Length; i++)
            {
                int tag = parts[i].IndexOf('<', StringComparison.Ordinal);
                if (!parts[i].StartsWith('*') && tag > 1)
                {
                    lemmas.Add(Text.Tokenizer.NormalizeWord(parts[i][..tag]));
                }
            }

            if (lemmas.Count > 0)
            {
                result[Text.Tokenizer.NormalizeWord(parts[0])] = [.. lemmas];
            }
        }

        return result;
    }

    /// <summary>Runs lt-proc over <paramref name="input"/>; null (and an issue) when it cannot be run or fails.</summary>
    internal static string? Run(string transducer, bool bilingual, string input, List<LexiconIssue> issues)
    {
        var start = new ProcessStartInfo("lt-proc")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardInputEncoding = new UTF8Encoding(false),
            StandardOutputEncoding = Encoding.UTF8,
        };
        if (bilingual)
        {
            start.ArgumentList.Add("-b");
        }

        start.ArgumentList.Add(transducer);
        try
        {
            using var process = Process.Start(start);
            if (process is null)
            {
                issues.Add(new LexiconIssue(transducer, 0, "lt-proc could not be started"));
                return null;
            }

            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            process.StandardInput.Write(input);
            process.StandardInput.Close();
            if (!process.WaitForExit(Timeout))
            {
                process.Kill();
                issues.Add(new LexiconIssue(transducer, 0, "lt-proc did not finish in time"));
                return null;
            }

            if (process.ExitCode != 0)
            {
                issues.Add(new LexiconIssue(transducer, 0, "lt-proc failed: " + error.Result.Trim()));
                return null;
            }

            return output.Result;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            issues.Add(new LexiconIssue(transducer, 0, "lt-proc (lttoolbox) is not installed: " + e.Message));
            return null;
        }
    }

    [GeneratedRegex(@"\^((?:[^$\\]|\\.)*)\$", RegexOptions.CultureInvariant)]
    internal static partial Regex Unit();
}
