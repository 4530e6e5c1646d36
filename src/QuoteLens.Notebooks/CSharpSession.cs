using System.Diagnostics;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Scripting;

namespace QuoteLens.Notebooks;

/// <summary>
/// One Roslyn scripting state shared by the C# cells of a notebook, as the kernel keeps one: each
/// cell continues the state of the one before. <c>#r</c> and <c>#load</c> paths resolve against the notebook's folder.
/// </summary>
internal sealed class CSharpSession(string notebookDirectory, string notebookName)
{
    /// <summary>The namespaces the Polyglot C# kernel imports, plus the runner's own display helpers.</summary>
    private static readonly string[] Imports =
        ["System", "System.Collections.Generic", "System.Linq", "System.Text", "System.Threading.Tasks", typeof(NotebookKernel).Namespace!];

    private readonly NotebookKernel _globals = new();
    private readonly ScriptOptions _options = ScriptOptions.Default
        .AddReferences(typeof(NotebookKernel).Assembly)
        .WithImports(Imports)
        .WithMetadataResolver(ScriptMetadataResolver.Default.WithBaseDirectory(notebookDirectory))
        .WithSourceResolver(ScriptSourceResolver.Default.WithBaseDirectory(notebookDirectory))
        .WithEmitDebugInformation(true)
        .WithFileEncoding(Encoding.UTF8);

    private ScriptState<object>? _state;

    /// <summary>Runs one stretch of C#; returns whether it ends in an expression, and its value.</summary>
    /// <exception cref="CellFailureException">The code does not compile, or throws.</exception>
    public async Task<(bool HasValue, object? Value)> RunAsync(CellSegment segment, int cellNumber, CancellationToken cancellationToken)
    {
        RefuseNuGet(segment);
        string filePath = Path.Combine(notebookDirectory, $"{notebookName}.cell{cellNumber}.csx");
        var options = _options.WithFilePath(filePath);
        var script = _state is null
            ? CSharpScript.Create(segment.Code, options, typeof(NotebookKernel))
            : _state.Script.ContinueWith(segment.Code, options);

        var error = script.Compile(cancellationToken).FirstOrDefault(d => d.Severity == DiagnosticSeverity.Error);
        if (error is not null)
        {
            int line = error.Location.GetLineSpan().StartLinePosition.Line;
            throw new CellFailureException(segment.FirstLine + line + 1, "CompilationError", $"{error.Id}: {error.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}");
        }

        bool hasValue = EndsInValue(script.GetCompilation(), filePath);
        var state = _state is null
            ? await script.RunAsync(_globals, _ => true, cancellationToken).ConfigureAwait(false)
            : await script.RunFromAsync(_state, _ => true, cancellationToken).ConfigureAwait(false);
        if (state.Exception is { } exception)
        {
            throw new CellFailureException(LineOf(exception, filePath, segment.FirstLine), exception.GetType().Name, exception.Message);
        }

        _state = state;
        return (hasValue, state.ReturnValue);
    }

    /// <summary>True when the submission ends in a non-void expression without a semicolon: its value is the cell's result.</summary>
    private static bool EndsInValue(Compilation compilation, string filePath)
    {
        var tree = compilation.SyntaxTrees.FirstOrDefault(t => t.FilePath == filePath) ?? compilation.SyntaxTrees.Last();
        return tree.GetRoot() is CompilationUnitSyntax root
            && root.Members.LastOrDefault() is GlobalStatementSyntax { Statement: ExpressionStatementSyntax { SemicolonToken.IsMissing: true } last }
            && compilation.GetSemanticModel(tree).GetTypeInfo(last.Expression).Type?.SpecialType != SpecialType.System_Void;
    }

    private static void RefuseNuGet(CellSegment segment)
    {
        var lines = segment.Code.Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            string line = lines[i].TrimStart();
            if (line.StartsWith("#r \"nuget:", StringComparison.OrdinalIgnoreCase) || line.StartsWith("#i ", StringComparison.Ordinal))
            {
                throw new CellFailureException(segment.FirstLine + i + 1, "UnsupportedReference",
                    "NuGet references (#r \"nuget:...\", #i) are not supported by the QuoteLens runner: reference a DLL by a path relative to the notebook");
            }
        }
    }

    /// <summary>The cell line where the exception left the cell's code (the innermost frame in the cell), or 0.</summary>
    private static int LineOf(Exception exception, string filePath, int firstLine)
    {
        var frame = new StackTrace(exception, fNeedFileInfo: true).GetFrames()
            .FirstOrDefault(f => string.Equals(f.GetFileName(), filePath, StringComparison.Ordinal) && f.GetFileLineNumber() > 0);
        return frame is null ? 0 : firstLine + frame.GetFileLineNumber();
    }
}
