using System.Text.Json.Nodes;
using QuoteLens.Notebooks;

namespace QuoteLens.Tests.Docs;

/// <summary>The C# example of README.md compiles and runs as written (through the kit's own notebook runner).</summary>
public class ReadmeExampleTests
{
    [Fact]
    public async Task TheReadmeExampleRunsAndPrintsTheSubstitutions()
    {
        var readme = File.ReadAllText(Path.Combine(TestPaths.Root, "README.md"));
        var section = readme[readme.IndexOf("## The library, from C#", StringComparison.Ordinal)..];
        int open = section.IndexOf("```csharp\n", StringComparison.Ordinal) + "```csharp\n".Length;
        var code = section[open..section.IndexOf("```", open, StringComparison.Ordinal)];
        Assert.Contains("Analysis.Run(\"data/belgorod-2024-03\")", code, StringComparison.Ordinal);

        // The example's path is relative to the repository; the runner works in the notebook's folder, a temp folder here.
        var folder = Directory.CreateTempSubdirectory("quotelens-readme-");
        try
        {
            var library = typeof(Analysis).Assembly.Location;
            var source = $"#r \"{library}\"\n" + code.Replace("\"data/belgorod-2024-03\"", "@\"" + TestPaths.Data("belgorod-2024-03") + "\"", StringComparison.Ordinal);
            var notebook = new JsonObject
            {
                ["cells"] = new JsonArray(new JsonObject
                {
                    ["cell_type"] = "code",
                    ["execution_count"] = null,
                    ["metadata"] = new JsonObject(),
                    ["outputs"] = new JsonArray(),
                    ["source"] = source,
                }),
                ["metadata"] = new JsonObject(),
                ["nbformat"] = 4,
                ["nbformat_minor"] = 5,
            };
            var path = Path.Combine(folder.FullName, "readme.ipynb");
            File.WriteAllText(path, notebook.ToJsonString());

            var run = await NotebookRunner.RunAsync(path);

            Assert.True(run.Succeeded, run.Failure?.ToString());
            var printed = string.Concat(run.Notebook.Cells[0].Outputs.OfType<StreamOutput>().Select(s => s.Text));
            Assert.Contains("4 versions", printed, StringComparison.Ordinal);
            Assert.Contains("killers", printed, StringComparison.Ordinal);
            Assert.Contains("assassins", printed, StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
