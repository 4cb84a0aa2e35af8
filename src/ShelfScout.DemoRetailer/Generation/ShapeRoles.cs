namespace ShelfScout.DemoRetailer.Generation;

/// <summary>
/// Which products play a special part in a store shape: listed nowhere but the sitemap, quote-only, priced
/// after login, or on back-order. The groups are disjoint and picked by a seeded hash, so they do not follow the catalogue order.
/// </summary>
internal sealed class ShapeRoles
{
    private readonly HashSet<int> _sitemapOnly;
    private readonly Dictionary<int, PriceDisplay> _priceDisplay;
    private readonly HashSet<int> _backOrder;

    private ShapeRoles(HashSet<int> sitemapOnly, Dictionary<int, PriceDisplay> priceDisplay, HashSet<int> backOrder)
    {
        _sitemapOnly = sitemapOnly;
        _priceDisplay = priceDisplay;
        _backOrder = backOrder;
    }

    public static ShapeRoles Assign(DemoStoreOptions shape, IReadOnlyList<DemoProduct> products)
    {
        var order = products.OrderBy(p => StableRandom.Hash(shape.Seed, "shape-role", p.Id)).Select(p => p.Id).ToList();
        var sitemapOnly = order.Take(shape.SitemapOnlyProducts).ToHashSet();
        var display = new Dictionary<int, PriceDisplay>();
        foreach (var id in order.Skip(shape.SitemapOnlyProducts).Take(shape.QuoteOnlyProducts))
        {
            display[id] = PriceDisplay.OnRequest;
        }

        foreach (var id in order.Skip(shape.SitemapOnlyProducts + shape.QuoteOnlyProducts).Take(shape.LoginForPriceProducts))
        {
            display[id] = PriceDisplay.AfterLogin;
        }

        var backOrder = order.Skip(shape.SitemapOnlyProducts + shape.QuoteOnlyProducts + shape.LoginForPriceProducts).Take(shape.BackOrderProducts).ToHashSet();
        return new ShapeRoles(sitemapOnly, display, backOrder);
    }

    public bool IsSitemapOnly(int productId) => _sitemapOnly.Contains(productId);

    public bool IsBackOrder(int productId) => _backOrder.Contains(productId);

    public PriceDisplay PriceDisplayOf(int productId) => _priceDisplay.GetValueOrDefault(productId, PriceDisplay.Shown);
}
