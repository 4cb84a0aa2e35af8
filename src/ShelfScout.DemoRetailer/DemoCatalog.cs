using ShelfScout.Domain.Catalog;
using ShelfScout.DemoRetailer.Generation;

namespace ShelfScout.DemoRetailer;

/// <summary>The generator's truth: a deterministic wellness catalogue built from (seed, product count), usable without a server.</summary>
public sealed class DemoCatalog
{
    private readonly IReadOnlyList<ProductTraits> _traits;
    private readonly Dictionary<int, DemoCategory> _categoriesById;
    private readonly Dictionary<int, IReadOnlyList<DemoCategory>> _children;
    private readonly Dictionary<int, IReadOnlyList<DemoProduct>> _listings;
    private readonly Dictionary<string, DemoProduct> _productsBySlug;
    private readonly Dictionary<string, DemoCategory> _categoriesByUrl;
    private readonly ShapeRoles _roles;
    private readonly ControlledOffers? _controlled;

    private DemoCatalog(DemoStoreOptions shape, CategoryTree tree, IReadOnlyList<DemoProduct> products)
    {
        Seed = shape.Seed;
        Shape = shape;
        Categories = tree.Categories;
        Products = products;
        _roles = ShapeRoles.Assign(shape, products);
        _traits = products.Select(p => ProductTraits.Generate(shape.Seed, p.Id)).ToList();
        _categoriesById = Categories.ToDictionary(c => c.Id);
        _categoriesByUrl = Categories.ToDictionary(c => c.RelativeUrl, StringComparer.Ordinal);
        _productsBySlug = products.ToDictionary(p => p.Slug, StringComparer.Ordinal);
        _children = Categories.ToDictionary(
            c => c.Id,
            c => (IReadOnlyList<DemoCategory>)Categories.Where(child => child.ParentId == c.Id).ToList());
        _listings = Categories.ToDictionary(c => c.Id, c => (IReadOnlyList<DemoProduct>)ListingFor(c));
        _controlled = shape.OfferChangeRate is double rate ? new ControlledOffers(shape.Seed, rate, _traits) : null;
    }

    /// <summary>The simulated calendar date of day 0; day N is this date plus N days (sitemap lastmod, Last-Modified).</summary>
    public static DateOnly FirstDate { get; } = new(2025, 7, 1);

    /// <summary>Longest look-back of <see cref="LastChangedDay"/>.</summary>
    private const int MaxLookBackDays = 366;

    /// <summary>Path of the customers-only wholesale page (<see cref="DemoStoreOptions.CustomersOnlyPage"/>).</summary>
    public const string CustomersOnlyPath = "/pages/wholesale";

    /// <summary>Path of the collection landing page (<see cref="DemoStoreOptions.LandingPage"/>).</summary>
    public const string LandingPath = "/pages/the-wellness-edit";

    /// <summary>Path of the trade login page that "Log in to see prices" links to, followed by <c>?return_to=</c>.</summary>
    public const string TradeLoginPath = "/pages/trade-login";

    /// <summary>How many product cards the landing page features.</summary>
    public const int LandingFeaturedCount = 4;

    public int Seed { get; }

    /// <summary>The store-shape options this catalogue was generated for (menu depth, pager, hidden products, ...).</summary>
    public DemoStoreOptions Shape { get; }

    public IReadOnlyList<DemoCategory> Categories { get; }

    public IReadOnlyList<DemoProduct> Products { get; }

    public int ExpectedCategories => Categories.Count;

    public int ExpectedProducts => Products.Count(IsOnSale);

    public int ExpectedReviews => Products.Where(IsOnSale).Sum(p => p.Reviews.Count);

    private int _day;

    /// <summary>The day the store serves (with <see cref="DemoStoreOptions.Churn"/>, which products are on sale); set by <see cref="DemoStore.Day"/>.</summary>
    public int Day
    {
        get => Volatile.Read(ref _day);
        set => Volatile.Write(ref _day, value);
    }

    /// <summary>Whether the product is on sale today (always, without churn).</summary>
    public bool IsOnSale(DemoProduct product) => OnSaleOn(product, Day);

    /// <summary>Whether the product is on sale on <paramref name="day"/>: added by then and not yet removed.</summary>
    public bool OnSaleOn(DemoProduct product, int day)
    {
        ArgumentNullException.ThrowIfNull(product);
        if (Shape.Churn <= 0)
        {
            return true;
        }

        var late = Unit(StableRandom.Hash(Seed, "churn-late", product.Id)) < Shape.Churn;
        var appears = late ? 1 + (int)(StableRandom.Hash(Seed, "churn-day", product.Id) % 3) : 0;
        if (day < appears)
        {
            return false;
        }

        for (var d = Math.Max(1, appears + 1); d <= day; d++)
        {
            if (Unit(StableRandom.Hash(Seed, "churn-gone:" + d.ToString(System.Globalization.CultureInfo.InvariantCulture), product.Id)) < Shape.Churn)
            {
                return false;
            }
        }

        return true;
    }

    private static double Unit(ulong hash) => (hash % 1_000_000UL) / 1_000_000.0;

    /// <summary>Generates the catalogue; the same arguments always give the same catalogue.</summary>
    public static DemoCatalog Generate(int seed, int productCount) =>
        Generate(new DemoStoreOptions { Seed = seed, ProductCount = productCount });

    /// <summary>Generates the catalogue for a store shape; the same options always give the same catalogue.</summary>
    public static DemoCatalog Generate(DemoStoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfNegative(options.ProductCount);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MenuDepth, 1);
        var special = options.SitemapOnlyProducts + options.QuoteOnlyProducts + options.LoginForPriceProducts + options.BackOrderProducts;
        ArgumentOutOfRangeException.ThrowIfGreaterThan(special, options.ProductCount);
        if (options.OfferChangeRate is double rate && (double.IsNaN(rate) || rate < 0 || rate > 1))
        {
            throw new ArgumentOutOfRangeException(nameof(options), rate, "OfferChangeRate must be between 0 and 1.");
        }

        var tree = CategoryTree.Generate(options.Seed);
        return new DemoCatalog(options, tree, ProductGenerator.Generate(options.Seed, options.ProductCount, tree));
    }

    /// <summary>False for products that appear in no listing, carousel or related block: only the product sitemap has them.</summary>
    public bool IsListed(DemoProduct product)
    {
        ArgumentNullException.ThrowIfNull(product);
        return !_roles.IsSitemapOnly(product.Id) && IsOnSale(product);
    }

    /// <summary>What the product's page shows where the price would be; a crawler should store no price unless <see cref="PriceDisplay.Shown"/>.</summary>
    public PriceDisplay PriceDisplayOf(DemoProduct product)
    {
        ArgumentNullException.ThrowIfNull(product);
        return _roles.PriceDisplayOf(product.Id);
    }

    /// <summary>
    /// The categories a crawler should link the product to: every listing showing it, or, for a product no listing
    /// shows, the categories its page names (its breadcrumb's and its "Categories:" line's).
    /// </summary>
    public IReadOnlyList<DemoCategory> PlacedIn(DemoProduct product)
    {
        ArgumentNullException.ThrowIfNull(product);
        return IsListed(product) ? ListedIn(product) : product.CategoryIds.Select(CategoryById).ToList();
    }

    /// <summary>How many listing pages the category's page has (parents show one page of subcategories and popular products).</summary>
    public int ListingPageCount(DemoCategory category)
    {
        ArgumentNullException.ThrowIfNull(category);
        return category.IsLeaf ? Listing.ListingLayout.For(this, category).PageCount(ProductsIn(category).Count) : 1;
    }

    /// <summary>Whether the menu, footer and category sitemap link this category (see <see cref="DemoStoreOptions.MenuDepth"/>).</summary>
    public bool IsInMenu(DemoCategory category)
    {
        ArgumentNullException.ThrowIfNull(category);
        return category.Depth < Shape.MenuDepth;
    }

    /// <summary>Pages of this shape that look like shop pages but are not products: gates, customers-only and landing pages.</summary>
    public IReadOnlyList<string> NonProductPaths()
    {
        var paths = new List<string>();
        if (Shape.CustomersOnlyPage)
        {
            paths.Add(CustomersOnlyPath);
        }

        if (Shape.LandingPage)
        {
            paths.Add(LandingPath);
        }

        paths.AddRange(Products.Where(p => PriceDisplayOf(p) == PriceDisplay.AfterLogin).Select(TradeLoginPathFor));
        return paths;
    }

    /// <summary>The trade login page a "Log in to see prices" product links to.</summary>
    public static string TradeLoginPathFor(DemoProduct product)
    {
        ArgumentNullException.ThrowIfNull(product);
        return TradeLoginPath + "?return_to=" + Uri.EscapeDataString(product.RelativeUrl);
    }

    /// <summary>The product's price and stock on the given simulated day.</summary>
    public DemoOffer OfferFor(DemoProduct product, int day)
    {
        ArgumentNullException.ThrowIfNull(product);
        var offer = _controlled?.For(product.Id, day) ?? OfferCalculator.For(Seed, product.Id, _traits[product.Id - 1], day);
        return _roles.IsBackOrder(product.Id) ? offer with { Availability = Availability.BackOrder, Quantity = null } : offer;
    }

    /// <summary>The latest day, at most <paramref name="day"/>, on which the product's offer differed from the day before (0 if never).</summary>
    public int LastChangedDay(DemoProduct product, int day)
    {
        ArgumentNullException.ThrowIfNull(product);
        var current = OfferFor(product, day);
        var floor = Math.Max(0, day - MaxLookBackDays);
        for (var d = day; d > floor; d--)
        {
            var before = OfferFor(product, d - 1);
            if (before != current)
            {
                return d;
            }
        }

        return floor;
    }

    /// <summary>
    /// What a monitoring crawl of day <paramref name="toDay"/> should report against one of day <paramref name="fromDay"/>:
    /// per product a price drop or rise (current price only; a list-price-only change is none) and a stock change
    /// when it turned buyable or not buyable. Products whose price is hidden (quote, login) are left out.
    /// </summary>
    public IReadOnlyList<DemoChange> ChangesBetween(int fromDay, int toDay)
    {
        var changes = new List<DemoChange>();
        foreach (var product in Products)
        {
            var (before, after) = (OnSaleOn(product, fromDay), OnSaleOn(product, toDay));
            if (before != after)
            {
                var offer = OfferFor(product, after ? toDay : fromDay);
                var shown = PriceDisplayOf(product) == PriceDisplay.Shown;
                changes.Add(after
                    ? new DemoChange(ShelfScout.Domain.Runs.PriceAlertKind.NewProduct, product.RelativeUrl, product.Sku, null, shown ? offer.Price : null, null, offer.Availability)
                    : new DemoChange(ShelfScout.Domain.Runs.PriceAlertKind.Delisted, product.RelativeUrl, product.Sku, shown ? offer.Price : null, null, offer.Availability, ShelfScout.Domain.Catalog.Availability.Discontinued));
                continue;
            }

            if (!after || PriceDisplayOf(product) != PriceDisplay.Shown)
            {
                continue;
            }

            var old = OfferFor(product, fromDay);
            var now = OfferFor(product, toDay);
            if (ShelfScout.Domain.Runs.OfferAlerts.ForPrice(old.Price, now.Price) is { } priceKind)
            {
                changes.Add(new DemoChange(priceKind, product.RelativeUrl, product.Sku, old.Price, now.Price, old.Availability, now.Availability));
            }

            if (ShelfScout.Domain.Runs.OfferAlerts.ForStock(old.Availability, now.Availability) is { } stockKind)
            {
                changes.Add(new DemoChange(stockKind, product.RelativeUrl, product.Sku, old.Price, now.Price, old.Availability, now.Availability));
            }
        }

        return changes;
    }

    /// <summary>
    /// Products in the order the store lists them: for a leaf, every product filed under it; for a parent,
    /// every product of its descendant leaves (without duplicates).
    /// </summary>
    public IReadOnlyList<DemoProduct> ProductsIn(DemoCategory category)
    {
        ArgumentNullException.ThrowIfNull(category);
        return Shape.Churn <= 0 ? _listings[category.Id] : _listings[category.Id].Where(IsOnSale).ToList();
    }

    /// <summary>Products a parent category's page shows as its popular ones, beside its subcategory links.</summary>
    public const int PopularPerParent = 4;

    /// <summary>
    /// Every category whose page lists the product: its leaves, and each parent that shows it among its popular
    /// products. A crawler that links a product to every listing showing it should find exactly these.
    /// </summary>
    public IReadOnlyList<DemoCategory> ListedIn(DemoProduct product)
    {
        ArgumentNullException.ThrowIfNull(product);
        return Categories
            .Where(c => c.IsLeaf ? IsListed(product) && product.CategoryIds.Contains(c.Id) : ProductsIn(c).Take(PopularPerParent).Contains(product))
            .ToList();
    }

    public IReadOnlyList<DemoCategory> ChildrenOf(DemoCategory category)
    {
        ArgumentNullException.ThrowIfNull(category);
        return _children[category.Id];
    }

    public DemoCategory CategoryById(int id) => _categoriesById[id];

    internal DemoCategory? FindCategoryByUrl(string relativeUrl) => _categoriesByUrl.GetValueOrDefault(relativeUrl);

    /// <summary>The product of a slug, while it is on sale (a removed product's page is gone).</summary>
    internal DemoProduct? FindProductBySlug(string slug) => _productsBySlug.GetValueOrDefault(slug) is { } product && IsOnSale(product) ? product : null;

    /// <summary>A removed product's slug: its page answers 410 Gone for every other product, else 404.</summary>
    internal bool IsGoneForGood(string slug) => _productsBySlug.GetValueOrDefault(slug) is { } product && !IsOnSale(product) && product.Id % 2 == 0;

    internal ProductTraits TraitsOf(DemoProduct product) => _traits[product.Id - 1];

    /// <summary>Ancestors from the top-level department down to the category itself.</summary>
    internal IReadOnlyList<DemoCategory> Lineage(DemoCategory category)
    {
        var chain = new List<DemoCategory> { category };
        while (chain[^1].ParentId is int parentId)
        {
            chain.Add(_categoriesById[parentId]);
        }

        chain.Reverse();
        return chain;
    }

    private List<DemoProduct> ListingFor(DemoCategory category)
    {
        // Category URLs nest, so a leaf is under a parent exactly when its URL starts with the parent's.
        return Products
            .Where(p => !_roles.IsSitemapOnly(p.Id))
            .Where(p => p.CategoryIds.Any(id => _categoriesById[id].RelativeUrl.StartsWith(category.RelativeUrl, StringComparison.Ordinal)))
            .OrderBy(p => StableRandom.Hash(Seed, "listing-order", category.Id, p.Id))
            .ToList();
    }
}
