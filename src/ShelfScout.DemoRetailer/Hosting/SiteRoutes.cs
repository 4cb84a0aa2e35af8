using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace ShelfScout.DemoRetailer.Hosting;

/// <summary>The store's URL space as minimal-API endpoints, plus the middleware that counts requests and injects failures.</summary>
internal static class SiteRoutes
{
    private static readonly string[] GetAndHead = ["GET", "HEAD"];

    public static void Map(WebApplication app, DemoSite site, RequestLedger ledger, Func<int> day, DemoFaults faults, int seed)
    {
        var injector = new FaultInjector(faults, seed);
        app.Use(async (HttpContext context, RequestDelegate next) =>
        {
            var path = context.Request.Path.Value ?? "/";
            var pathAndQuery = path + context.Request.QueryString.Value;
            ledger.Record(pathAndQuery);
            using var inFlight = ledger.Enter();
            if (ledger.ShouldFail(path))
            {
                await WriteAsync(context, DemoSite.ServerError()).ConfigureAwait(false);
                return;
            }

            if (faults.Any && !path.StartsWith("/__", StringComparison.Ordinal) && await injector.InjectAsync(context, pathAndQuery).ConfigureAwait(false))
            {
                return;
            }

            if (faults.Latency > TimeSpan.Zero)
            {
                await Task.Delay(faults.Latency, context.RequestAborted).ConfigureAwait(false);
            }

            await next(context).ConfigureAwait(false);
        });

        Get(app, "/", c => site.Home(Origin(c), day()), ledger, day);
        Get(app, "/robots.txt", c => site.Robots(Origin(c)), ledger, day);
        Get(app, "/sitemap.xml", c => site.SitemapIndex(Origin(c), day()), ledger, day);
        Get(app, "/sitemap_pages.xml", c => site.PagesSitemap(Origin(c)), ledger, day);
        Get(app, "/sitemap_categories.xml", c => site.CategorySitemap(Origin(c), day()), ledger, day);
        Get(app, "/sitemap_products_{part}.xml", c => site.ProductSitemap(Origin(c), day(), Route(c, "part")), ledger, day);
        Get(app, "/product-category/{**rest}", c => site.Category(Origin(c), day(), c.Request.Path.Value!, name => Query(c, name)), ledger, day);
        Get(app, "/products/{slug}", c => site.Product(Origin(c), day(), Route(c, "slug")), ledger, day);
        Get(app, "/products/{slug}/reviews", c => site.Reviews(Origin(c), day(), Route(c, "slug"), Query(c, "page")), ledger, day);
        Get(app, "/collections/{handle}/products/{slug}", c => site.CollectionProduct(Origin(c), day(), Route(c, "slug")), ledger, day);
        Get(app, "/pages/{slug}", c => site.StaticPage(Origin(c), day(), Route(c, "slug"), name => Query(c, name)), ledger, day);
        Get(app, "/blog", c => site.Blog(Origin(c), day()), ledger, day);
        Get(app, "/blog/{slug}", c => site.BlogPost(Origin(c), day(), Route(c, "slug")), ledger, day);
        Get(app, "/cart", c => site.Cart(Origin(c), day()), ledger, day);
        Get(app, "/account", c => site.Account(Origin(c), day()), ledger, day);
        Get(app, "/search", c => site.Search(Origin(c), day(), Query(c, "q")), ledger, day);
        Get(app, "/images/{**rest}", c => site.Image(Origin(c), day(), c.Request.Path.Value!), ledger, day);
        Get(app, "/assets/{file}", c => DemoSite.Asset(Route(c, "file")), ledger, day);
        Get(app, "/__truth.json", c => site.Truth(Origin(c), day()), ledger, day);
        Get(app, "/__requests.json", _ => RequestCounts(ledger), ledger, day);
        app.MapFallback(c => WriteAsync(c, site.NotFound(Origin(c), day(), c.Request.Path.Value ?? "/")));
    }

    private static void Get(WebApplication app, string pattern, Func<HttpContext, SiteResponse> handler, RequestLedger ledger, Func<int> day) =>
        app.MapMethods(pattern, GetAndHead, (RequestDelegate)(context => WriteValidatedAsync(context, handler(context), ledger, day())));

    /// <summary>
    /// HTML pages and XML sitemaps answered 200 carry a strong ETag (hash of the body) and a Last-Modified (the
    /// simulated date the content last changed); a matching If-None-Match, or failing that an If-Modified-Since
    /// not older than Last-Modified, answers 304 with no body.
    /// </summary>
    private static Task WriteValidatedAsync(HttpContext context, SiteResponse response, RequestLedger ledger, int day)
    {
        if (response.StatusCode != 200 || !(response.ContentType.StartsWith("text/html", StringComparison.Ordinal) || response.ContentType.StartsWith("application/xml", StringComparison.Ordinal)))
        {
            return WriteAsync(context, response);
        }

        var etag = "\"" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(response.Body), 0, 16) + "\"";
        var modified = new DateTimeOffset(DemoCatalog.FirstDate.AddDays(Math.Max(0, response.ModifiedDay ?? day)).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var headers = context.Response.Headers;
        headers.ETag = etag;
        headers.LastModified = modified.ToString("R", System.Globalization.CultureInfo.InvariantCulture);
        var request = context.Request.GetTypedHeaders();
        var notModified = request.IfNoneMatch.Count > 0
            ? request.IfNoneMatch.Any(tag => tag.Tag.Value == "*" || tag.Tag.Value == etag)
            : request.IfModifiedSince is { } since && modified <= since;
        if (!notModified)
        {
            return WriteAsync(context, response);
        }

        ledger.RecordNotModified();
        context.Response.StatusCode = StatusCodes.Status304NotModified;
        return Task.CompletedTask;
    }

    private static async Task WriteAsync(HttpContext context, SiteResponse response)
    {
        context.Response.StatusCode = response.StatusCode;
        context.Response.ContentType = response.ContentType;
        context.Response.ContentLength = response.Body.Length;
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            await context.Response.Body.WriteAsync(response.Body, context.RequestAborted).ConfigureAwait(false);
        }
    }

    /// <summary>Requests served so far, in all and per path+query, for benchmarks that count what a crawl cost.</summary>
    private static SiteResponse RequestCounts(RequestLedger ledger)
    {
        using var stream = new MemoryStream();
        using (var writer = new System.Text.Json.Utf8JsonWriter(stream))
        {
            writer.WriteStartObject();
            writer.WriteNumber("total", ledger.Total);
            writer.WriteNumber("productPages", ledger.ProductPages);
            writer.WriteNumber("otherRequests", ledger.Total - ledger.ProductPages);
            writer.WriteNumber("notModified", ledger.NotModified);
            writer.WriteStartObject("byPath");
            foreach (var (path, count) in ledger.ByPath.OrderBy(kv => kv.Key, StringComparer.Ordinal))
            {
                writer.WriteNumber(path, count);
            }

            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        return SiteResponse.Text(System.Text.Encoding.UTF8.GetString(stream.ToArray()), "application/json");
    }

    private static string Origin(HttpContext context) => context.Request.Scheme + "://" + context.Request.Host.Value;

    private static string Route(HttpContext context, string name) => context.Request.RouteValues[name] as string ?? string.Empty;

    private static string? Query(HttpContext context, string name) =>
        context.Request.Query.TryGetValue(name, out var values) && values.Count > 0 ? values[0] : null;
}
