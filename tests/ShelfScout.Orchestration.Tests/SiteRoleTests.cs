using ShelfScout.Agents;
using ShelfScout.Domain.Runs;
using ShelfScout.Fetching;
using ShelfScout.Storage.Records;
using ShelfScout.Storage.Sqlite;
using ShelfScout.Testing;

namespace ShelfScout.Orchestration.Tests;

/// <summary>
/// Issue 15's shape 1: pages whose own evidence points two ways (a product page showing a grid of related products and
/// no buy button, a product page whose markup describes its related items, a one-product category showing its card's
/// buy button) take the role of their template group, decided from all of the site's pages.
/// </summary>
public sealed class SiteRoleTests
{
    [Fact]
    public async Task Run_ProductPagesWithARelatedGridAndNoBuyButton_AreProducts_NotCategories()
    {
        // Products under /catalogue/<slug>/index.html, categories under /catalogue/category/<name>/index.html with a
        // pager; every product page shows six sibling cards and has no buy control of its own, no markup.
        var slugs = Enumerable.Range(1, 16).Select(i => $"book-{i}_{i}").ToArray();
        var pages = Robots();
        pages["/"] = BookPage("Books", "<h1>All books</h1>" + BookGrid(slugs[..4]), "/");
        for (var c = 0; c < 2; c++)
        {
            var name = c == 0 ? "travel_2" : "poetry_3";
            var own = slugs[(c * 8)..((c * 8) + 8)];
            var pager = $"<ul class=\"pager\"><li class=\"current\">Page 1 of 2</li><li class=\"next\"><a href=\"page-2.html\">next</a></li></ul>";
            pages[$"/catalogue/category/books/{name}/index.html"] = BookPage(name, $"<h1>{name[..^2]}</h1><p>8 results.</p>" + BookGrid(own[..4]) + pager, "/");
            pages[$"/catalogue/category/books/{name}/page-2.html"] = BookPage(name, $"<h1>{name[..^2]}</h1><p>8 results.</p>" + BookGrid(own[4..]), "/");
        }

        for (var i = 0; i < slugs.Length; i++)
        {
            var related = Enumerable.Range(1, 6).Select(k => slugs[(i + k) % slugs.Length]).ToArray();
            pages[$"/catalogue/{slugs[i]}/index.html"] = BookPage(
                $"Book {i + 1}",
                $"<article class=\"product_page\"><h1>Book {i + 1}</h1><p class=\"price_color\">£{10 + i}.99</p><p class=\"availability\">In stock</p>"
                + $"<table><tr><th>UPC</th><td>a{i:D4}</td></tr></table></article><div class=\"row\">{BookGrid(related)}</div>",
                "/");
        }

        var (summary, categories, products) = await RunAsync(pages);

        Assert.True(products.Count == 16, Describe(summary, products));
        Assert.All(products, p => Assert.StartsWith("Book ", p.Name, StringComparison.Ordinal));
        Assert.Equal(["poetry", "travel"], categories.Select(c => c.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Run_ProductPagesWhoseMarkupDescribesTheirRelatedItems_AreProducts()
    {
        // Every product page carries microdata for three items (its related products, not itself) and a buy button.
        var names = new[] { "Black", "White", "Red", "Blue", "Green", "Grey" };
        var pages = Robots();
        pages["/"] = ShopPage("Home", "<h1>Welcome</h1>");
        pages["/collections/tees"] = ShopPage("Tees", "<h1>Tees</h1>" + StaticStorePages.Grid([.. names[..3].Select(n => (n + " Tee", "/products/" + n.ToLowerInvariant() + "-tee"))]));
        pages["/collections/hats"] = ShopPage("Hats", "<h1>Hats</h1>" + StaticStorePages.Grid([.. names[3..].Select(n => (n + " Tee", "/products/" + n.ToLowerInvariant() + "-tee"))]));
        for (var i = 0; i < names.Length; i++)
        {
            var related = string.Concat(Enumerable.Range(1, 3).Select(k => names[(i + k) % names.Length]).Select(n =>
                $"<div itemscope itemtype=\"https://schema.org/Product\"><a itemprop=\"url\" href=\"/products/{n.ToLowerInvariant()}-tee\"><span itemprop=\"name\">{n} Tee</span></a>"
                + "<div itemprop=\"offers\" itemscope itemtype=\"https://schema.org/Offer\"><meta itemprop=\"price\" content=\"9.00\"><meta itemprop=\"priceCurrency\" content=\"USD\"></div></div>"));
            pages["/products/" + names[i].ToLowerInvariant() + "-tee"] = ShopPage(
                names[i] + " Tee",
                $"<h1>{names[i]} Tee</h1><p>$19.00</p><button type=\"submit\">Add to cart</button><aside>{related}</aside>");
        }

        var (summary, _, products) = await RunAsync(pages);

        Assert.True(products.Count == 6, Describe(summary, products));
    }

    [Fact]
    public async Task Run_OneProductCategoryShowingItsCardsBuyButton_IsACategory_AndItsProductIsStoredFromItsOwnPage()
    {
        // Magento-like: categories that state their item count, one of them holding a single
        // card whose buy button reads as the page's own.
        var pages = Robots();
        pages["/"] = MagentoPage("<div class=\"std\">Welcome</div>");
        pages["/knives.html"] = MagentoPage(Category("Knives", ("Folder", "/knives/folder.html"), ("Hunter", "/knives/hunter.html"), ("Skinner", "/knives/skinner.html")));
        pages["/knives/pocket.html"] = MagentoPage(Category("Pocket Knives", ("Barlow", "/knives/pocket/barlow.html"), ("Trapper", "/knives/pocket/trapper.html")));
        pages["/knives/multi.html"] = MagentoPage(Category("Multi Blade Knives", ("Old Timer Junior", "/knives/multi/old-timer-junior.html")));
        pages["/sharpeners.html"] = MagentoPage(Category("Sharpeners", ("Stone", "/sharpeners/stone.html"), ("Rod", "/sharpeners/rod.html")));
        foreach (var (name, path) in new[] { ("Folder", "/knives/folder.html"), ("Hunter", "/knives/hunter.html"), ("Skinner", "/knives/skinner.html"), ("Barlow", "/knives/pocket/barlow.html"), ("Trapper", "/knives/pocket/trapper.html"), ("Old Timer Junior", "/knives/multi/old-timer-junior.html"), ("Stone", "/sharpeners/stone.html"), ("Rod", "/sharpeners/rod.html") })
        {
            pages[path] = MagentoPage($"<div class=\"product-view\"><div class=\"product-name\"><h1>{name}</h1></div><div class=\"price-box\"><span class=\"price\">$17.80</span></div><p class=\"availability in-stock\">In stock</p><button class=\"button btn-cart\"><span>Add to Cart</span></button></div>");
        }

        var (summary, categories, products) = await RunAsync(pages);

        Assert.True(products.Count == 8, Describe(summary, products));
        Assert.DoesNotContain(products, p => p.Url.EndsWith("/knives/multi.html", StringComparison.Ordinal));
        Assert.Contains(categories, c => c.Name == "Multi Blade Knives");
    }

    [Fact]
    public async Task Run_PagesDecidedByTheirLinkBeforeTheirGroupSettled_AreDecidedAgainByTheGroup()
    {
        // Collections reached only as cards of the home page's "shop by collection" grid. The first seven read are
        // landing pages: a featured product (heading, price, buy button) above the collection's grid, evidence both ways.
        // The last three are plain collections with a pager, which settle the group as listings, but only after the
        // landing pages beyond the wait budget were taken for products by the card that links them. Re-decided at the
        // end of the crawl, they are categories, and no product is left of them.
        var pages = Robots();
        var collections = Enumerable.Range(1, 10).Select(i => ($"Range {i}", $"/collections/range-{i}")).ToArray();
        pages["/"] = HomeOnlyPage("Home", "<h1>Welcome</h1><h2>Shop by collection</h2>" + StaticStorePages.Grid(collections));
        for (var c = 0; c < collections.Length; c++)
        {
            var (name, path) = collections[c];
            var own = Enumerable.Range(1, 4).Select(k => ($"Item {c}-{k}", $"/products/item-{c}-{k}")).ToArray();
            foreach (var (product, url) in own)
            {
                pages[url] = StaticStorePages.Product(product, url[10..], HomeOnlyMenu);
            }

            pages[path] = c < 7
                ? HomeOnlyPage(name, $"<section><h1>{name}</h1><p>£{30 + c}.00</p><form action=\"/cart/add\"><button type=\"submit\">Add to cart</button></form></section>" + StaticStorePages.Grid(own))
                : HomeOnlyPage(name, $"<h1>{name}</h1>" + StaticStorePages.Grid(own) + $"<nav class=\"pagination\"><span>1</span><a href=\"{path}?page=2\">2</a><a rel=\"next\" href=\"{path}?page=2\">Next</a></nav>");
            pages[path + "?page=2"] = HomeOnlyPage(name, $"<h1>{name}</h1>" + StaticStorePages.Grid(own));
        }

        var (summary, categories, products) = await RunAsync(pages, concurrency: 1);

        Assert.True(products.All(p => p.Url.Contains("/products/", StringComparison.Ordinal)), Describe(summary, products));
        Assert.Equal(40, products.Count);
        Assert.Equal(collections.Select(c => c.Item1).Order(StringComparer.Ordinal), categories.Select(c => c.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Run_ProductPagesLinkedFromTheMenu_OnAStoreWhoseProductsAndCategoriesShareOneUrlPattern_AreProducts()
    {
        // Magento-like flat URLs: categories and products are both /<name>.html. The menu links three categories and two
        // featured products; those two show a related grid and no buy button of their own (sold out, "call to order"), so
        // they read both ways, and the menu's other pages of the pattern are categories. The pattern alone cannot tell
        // them apart; the shape of the page's main heading can: they share it with the products, not the categories.
        var categories = new[] { ("Knives", "knives"), ("Sharpeners", "sharpeners"), ("Axes", "axes") };
        var products = categories.SelectMany(c => Enumerable.Range(1, 3).Select(i => ($"{c.Item1} {i}", $"/{c.Item2}-{i}.html"))).ToArray();
        var featured = new[] { ("Gift Set", "/gift-set.html"), ("Collector Box", "/collector-box.html") };
        var menu = "<ul id=\"nav\">" + string.Concat(categories.Select(c => $"<li><a href=\"/{c.Item2}.html\">{c.Item1}</a></li>")) + string.Concat(featured.Select(f => $"<li><a href=\"{f.Item2}\">{f.Item1}</a></li>")) + "</ul>";
        string Page(string main) => $"<!doctype html><html><head><title>Smith Supply</title></head><body><div class=\"wrapper\"><div class=\"header\"><a class=\"logo\" href=\"/\">Smith Supply</a>{menu}</div><div class=\"main\">{main}</div></div></body></html>";
        string ProductView(string name, string extra) => $"<div class=\"product-view\"><div class=\"product-name\"><h1>{name}</h1></div><div class=\"price-box\"><span class=\"price\">$17.80</span></div>{extra}</div>";
        var pages = Robots();
        pages["/"] = Page("<div class=\"std\">Welcome</div>");
        for (var c = 0; c < categories.Length; c++)
        {
            pages[$"/{categories[c].Item2}.html"] = Page(Category(categories[c].Item1, products[(c * 3)..((c * 3) + 3)]).Replace("<h2>", "<h1>", StringComparison.Ordinal).Replace("</h2>", "</h1>", StringComparison.Ordinal));
        }

        foreach (var (name, path) in products)
        {
            pages[path] = Page(ProductView(name, "<p class=\"availability in-stock\">In stock</p><button class=\"button btn-cart\"><span>Add to Cart</span></button>"));
        }

        foreach (var (name, path) in featured)
        {
            pages[path] = Page(ProductView(name, "<p class=\"availability out-of-stock\">Out of stock</p>") + "<div class=\"box-related\"><h2>Related products</h2>"
                + "<ol class=\"products-grid\">" + string.Concat(products[..3].Select(p => $"<li><a class=\"product-image\" href=\"{p.Item2}\"><img src=\"/media{p.Item2}.jpg\" alt=\"{p.Item1}\"></a><h3 class=\"product-name\"><a href=\"{p.Item2}\">{p.Item1}</a></h3><span class=\"price\">$17.80</span></li>")) + "</ol></div>");
        }

        var (summary, stored, found) = await RunAsync(pages, concurrency: 1);

        Assert.True(found.Count == 11, Describe(summary, found));
        Assert.Equal(["Axes", "Knives", "Sharpeners"], stored.Select(c => c.Name).Order(StringComparer.Ordinal));
    }

    private static string Describe(RunSummary summary, IReadOnlyList<ProductRef> products) =>
        string.Join(" / ", summary.Stages.Select(s => s.Stage + ": " + s.Note)) + " | " + string.Join(", ", products.Select(p => p.Url + "=" + p.Name));

    private static async Task<(RunSummary Summary, IReadOnlyList<CategoryRecord> Categories, IReadOnlyList<ProductRef> Products)> RunAsync(Dictionary<string, string> pages, int concurrency = 2)
    {
        await using var site = await StaticSite.StartAsync(pages);
        using var directory = new TempDirectory();
        await using var store = await SqliteShelfStore.OpenAsync(Path.Combine(directory.Path, "roles.db"), TimeProvider.System, CancellationToken.None);
        using var fetcher = new HttpPageFetcher(new FetchOptions { PerHostDelay = TimeSpan.Zero, PerHostConcurrency = 4 }, TimeProvider.System);
        var orchestrator = new MasterOrchestrator(store, fetcher, TimeProvider.System);
        var summary = await orchestrator.RunAsync(new RunRequest { Url = site.BaseUrl, Reviews = false, Limits = new AgentLimits { Concurrency = concurrency } }, null, CancellationToken.None);
        return (summary, await store.GetCategoriesAsync(summary.Retailer.Id, CancellationToken.None), await store.GetProductRefsAsync(summary.Retailer.Id, CancellationToken.None));
    }

    private static Dictionary<string, string> Robots() => new(StringComparer.Ordinal) { ["/robots.txt"] = "User-agent: *\nAllow: /\n" };

    private const string BookMenu = """
        <header><div class="page_inner"><a href="/">Books to Scrape</a></div></header>
        <aside><ul class="nav nav-list"><li><a href="/catalogue/category/books/travel_2/index.html">Travel</a></li><li><a href="/catalogue/category/books/poetry_3/index.html">Poetry</a></li></ul></aside>
        """;

    private static string BookPage(string title, string main, string root) =>
        $"<!doctype html><html><head><title>{title} | Books</title></head><body>{BookMenu}<div class=\"content\">{main}</div></body></html>";

    private static string BookGrid(IEnumerable<string> slugs) =>
        "<ol class=\"row\">" + string.Concat(slugs.Select((s, i) =>
            $"<li><article class=\"product_pod\"><a href=\"/catalogue/{s}/index.html\"><img src=\"/media/{s}.jpg\" alt=\"{s}\"></a>"
            + $"<h3><a href=\"/catalogue/{s}/index.html\" title=\"{s}\">{s}</a></h3><p class=\"price_color\">£{20 + i}.00</p><p class=\"availability\">In stock</p>"
            + "<form><button type=\"submit\">Add to basket</button></form></article></li>")) + "</ol>";

    private const string ShopMenu = """<header><nav aria-label="Main"><ul><li><a href="/collections/tees">Tees</a></li><li><a href="/collections/hats">Hats</a></li></ul></nav></header>""";

    private const string HomeOnlyMenu = """<header><nav aria-label="Main"><ul><li><a href="/">Home</a></li></ul></nav></header>""";

    private static string HomeOnlyPage(string title, string main) =>
        $"<!doctype html><html><head><title>{title} | Ranges</title></head><body>{HomeOnlyMenu}<main>{main}</main></body></html>";

    private static string ShopPage(string title, string main) =>
        $"<!doctype html><html><head><title>{title} | Threads</title></head><body>{ShopMenu}<main>{main}</main></body></html>";

    private const string MagentoMenu = """
        <div class="header"><a class="logo" href="/">Smith Supply</a>
        <ul id="nav"><li><a href="/knives.html">Knives</a><ul><li><a href="/knives/pocket.html">Pocket Knives</a></li><li><a href="/knives/multi.html">Multi Blade Knives</a></li></ul></li><li><a href="/sharpeners.html">Sharpeners</a></li></ul></div>
        """;

    private static string MagentoPage(string main) =>
        $"<!doctype html><html><head><title>Smith Supply</title></head><body><div class=\"wrapper\">{MagentoMenu}<div class=\"main\">{main}</div></div></body></html>";

    private static string Category(string name, params (string Name, string Url)[] products) =>
        $"<div class=\"category-title\"><h2>{name}</h2></div><div class=\"toolbar\"><p class=\"amount\"><strong>{products.Length} Item(s)</strong></p></div>"
        + "<table class=\"products-grid\"><tr>" + string.Concat(products.Select(p =>
            $"<td><a class=\"product-image\" href=\"{p.Url}\"><img src=\"/media{p.Url}.jpg\" alt=\"{p.Name}\"></a><h3 class=\"product-name\"><a href=\"{p.Url}\">{p.Name}</a></h3>"
            + "<div class=\"price-box\"><span class=\"price\">$17.80</span></div><button class=\"button\" onclick=\"setLocation('/checkout/cart/add/')\"><span>Add to Cart</span></button></td>"))
        + "</tr></table>";
}
