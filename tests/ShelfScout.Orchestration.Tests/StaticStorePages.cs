namespace ShelfScout.Orchestration.Tests;

/// <summary>Markup of a small static store (breadcrumbs, product grids, product pages) for crawls of shapes the demo retailer lacks.</summary>
internal static class StaticStorePages
{
    public static string Crumbs(params (string Name, string? Url)[] items) =>
        "<nav aria-label=\"breadcrumb\"><ol><li><a href=\"/\">Home</a></li>"
        + string.Concat(items.Select(i => i.Url is null ? $"<li>{i.Name}</li>" : $"<li><a href=\"{i.Url}\">{i.Name}</a></li>"))
        + "</ol></nav>";

    public static string Grid(params (string Name, string Url)[] products) =>
        "<ul class=\"grid\">" + string.Concat(products.Select((p, i) => $"<li><a href=\"{p.Url}\"><img src=\"/img{p.Url}.png\" alt=\"{p.Name}\"></a><h3><a href=\"{p.Url}\">{p.Name}</a></h3><span>£{4 + i}.50</span></li>")) + "</ul>";

    /// <summary>A product page: JSON-LD offer, the name as its heading, a price, stock and a buy button under <paramref name="menu"/>.</summary>
    public static string Product(string name, string slug, string menu) =>
        $$$"""
        <!doctype html><html><head><title>{{{name}}}</title>
        <script type="application/ld+json">{"@context":"https://schema.org","@type":"Product","name":"{{{name}}}","sku":"SKU-{{{slug}}}",
        "offers":{"@type":"Offer","price":"5.50","priceCurrency":"GBP","availability":"https://schema.org/InStock"}}</script></head>
        <body>{{{menu}}}<main><h1>{{{name}}}</h1><p>£5.50</p><p>In stock</p><button>Add to basket</button><p>SKU: SKU-{{{slug}}}</p></main></body></html>
        """;
}
