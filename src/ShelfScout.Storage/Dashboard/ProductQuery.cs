using ShelfScout.Domain.Catalog;

namespace ShelfScout.Storage.Dashboard;

/// <summary>Which products to list and how: every filter is optional; <see cref="Offset"/> and <see cref="Limit"/> page the result.</summary>
public sealed record ProductQuery
{
    /// <summary>The most a page may hold, whatever is asked.</summary>
    public const int MaxLimit = 200;

    public long? RetailerId { get; init; }

    /// <summary>Products linked to this category or any category below it.</summary>
    public long? CategoryId { get; init; }

    /// <summary>A SKU (exact, ignoring case) or part of the name.</summary>
    public string? Search { get; init; }

    public Availability? Availability { get; init; }

    /// <summary>Only products whose price changed (not first seen) at or after this time.</summary>
    public DateTimeOffset? PriceChangedSince { get; init; }

    /// <summary>Only products whose latest list price is above their price.</summary>
    public bool OnSale { get; init; }

    /// <summary>Include delisted products (hidden by default).</summary>
    public bool IncludeDelisted { get; init; }

    public ProductSort Sort { get; init; } = ProductSort.Name;

    public int Offset { get; init; }

    public int Limit { get; init; } = 50;
}
