using ShelfScout.Domain.Catalog;
using ShelfScout.Storage.Records;

namespace ShelfScout.Storage.Observations;

/// <summary>
/// Price and stock history, appended only on change. A change that matters raises its alert in the same transaction
/// as the history row, so wherever an offer is recorded its change is alerted, once.
/// </summary>
public interface IObservationStore
{
    /// <summary>Appends a price observation only when price, list price or currency differs from the latest one. Returns the change, or null when nothing changed.</summary>
    Task<PriceChange?> RecordPriceAsync(long productId, PriceObservation observation, CancellationToken cancellationToken);

    /// <summary>Appends a stock observation only when availability or quantity differs from the latest one. Returns the change, or null when nothing changed.</summary>
    Task<StockChange?> RecordStockAsync(long productId, StockObservation observation, CancellationToken cancellationToken);

    /// <summary>
    /// The product's offer as one write: its price (when the page gives one) and stock (<see cref="RecordPriceAsync"/>,
    /// <see cref="RecordStockAsync"/>), then its variants' (<see cref="RecordVariantOffersAsync"/>, observed when and
    /// where the stock was), with the page's validators and sitemap date when given (as <c>TouchProductAsync</c> keeps
    /// them), in one transaction: a product page's offer costs one store write.
    /// </summary>
    Task<OfferChanges> RecordOfferAsync(long productId, PriceObservation? price, StockObservation stock, IReadOnlyList<ProductVariant> variants, OfferFreshness? freshness, CancellationToken cancellationToken);

    /// <summary>
    /// Upserts the page's variants (keyed by SKU, GTIN, option values or name) and appends each variant's price and
    /// stock only when changed, raising per-variant alerts in the same transaction. A single variant priced as the
    /// product raises no variant alerts (it is the product itself).
    /// </summary>
    Task<VariantOfferChanges> RecordVariantOffersAsync(
        long productId,
        IReadOnlyList<ProductVariant> variants,
        DateTimeOffset observedAt,
        string? sourceUrl,
        long? runId,
        CancellationToken cancellationToken);
}
