using ShelfScout.Domain.Alerts;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using ShelfScout.Domain.Catalog;
using ShelfScout.Domain.Runs;
using ShelfScout.Storage.Dashboard;
using ShelfScout.Web.Hosting;
using ShelfScout.Web.Html;
using ShelfScout.Web.Pages;

namespace ShelfScout.Web.Api;

/// <summary><c>/api/retailers</c>, <c>/api/categories</c>, <c>/api/alerts</c>, <c>/api/runs</c> and <c>/api/runs/{id}</c>, field names as the exports and webhooks spell them.</summary>
internal sealed class CatalogApi(DashboardData data)
{
    public const int MaxAlerts = 1000;

    public async Task RetailersAsync(HttpContext context)
    {
        var retailers = await data.Reader.GetRetailerOverviewsAsync(data.Now.AddDays(-1), context.RequestAborted).ConfigureAwait(false);
        await JsonResponse.WriteAsync(context, json =>
        {
            json.WriteStartArray();
            foreach (var r in retailers)
            {
                json.WriteStartObject();
                json.WriteNumber("id", r.Id);
                json.WriteString("name", r.Name);
                json.WriteString("baseUrl", r.BaseUrl);
                json.WriteNumber("products", r.Products);
                json.WriteNumber("categories", r.Categories);
                json.WriteNumber("alertsLastDay", r.RecentAlerts);
                json.Int("lastRunId", r.LastRun?.Id);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }).ConfigureAwait(false);
    }

    public async Task CategoriesAsync(HttpContext context)
    {
        var ct = context.RequestAborted;
        var only = context.Request.Long("retailer");
        var retailers = (await data.Store.GetRetailersAsync(ct).ConfigureAwait(false)).Where(r => only is null || r.Id == only).ToList();
        var rows = new List<(string Retailer, Storage.Records.CategoryRecord Category, int Products)>();
        foreach (var retailer in retailers)
        {
            var counts = await data.Reader.CountProductsByCategoryAsync(retailer.Id, ct).ConfigureAwait(false);
            rows.AddRange((await data.Store.GetCategoriesAsync(retailer.Id, ct).ConfigureAwait(false)).Select(c => (retailer.Name, c, counts.GetValueOrDefault(c.Id))));
        }

        await JsonResponse.WriteAsync(context, json =>
        {
            json.WriteStartArray();
            foreach (var (retailer, c, products) in rows)
            {
                json.WriteStartObject();
                json.WriteString("retailer", retailer);
                json.WriteNumber("id", c.Id);
                json.WriteString("name", c.Name);
                json.WriteString("url", c.Url);
                json.Int("parentId", c.ParentId);
                json.WriteNumber("depth", c.Depth);
                json.WriteString("path", c.Path);
                json.WriteBoolean("isLeaf", c.IsLeaf);
                json.WriteNumber("products", products);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }).ConfigureAwait(false);
    }

    public async Task AlertsAsync(HttpContext context)
    {
        var query = AlertsPage.ReadQuery(context.Request, data.Now) with { Limit = Math.Clamp(context.Request.Int("limit") ?? 200, 1, MaxAlerts) };
        var alerts = await data.Reader.GetLatestAlertsAsync(query, context.RequestAborted).ConfigureAwait(false);
        await JsonResponse.WriteAsync(context, json =>
        {
            json.WriteStartArray();
            foreach (var a in alerts)
            {
                WriteAlert(json, a);
            }

            json.WriteEndArray();
        }).ConfigureAwait(false);
    }

    public async Task RunsAsync(HttpContext context)
    {
        var runs = await data.Reader.GetRunsAsync(context.Request.Long("retailer"), Math.Clamp(context.Request.Int("limit") ?? 100, 1, 1000), context.RequestAborted).ConfigureAwait(false);
        await JsonResponse.WriteAsync(context, json =>
        {
            json.WriteStartArray();
            foreach (var run in runs)
            {
                WriteRun(json, run);
            }

            json.WriteEndArray();
        }).ConfigureAwait(false);
    }

    public async Task RunAsync(HttpContext context)
    {
        if (context.RouteLong("id") is not { } id || await data.Reader.GetRunAsync(id, context.RequestAborted).ConfigureAwait(false) is not { } run)
        {
            await JsonResponse.NotFoundAsync(context, "no stored run has this id").ConfigureAwait(false);
            return;
        }

        await JsonResponse.WriteAsync(context, json => WriteRun(json, run)).ConfigureAwait(false);
    }

    private void WriteRun(Utf8JsonWriter json, RunRecord run)
    {
        json.WriteStartObject();
        json.WriteNumber("id", run.Id);
        json.WriteString("retailer", run.RetailerName);
        json.WriteString("status", run.Status);
        json.Time("startedAt", run.StartedAt);
        json.Time("finishedAt", run.FinishedAt);
        json.WriteNumber("durationMs", (long)run.Duration(data.Now).TotalMilliseconds);
        json.WriteBoolean("inProgress", run.InProgress);
        json.WriteNumber("errors", run.ErrorCount);
        json.WriteStartArray("stages");
        foreach (var s in run.Stages)
        {
            json.WriteStartObject();
            json.WriteString("stage", s.Stage.ToString());
            json.WriteString("status", s.Status.ToString());
            json.WriteNumber("processed", s.Processed);
            json.WriteNumber("succeeded", s.Succeeded);
            json.WriteNumber("failed", s.Failed);
            json.WriteNumber("changed", s.Changed);
            json.WriteNumber("elapsedMs", (long)s.Elapsed.TotalMilliseconds);
            json.WriteString("note", s.Note);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteAlert(Utf8JsonWriter json, PriceAlert a)
    {
        json.WriteStartObject();
        json.WriteNumber("id", a.Id);
        json.WriteString("kind", AlertKindTable.Name(a.Kind));
        json.WriteString("retailer", a.RetailerName);
        json.WriteNumber("productId", a.ProductId);
        json.WriteString("product", a.Name);
        json.WriteString("url", a.Url);
        json.WriteString("sku", a.Sku);
        json.WriteString("variant", a.VariantKey);
        json.Money("oldPrice", a.OldPrice);
        json.Money("newPrice", a.NewPrice);
        json.WriteString("currency", a.Currency);
        json.Money("percentChange", a.PercentChange);
        json.WriteString("oldAvailability", a.OldAvailability is { } old ? AvailabilityNames.ToSchemaName(old) : null);
        json.WriteString("newAvailability", AvailabilityNames.ToSchemaName(a.NewAvailability));
        json.Time("raisedAt", a.RaisedAt);
        json.Int("runId", a.RunId);
        json.WriteEndObject();
    }
}
