using ShelfScout.DemoRetailer.Markup;

namespace ShelfScout.DemoRetailer.Pages;

/// <summary>Everything a page renderer needs for one request: the catalogue, theme, the request's origin and the simulated day.</summary>
internal sealed record RenderContext(DemoCatalog Catalog, PageShell Shell, string Origin, int Day)
{
    public ThemeStyle Style => Shell.Style;

    /// <summary>JSON-LD blocks for a page: the site-wide Organization first (as real themes do), then the page's own.</summary>
    public IReadOnlyList<string> JsonLd(params string[] pageBlocks) =>
        Style.UsesJsonLd ? [Markup.JsonLd.Organization(Origin), .. pageBlocks] : [];
}
