namespace ShelfScout.DemoRetailer;

/// <summary>What to generate and where to listen; the store-shape options all default to the plain demo shop.</summary>
public sealed record DemoStoreOptions
{
    /// <summary>The category tree's depth: top level, sub-departments, leaves.</summary>
    public const int FullMenuDepth = 3;

    public int Seed { get; init; } = 42;

    public int ProductCount { get; init; } = 60;

    public DemoTheme Theme { get; init; } = DemoTheme.JsonLd;

    /// <summary>TCP port on 127.0.0.1; 0 picks a free one (read <see cref="DemoStore.BaseUrl"/> after start).</summary>
    public int Port { get; init; }

    /// <summary>Initial simulated day; prices and stock are a function of (seed, product, day).</summary>
    public int Day { get; init; }

    /// <summary>Faults to inject (5xx, 429, resets, delays); none by default.</summary>
    public DemoFaults Faults { get; init; } = new();

    /// <summary>Extra path prefixes written as <c>Disallow:</c> lines in robots.txt.</summary>
    public IReadOnlyList<string> ExtraRobotsDisallow { get; init; } = [];

    /// <summary>
    /// How many category levels the menu, footer and category sitemap show (1 = top-level departments only).
    /// Deeper levels are then linked only from their parent's page, as in shops whose menu lists departments only.
    /// </summary>
    public int MenuDepth { get; init; } = FullMenuDepth;

    /// <summary>
    /// Listings paginate with script buttons (<c>href="#"</c> and a <c>data-page</c>) beside a visible page and
    /// product count, while the server answers <c>?page=N</c>, as AJAX pagers of Shopify and WooCommerce themes do.
    /// </summary>
    public bool ScriptedPager { get; init; }

    /// <summary>How many products (picked per seed) appear in no listing, carousel or related block: only in the product sitemap.</summary>
    public int SitemapOnlyProducts { get; init; }

    /// <summary>
    /// Product cards link Shopify-style collection paths (<c>/collections/&lt;category&gt;/products/&lt;slug&gt;</c>),
    /// related products and pack-size swatches add <c>?variant=N</c>; every path serves the page with one
    /// <c>rel=canonical</c> to <c>/products/&lt;slug&gt;</c>.
    /// </summary>
    public bool ProductPathAliases { get; init; }

    /// <summary>How many products show "Price on request" and a quote button instead of a price (no offer in their structured data).</summary>
    public int QuoteOnlyProducts { get; init; }

    /// <summary>How many products show "Log in to see prices" instead of a price, linking a trade login page per product.</summary>
    public int LoginForPriceProducts { get; init; }

    /// <summary>
    /// How many products are on back-order every day: buyable now and shipped later, their page saying so beside an
    /// order button that takes the cart button's place (and no stock count).
    /// </summary>
    public int BackOrderProducts { get; init; }

    /// <summary>A wholesale catalogue page for approved customers only, linked from the menu and footer, showing only a login gate.</summary>
    public bool CustomersOnlyPage { get; init; }

    /// <summary>A collection landing page linked from the menu: hero banner, a few featured product cards and a "shop all" button.</summary>
    public bool LandingPage { get; init; }

    /// <summary>
    /// When set (0..1), exactly round(rate x products) products change offer from each day to the next, half their
    /// price and half their stock, and the others keep the previous day's offer exactly (for monitoring benchmarks).
    /// Null keeps the calculator's own day-to-day changes.
    /// </summary>
    public double? OfferChangeRate { get; init; }

    /// <summary>
    /// A catalogue that gains and loses products from day to day: about this fraction of the products is added late
    /// (each appears on one of days 1 to 3) and each day about this fraction of the products on sale is removed for good
    /// (its page answers 404, or 410 for every other one, and no listing or sitemap shows it). 0 keeps every product
    /// on sale every day; day 0 has no removed products either way.
    /// </summary>
    public double Churn { get; init; }

    /// <summary>
    /// Product cards on listings show a stock word ("In stock", "Out of stock", ...) beside the price, and in the
    /// microdata theme a schema.org Offer with its availability, as themes with stock badges on cards do.
    /// </summary>
    public bool CardStock { get; init; }
}
