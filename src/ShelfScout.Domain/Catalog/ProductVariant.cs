namespace ShelfScout.Domain.Catalog;

/// <summary>One purchasable variant of a product (a size, a colour) as the page lists it.</summary>
public sealed record ProductVariant
{
    public string? Sku { get; init; }
    public string? Gtin { get; init; }

    /// <summary>The variant's own name or title ("Blue / XL").</summary>
    public string? Name { get; init; }

    /// <summary>Option values that tell this variant apart ("Blue", "XL"), in the page's order.</summary>
    public IReadOnlyList<string> Options { get; init; } = [];

    public decimal? Price { get; init; }

    /// <summary>The variant's list price (compare-at, struck through) when the page states one above <see cref="Price"/>.</summary>
    public decimal? RegularPrice { get; init; }

    /// <summary>ISO 4217 code.</summary>
    public string? Currency { get; init; }

    public Availability Availability { get; init; }

    /// <summary>Units in stock when the page states a count for this variant.</summary>
    public int? StockQuantity { get; init; }

    /// <summary>True when the page marks this variant as the one shown (selected), so the product's own price is its price.</summary>
    public bool IsSelected { get; init; }
}
