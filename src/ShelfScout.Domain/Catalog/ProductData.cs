namespace ShelfScout.Domain.Catalog;

/// <summary>The fields of one product as read from one product page.</summary>
public sealed record ProductData
{
    public string? Name { get; init; }
    public string? Sku { get; init; }
    public string? Gtin { get; init; }
    public string? Mpn { get; init; }
    public string? Brand { get; init; }
    public string? Description { get; init; }

    /// <summary>The price the buyer pays now.</summary>
    public decimal? Price { get; init; }

    /// <summary>The list / regular price when the page shows the current price as a reduction from it.</summary>
    public decimal? RegularPrice { get; init; }

    /// <summary>ISO 4217 code, e.g. <c>ZAR</c>.</summary>
    public string? Currency { get; init; }

    public Availability Availability { get; init; }
    public int? StockQuantity { get; init; }
    public IReadOnlyList<string> Images { get; init; } = [];
    public decimal? Rating { get; init; }
    public int? ReviewCount { get; init; }

    /// <summary>Breadcrumb trail names from the root (home excluded) to the product's category.</summary>
    public IReadOnlyList<string> Breadcrumbs { get; init; } = [];

    /// <summary>The canonical URL the page declares for itself, if any.</summary>
    public string? CanonicalUrl { get; init; }

    /// <summary>
    /// The variants the page lists (sizes, colours), each with its own sku, price and availability; empty when the page
    /// lists none. When the page states no better, <see cref="Price"/> and <see cref="Availability"/> are those of the
    /// selected, or else the first purchasable, variant.
    /// </summary>
    public IReadOnlyList<ProductVariant> Variants { get; init; } = [];
}
