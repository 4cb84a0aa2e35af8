using ShelfScout.Domain.Catalog;

namespace ShelfScout.Storage.Records;

/// <summary>A product's identity and latest known offer, enough for price monitoring.</summary>
public sealed record ProductRef(
    long Id,
    string Url,
    string? Name,
    decimal? Price,
    string? Currency,
    Availability Availability,
    DateTimeOffset? LastObservedAt)
{
    public string? Sku { get; init; }

    /// <summary>The product page's ETag from its last fetch, for a conditional request.</summary>
    public string? ETag { get; init; }

    /// <summary>The product page's Last-Modified from its last fetch, for a conditional request.</summary>
    public string? LastModified { get; init; }

    /// <summary>The <c>lastmod</c> the store's sitemap gave the product when its page was last read.</summary>
    public string? SitemapLastModified { get; init; }

    /// <summary>When the product's reviews were last read from its page (null: never).</summary>
    public DateTimeOffset? ReviewsReadAt { get; init; }
}
