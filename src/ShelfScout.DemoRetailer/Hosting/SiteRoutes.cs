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
            if (ledger.ShouldFail(path))
            {
                await WriteAsync(context, DemoSite.ServerError()).ConfigureAwait(false);
                return;
            }

            if (faults.Any && !path.StartsWith("/__", StringComparison.Ordinal) && await injector.InjectAsync(context, pathAndQuery).ConfigureAwait(false))
            {
                return;
            }

            await next(context).ConfigureAwait(false);
        });

        Get(app, "/", c => site.Home(Origin(c), day()));
        Get(app, "/robots.txt", c => site.Robots(Origin(c)));
        Get(app, "/sitemap.xml", c => site.SitemapIndex(Origin(c), day()));
        Get(app, "/sitemap_pages.xml", c => site.PagesSitemap(Origin(c)));
        Get(app, "/sitemap_categories.xml", c => site.CategorySitemap(Origin(c)));
        Get(app, "/sitemap_products_{part}.xml", c => site.ProductSitemap(Origin(c), day(), Route(c, "part")));
        Get(app, "/product-category/{**rest}", c => site.Category(Origin(c), day(), c.Request.Path.Value!, name => Query(c, name)));
        Get(app, "/products/{slug}", c => site.Product(Origin(c), day(), Route(c, "slug")));
        Get(app, "/products/{slug}/reviews", c => site.Reviews(Origin(c), day(), Route(c, "slug"), Query(c, "page")));
        Get(app, "/collections/{handle}/products/{slug}", c => site.CollectionProduct(Origin(c), day(), Route(c, "slug")));
        Get(app, "/pages/{slug}", c => site.StaticPage(Origin(c), day(), Route(c, "slug"), name => Query(c, name)));
        Get(app, "/blog", c => site.Blog(Origin(c), day()));
        Get(app, "/blog/{slug}", c => site.BlogPost(Origin(c), day(), Route(c, "slug")));
        Get(app, "/cart", c => site.Cart(Origin(c), day()));
        Get(app, "/account", c => site.Account(Origin(c), day()));
        Get(app, "/search", c => site.Search(Origin(c), day(), Query(c, "q")));
        Get(app, "/images/{**rest}", c => site.Image(Origin(c), day(), c.Request.Path.Value!));
        Get(app, "/assets/{file}", c => DemoSite.Asset(Route(c, "file")));
        Get(app, "/__truth.json", c => site.Truth(Origin(c), day()));
        Get(app, "/__requests.json", _ => RequestCounts(ledger));
        app.MapFallback(c => WriteAsync(c, site.NotFound(Origin(c), day(), c.Request.Path.Value ?? "/")));
    }

    private static void Get(WebApplication app, string pattern, Func<HttpContext, SiteResponse> handler) =>
        app.MapMethods(pattern, GetAndHead, (RequestDelegate)(context => WriteAsync(context, handler(context))));

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
