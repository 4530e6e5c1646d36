using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using QuoteLens.IO;

namespace QuoteLens.Notebooks;

/// <summary>
/// A Polyglot Notebooks .ipynb file (nbformat 4): its cells and outputs. Fields the runner does not
/// use (metadata, cell ids, attachments) are kept as read and written back unchanged.
/// </summary>
public sealed class NotebookDocument
{
    private readonly JsonObject _root;

    private NotebookDocument(string name, JsonObject root, IReadOnlyList<NotebookCell> cells)
    {
        Name = name;
        _root = root;
        Cells = cells;
    }

    /// <summary>The notebook's file name, used in messages.</summary>
    public string Name { get; }

    /// <summary>nbformat's major version (always 4).</summary>
    public int Format => _root["nbformat"]?.GetValue<int>() ?? 4;

    /// <summary>nbformat's minor version; from 5 on every cell has an id, and the runner gives one (<c>cell-NN</c>) to a cell without.</summary>
    public int FormatMinor => _root["nbformat_minor"]?.GetValue<int>() ?? 0;

    /// <summary>The cells in order.</summary>
    public IReadOnlyList<NotebookCell> Cells { get; }

    /// <summary>Reads the notebook at <paramref name="path"/>.</summary>
    /// <exception cref="NotebookFormatException">The file is missing or is not an nbformat 4 notebook.</exception>
    public static NotebookDocument Load(string path)
    {
        string name = Path.GetFileName(path);
        string json;
        try
        {
            json = File.ReadAllText(path, Encoding.UTF8);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new NotebookFormatException($"{path}: cannot read the notebook: {e.Message}", e);
        }

        return Parse(json, name);
    }

    /// <summary>Reads a notebook from its JSON text; <paramref name="name"/> names it in messages.</summary>
    /// <exception cref="NotebookFormatException">The text is not an nbformat 4 notebook.</exception>
    public static NotebookDocument Parse(string json, string name)
    {
        try
        {
            if (JsonNode.Parse(json) is not JsonObject root)
            {
                throw new FormatException("the file is not a JSON object");
            }

            if (root["nbformat"]?.GetValue<int>() is not 4)
            {
                throw new FormatException("only nbformat 4 notebooks are supported");
            }

            string defaultKernel = KernelNames.Canonical(root["metadata"]?["polyglot_notebook"]?["kernelInfo"]?["defaultKernelName"]?.GetValue<string>())
                ?? KernelNames.Canonical(root["metadata"]?["kernelspec"]?["language"]?.GetValue<string>())
                ?? KernelNames.CSharp;
            var cells = (root["cells"] as JsonArray ?? throw new FormatException("the notebook has no \"cells\" list"))
                .Select((cell, i) => ReadCell(cell as JsonObject ?? throw new FormatException($"cell {i + 1} is not an object"), i + 1, defaultKernel))
                .ToList();
            return new NotebookDocument(name, root, cells);
        }
        catch (Exception e) when (e is JsonException or FormatException or InvalidOperationException)
        {
            throw new NotebookFormatException($"{name}: not a valid notebook: {e.Message}", e);
        }
    }

    /// <summary>The notebook as nbformat 4 JSON, formatted as Jupyter writes it (sorted keys, one-space indent).</summary>
    public string ToJson()
    {
        var root = (JsonObject)_root.DeepClone();
        var cells = new JsonArray();
        foreach (var cell in Cells)
        {
            var json = (JsonObject)cell.Json.DeepClone();
            if (FormatMinor >= 5 && json["id"] is null)
            {
                json["id"] = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"cell-{cell.Number:00}");
            }

            if (cell.Kind == CellKind.Code)
            {
                json["execution_count"] = cell.ExecutionCount;
                json["outputs"] = new JsonArray([.. cell.Outputs.Select(o => (JsonNode)NotebookJson.WriteOutput(o))]);
            }

            cells.Add(json);
        }

        root["cells"] = cells;
        return NotebookJson.Serialize(root);
    }

    /// <summary>Writes the notebook to <paramref name="path"/> atomically (a temporary file, then a rename).</summary>
    public void Save(string path) => AtomicFile.WriteAllText(path, ToJson());

    private static NotebookCell ReadCell(JsonObject json, int number, string defaultKernel)
    {
        var kind = json["cell_type"]?.GetValue<string>() switch
        {
            "code" => CellKind.Code,
            "markdown" => CellKind.Markdown,
            "raw" => CellKind.Raw,
            var other => throw new FormatException($"cell {number} has an unknown cell_type '{other}'"),
        };
        var metadata = json["metadata"];
        string kernel = KernelNames.Canonical(metadata?["polyglot_notebook"]?["kernelName"]?.GetValue<string>())
            ?? KernelNames.Canonical(metadata?["dotnet_interactive"]?["language"]?.GetValue<string>())
            ?? (metadata?["polyglot_notebook"]?["kernelName"] ?? metadata?["dotnet_interactive"]?["language"])?.GetValue<string>()
            ?? defaultKernel;
        var outputs = (json["outputs"] as JsonArray ?? [])
            .Select(o => NotebookJson.ReadOutput(o as JsonObject ?? throw new FormatException($"cell {number} has an output that is not an object")))
            .ToList();
        return new NotebookCell(number, kind, NotebookJson.ReadText(json["source"]), kernel, json, outputs, json["execution_count"]?.GetValue<int>());
    }
}
