using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using ShelfScout.Domain.Catalog;
using ShelfScout.Domain.Runs;
using ShelfScout.Orchestration;

namespace ShelfScout.Cli.Rendering;

/// <summary>The run summary as JSON, for <c>--json</c> (stable camelCase field names; enums as names).</summary>
internal static class SummaryJson
{
    private const int MaxErrorsListed = 100;
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static string Serialize(RunSummary summary, JsonObject? extra = null)
    {
        var root = ToJson(summary);
        if (extra is not null)
        {
            foreach (var (key, value) in extra.ToList())
            {
                extra.Remove(key);
                root[key] = value;
            }
        }

        return root.ToJsonString(Indented);
    }

    public static JsonObject ToJson(RunSummary summary)
    {
        var stages = new JsonArray();
        foreach (var stage in summary.Stages)
        {
            stages.Add((JsonNode)new JsonObject
            {
                ["stage"] = stage.Stage.ToString(),
                ["status"] = stage.Status.ToString(),
                ["processed"] = stage.Processed,
                ["succeeded"] = stage.Succeeded,
                ["failed"] = stage.Failed,
                ["changed"] = stage.Changed,
                ["elapsedSeconds"] = Math.Round(stage.Elapsed.TotalSeconds, 3),
                ["note"] = stage.Note,
            });
        }

        var errors = new JsonArray();
        foreach (var error in summary.Errors.Take(MaxErrorsListed))
        {
            errors.Add((JsonNode)new JsonObject { ["stage"] = error.Stage.ToString(), ["url"] = error.Url, ["reason"] = error.Reason });
        }

        var alerts = new JsonArray();
        foreach (var alert in summary.Alerts)
        {
            alerts.Add((JsonNode)AlertJson.ToJson(alert));
        }

        return new JsonObject
        {
            ["runId"] = summary.RunId,
            ["retailer"] = new JsonObject { ["id"] = summary.Retailer.Id, ["name"] = summary.Retailer.Name, ["url"] = summary.Retailer.BaseUrl },
            ["status"] = RunStatusNames.ToText(summary.Status),
            ["startedAt"] = summary.StartedAt.ToString("O", CultureInfo.InvariantCulture),
            ["elapsedSeconds"] = Math.Round(summary.Elapsed.TotalSeconds, 3),
            ["pagesFetched"] = summary.PagesFetched,
            ["stages"] = stages,
            ["totals"] = new JsonObject
            {
                ["categories"] = summary.Totals.Categories,
                ["products"] = summary.Totals.Products,
                ["reviews"] = summary.Totals.Reviews,
                ["priceObservations"] = summary.Totals.PriceObservations,
                ["stockObservations"] = summary.Totals.StockObservations,
            },
            ["errorCount"] = summary.Errors.Count,
            ["errors"] = errors,
            ["alertCount"] = summary.Alerts.Count,
            ["alerts"] = alerts,
            ["coverage"] = summary.Coverage is not { } coverage ? null : new JsonObject
            {
                ["found"] = coverage.Found,
                ["estimated"] = coverage.Estimated,
                ["share"] = Math.Round(coverage.Share, 4),
                ["complete"] = coverage.IsComplete,
                ["unmeasured"] = coverage.Unmeasured,
                ["shortfalls"] = new JsonArray([.. coverage.Shortfalls.Select(s => (JsonNode?)JsonValue.Create(s))]),
            },
        };
    }
}
