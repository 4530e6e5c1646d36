using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;

namespace QuoteLens.Benchmarks.Harness;

/// <summary>The results of a harness run as Markdown: the machine, one row per size, the stage breakdown, and the interactive figure.</summary>
public static class ResultsReport
{
    /// <summary>The Markdown text.</summary>
    public static string Format(IReadOnlyList<SizeResult> sizes, InteractiveResult interactive, string command)
    {
        var md = new StringBuilder();
        md.AppendLine("# QuoteLens scale benchmark results").AppendLine();
        md.AppendLine(Inv($"Command: `{command}`")).AppendLine();
        md.AppendLine("Machine: " + Machine()).AppendLine();
        md.AppendLine("| articles | words | load | quotes | grouping | JSON | pipeline | alignment (not in the tool) | articles/s | time/article vs smallest | tool wall | tool peak memory | precision | recall |");
        md.AppendLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        var baseline = sizes[0].PipelineTime.TotalSeconds / sizes[0].Articles;
        foreach (var s in sizes)
        {
            double perArticle = s.PipelineTime.TotalSeconds / s.Articles;
            md.AppendLine(Inv($"| {s.Articles:N0} | {s.Words:N0} | {Sec(s, "load")} | {Sec(s, "quotes")} | {Sec(s, "grouping")} | {Sec(s, "json")} | {s.PipelineTime.TotalSeconds:0.00} s | {Sec(s, "alignment")} | {s.Articles / s.PipelineTime.TotalSeconds:N0} | {perArticle / baseline:0.00}x | {s.Tool.Time.TotalSeconds:0.00} s | {s.Tool.PeakWorkingSetBytes / 1048576.0:N0} MB | {s.Score.Precision:0.000} | {s.Score.Recall:0.000} |"));
        }

        md.AppendLine();
        md.AppendLine("`quotelens report DIR -o FILE` with the default options (top 25 statements in full, appendix of the linked articles above 100 articles), as its own process:").AppendLine();
        md.AppendLine("| articles | report wall | report peak memory | report size | exit |");
        md.AppendLine("|---:|---:|---:|---:|---:|");
        foreach (var s in sizes)
        {
            md.AppendLine(Inv($"| {s.Articles:N0} | {s.Report.Time.TotalSeconds:0.00} s | {s.Report.PeakWorkingSetBytes / 1048576.0:N0} MB | {s.Report.OutputBytes / 1048576.0:0.0} MB | {s.Report.ExitCode} |"));
        }

        md.AppendLine();
        md.AppendLine("Pipeline = the in-process sum of the stages `align --format json` runs: load (read, decode, clean, hash), quotes, grouping and JSON output; ");
        md.AppendLine("alignment of every shared group (what the report and the notebooks add) is timed apart; ");
        md.AppendLine("tool wall and peak memory are from a separate run of `quotelens align DIR --format json > file` (Process.PeakWorkingSet64, polled every 20 ms). ");
        md.AppendLine("Precision and recall count pairs of planted versions from different articles (the planted key, gold.tsv; unique quotes count as units of one).").AppendLine();
        foreach (var s in sizes)
        {
            md.AppendLine(Inv($"## {s.Articles:N0} articles")).AppendLine();
            md.AppendLine(Inv($"{s.Quotes:N0} quotes, {s.Groups:N0} groups ({s.SharedGroups:N0} shared); tool exit code {s.Tool.ExitCode}, {s.Tool.OutputBytes / 1048576.0:N0} MB of JSON. "));
            md.AppendLine(Inv($"Key: {s.Score.Entries:N0} entries, {s.Score.Unmatched:N0} not found as quotes; same-language {s.Score.SameLanguage}; cross-language {s.Score.CrossLanguage}.")).AppendLine();
            md.AppendLine("| stage | wall | allocated |").AppendLine("|---|---:|---:|");
            foreach (var c in s.Stages)
            {
                md.AppendLine(Inv($"| {c.Stage} | {c.Time.TotalMilliseconds:N0} ms | {(c.AllocatedBytes > 0 ? (c.AllocatedBytes / 1048576.0).ToString("N0", CultureInfo.InvariantCulture) + " MB" : "")} |"));
            }

            md.AppendLine();
        }

        md.AppendLine("## Interactive").AppendLine();
        md.AppendLine(Inv($"`Analysis.Run(\"data/belgorod-2024-03\")` plus every view (coverage matrix, alignment, substitutions and diff views of each shared group, three charts): first run {interactive.First.TotalMilliseconds:N0} ms, warm median {interactive.WarmMedian.TotalMilliseconds:N1} ms over {interactive.WarmRuns} runs."));
        return md.ToString();
    }

    /// <summary>The machine: cores, memory, processor, OS, runtime, and the load when the run started (other work shares the cores).</summary>
    public static string Machine()
    {
        string cpu = File.Exists("/proc/cpuinfo")
            ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? "unknown"
            : "unknown";
        string load = File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "unknown";
        double memory = GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (1024.0 * 1024 * 1024);
        return Inv($"{Environment.ProcessorCount} cores ({cpu}), {memory:0} GB, {RuntimeInformation.OSDescription}, {RuntimeInformation.FrameworkDescription}, Server GC {System.Runtime.GCSettings.IsServerGC}; load average {load} at the start (the cores are shared with other work)");
    }

    private static string Sec(SizeResult s, string stage) => Inv($"{s.Stages.First(c => c.Stage == stage).Time.TotalSeconds:0.00} s");

    private static string Inv(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
