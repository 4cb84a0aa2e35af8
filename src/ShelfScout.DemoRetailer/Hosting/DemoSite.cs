using System.Globalization;
using ShelfScout.DemoRetailer.Listing;
using ShelfScout.DemoRetailer.Markup;
using ShelfScout.DemoRetailer.Pages;

namespace ShelfScout.DemoRetailer.Hosting;

/// <summary>Maps a request (path, query, origin, day) to a rendered response. Pure apart from reading the catalogue.</summary>
internal sealed class DemoSite
{
    private const string PagePathMarker = "page/";

    // The smallest valid PNG (1x1 transparent pixel): product images only need to exist.
    private static readonly byte[] PlaceholderPng = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=");

    private readonly PageShell _shell;
    private readonly IReadOnlyList<string> _extraDisallow;

    public DemoSite(DemoCatalog catalog, DemoTheme theme, IReadOnlyList<string> extraDisallow)
    {
        Catalog = catalog;
        var style = new ThemeStyle(theme, catalog.Seed);
        _shell = new PageShell(style, new SiteChrome(catalog, style));
        _extraDisallow = extraDisallow;
    }

    public DemoCatalog Catalog { get; }

    public SiteResponse Home(string origin, int day) => SiteResponse.Html(HomePage.Render(Context(origin, day)));

    /// <summary>A category URL, optionally with /page/N/ or ?page=N / ?p=N as that category's pagination uses.</summary>
    public SiteResponse Category(string origin, int day, string path, Func<string, string?> query)
    {
        var ctx = Context(origin, day);
        var url = path.EndsWith('/') ? path : path + "/";
        var page = 1;
        var pathPaging = false;
        var marker = url.LastIndexOf("/" + PagePathMarker, StringComparison.Ordinal);
        if (marker >= 0 && int.TryParse(url.AsSpan(marker + 1 + PagePathMarker.Length).TrimEnd('/'), NumberStyles.None, CultureInfo.InvariantCulture, out var pathPage))
        {
            url = url[..(marker + 1)];
            page = pathPage;
            pathPaging = true;
        }

        var category = Catalog.FindCategoryByUrl(url);
        if (category is null)
        {
            return NotFound(ctx, path);
        }

        var layout = ListingLayout.For(Catalog, category);
        if (pathPaging && layout.Parameter != PageParameter.PathSegment)
        {
            return NotFound(ctx, path);
        }

        if (layout.Parameter != PageParameter.PathSegment && query(layout.QueryName) is string raw)
        {
            if (!int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out page))
            {
                return NotFound(ctx, path);
            }
        }

        var html = CategoryPage.Render(ctx, category, page);
        return html is null ? NotFound(ctx, path) : SiteResponse.Html(html);
    }

    public SiteResponse Product(string origin, int day, string slug)
    {
        var ctx = Context(origin, day);
        var product = Catalog.FindProductBySlug(slug);
        return product is null
            ? NotFound(ctx, "/products/" + slug) with { StatusCode = Catalog.IsGoneForGood(slug) ? 410 : 404 }
            : SiteResponse.Html(ProductPage.Render(ctx, product)) with { ModifiedDay = Catalog.LastChangedDay(product, day) };
    }

    public SiteResponse Reviews(string origin, int day, string slug, string? pageText)
    {
        var ctx = Context(origin, day);
        var product = Catalog.FindProductBySlug(slug);
        var page = 1;
        if (product is null || (pageText is not null && !int.TryParse(pageText, NumberStyles.None, CultureInfo.InvariantCulture, out page)))
        {
            return NotFound(ctx, "/products/" + slug + "/reviews");
        }

        var html = ReviewsPage.Render(ctx, product, page);
        return html is null ? NotFound(ctx, product.RelativeUrl + "/reviews") : SiteResponse.Html(html);
    }

    /// <summary>A /pages/{slug} page: the shop's policies, and in the shapes that have them the landing and gated pages.</summary>
    public SiteResponse StaticPage(string origin, int day, string slug, Func<string, string?> query)
    {
        var ctx = Context(origin, day);
        var path = "/pages/" + slug;
        var shape = Catalog.Shape;
        var html = path switch
        {
            DemoCatalog.LandingPath when shape.LandingPage => LandingPage.Render(ctx),
            DemoCatalog.CustomersOnlyPath when shape.CustomersOnlyPage => GatePages.CustomersOnly(ctx),
            DemoCatalog.TradeLoginPath when shape.LoginForPriceProducts > 0 => GatePages.TradeLogin(ctx, query("return_to")),
            _ => InfoPages.RenderStatic(ctx, slug),
        };
        return html is null ? NotFound(ctx, path) : SiteResponse.Html(html);
    }

    /// <summary>Shopify's /collections/{handle}/products/{slug}: the product page under another path, same canonical link.</summary>
    public SiteResponse CollectionProduct(string origin, int day, string slug) =>
        Catalog.Shape.ProductPathAliases ? Product(origin, day, slug) : NotFound(Context(origin, day), ProductLinks.CollectionRoot);

    public SiteResponse Blog(string origin, int day) => SiteResponse.Html(BlogPosts.RenderIndex(Context(origin, day)));

    public SiteResponse BlogPost(string origin, int day, string slug)
    {
        var ctx = Context(origin, day);
        return BlogPosts.RenderPost(ctx, slug) is string html ? SiteResponse.Html(html) : NotFound(ctx, "/blog/" + slug);
    }

    public SiteResponse Cart(string origin, int day) => SiteResponse.Html(InfoPages.Cart(Context(origin, day)));

    public SiteResponse Account(string origin, int day) => SiteResponse.Html(InfoPages.Account(Context(origin, day)));

    public SiteResponse Search(string origin, int day, string? query) => SiteResponse.Html(InfoPages.Search(Context(origin, day), query ?? string.Empty));

    public SiteResponse Robots(string origin) => SiteResponse.Text(CrawlFiles.Robots(origin, _extraDisallow), "text/plain; charset=utf-8");

    public SiteResponse SitemapIndex(string origin, int day) => Xml(CrawlFiles.Index(origin, Catalog, day));

    public SiteResponse PagesSitemap(string origin) => Xml(CrawlFiles.Pages(origin, Catalog));

    public SiteResponse CategorySitemap(string origin, int day) => Xml(CrawlFiles.Categories(origin, Catalog, day));

    public SiteResponse ProductSitemap(string origin, int day, string partText)
    {
        var xml = int.TryParse(partText, NumberStyles.None, CultureInfo.InvariantCulture, out var part) ? CrawlFiles.Products(origin, Catalog, part, day) : null;
        return xml is null ? NotFound(Context(origin, day), "/sitemap_products_" + partText + ".xml") : Xml(xml);
    }

    public SiteResponse Truth(string origin, int day) => new(200, "application/json; charset=utf-8", TruthDocument.Write(Catalog, origin, day));

    public SiteResponse Image(string origin, int day, string path) =>
        path.EndsWith(".png", StringComparison.Ordinal) ? new SiteResponse(200, "image/png", PlaceholderPng) : NotFound(Context(origin, day), path);

    public static SiteResponse Asset(string file) => file switch
    {
        "theme.css" => SiteResponse.Text("body{font-family:sans-serif}.visually-hidden{position:absolute;clip:rect(0 0 0 0)}\n", "text/css; charset=utf-8"),
        "theme.js" => SiteResponse.Text("document.documentElement.classList.add('js');\n", "text/javascript; charset=utf-8"),
        _ => new SiteResponse(404, "text/plain; charset=utf-8", "Not found"u8.ToArray()),
    };

    public SiteResponse NotFound(string origin, int day, string path) => NotFound(Context(origin, day), path);

    public static SiteResponse ServerError() => new(500, "text/html; charset=utf-8", "<!DOCTYPE html><html><head><title>Error</title></head><body><h1>500 Internal Server Error</h1></body></html>"u8.ToArray());

    private static SiteResponse NotFound(RenderContext ctx, string path) => SiteResponse.Html(InfoPages.NotFound(ctx, path), 404);

    private static SiteResponse Xml(string xml) => SiteResponse.Text(xml, "application/xml; charset=utf-8");

    private RenderContext Context(string origin, int day) => new(Catalog, _shell, origin, day);
}
