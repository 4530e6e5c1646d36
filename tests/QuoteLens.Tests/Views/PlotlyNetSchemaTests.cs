using System.Text.Json;
using System.Text.Json.Nodes;
using DynamicObj;
using Plotly.NET;
using QuoteLens.Views;
using QuoteLens.Views.Charts;
using Figure = QuoteLens.Views.Charts.Figure;
using Layout = Plotly.NET.Layout;
using Trace = Plotly.NET.Trace;

namespace QuoteLens.Tests.Views;

/// <summary>
/// The kit's figures are plotly's schema as Plotly.NET writes it: each figure is read into Plotly.NET's own model
/// (its <see cref="Trace"/> and <see cref="Layout"/> objects, property by property; Plotly.NET has no JSON reader),
/// written back with <see cref="GenericChart.toFigureJson"/>, and the traces and layout come back the same.
/// </summary>
public class PlotlyNetSchemaTests
{
    public static TheoryData<string> Charts => ["similarity", "coverage", "word-choice"];

    [Theory]
    [MemberData(nameof(Charts))]
    public void AKitFigureGoesThroughPlotlyNetsModelUnchanged(string chart)
    {
        var analysis = Analysis.Run(TestPaths.Data("belgorod-2024-03"));
        var labels = SourceLabels.For(analysis.Corpus);
        var statement = WordChoiceChart.MainStatement(analysis)!;
        Figure figure = chart switch
        {
            "similarity" => SimilarityHeatmap.Create(analysis, labels),
            "coverage" => CoverageChart.Create(analysis, labels),
            _ => WordChoiceChart.Create(statement, analysis.Variations(statement), labels)!,
        };
        var kit = JsonNode.Parse(figure.ToPlotlyJson())!;

        var traces = kit["data"]!.AsArray().Select(t => ToTrace(t!.AsObject())).ToList();
        var layout = new Layout();
        Fill(layout, kit["layout"]!.AsObject());
        var plotlyNet = GenericChart.setLayout(layout, GenericChart.ofTraceObjects(false, traces));
        var written = JsonNode.Parse(GenericChart.toFigureJson(plotlyNet))!;

        Assert.True(JsonNode.DeepEquals(kit["data"], written["data"]), $"traces differ:\n{kit["data"]}\n{written["data"]}");
        Assert.True(JsonNode.DeepEquals(kit["layout"], written["layout"]), $"layout differs:\n{kit["layout"]}\n{written["layout"]}");
        Assert.NotEmpty(traces);
    }

    private static Trace ToTrace(JsonObject json)
    {
        var trace = new Trace(json["type"]!.GetValue<string>());
        Fill(trace, json);
        return trace;
    }

    private static void Fill(DynamicObj.DynamicObj target, JsonObject json)
    {
        foreach (var (name, value) in json)
        {
            if (target is Trace && name == "type")
            {
                continue;
            }

            target.SetProperty(name, ToValue(value));
        }
    }

    /// <summary>A JSON value as the .NET value Plotly.NET's model holds: objects as dynamic objects, arrays, numbers, strings.</summary>
    private static object? ToValue(JsonNode? node)
    {
        switch (node)
        {
            case null:
                return null;
            case JsonObject obj:
                var dynamic = new DynamicObj.DynamicObj();
                Fill(dynamic, obj);
                return dynamic;
            case JsonArray array:
                return array.Select(ToValue).ToArray();
            default:
                var element = node.GetValue<JsonElement>();
                return element.ValueKind switch
                {
                    JsonValueKind.String => element.GetString(),
                    JsonValueKind.True => true,
                    JsonValueKind.False => false,
                    JsonValueKind.Number when element.TryGetInt64(out long whole) => whole,
                    JsonValueKind.Number => element.GetDouble(),
                    _ => null,
                };
        }
    }
}
