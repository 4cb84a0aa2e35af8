using ShelfScout.Domain.Catalog;
using ShelfScout.Storage.Records;

namespace ShelfScout.Agents.Products;

/// <summary>
/// Appends a product's current price and stock, then its variants' offers, to their history in one write, with the
/// page's validators and sitemap date (the store keeps only changes, and raises the alert a change means in the same
/// write, naming this run).
/// </summary>
internal static class OfferRecorder
{
    public static async Task<(PriceChange? Price, StockChange? Stock)> RecordAsync(
        AgentContext context,
        long productId,
        ProductData product,
        Uri pageUrl,
        DateTimeOffset observedAt,
        OfferFreshness? freshness,
        CancellationToken cancellationToken)
    {
        var offer = await context.Store.RecordOfferAsync(productId, Price(context, product, pageUrl, observedAt), Stock(context, product, pageUrl, observedAt), product.Variants, freshness, cancellationToken).ConfigureAwait(false);
        return (offer.Price, offer.Stock);
    }

    /// <summary>The page's price as an observation of this run (null when the page gives none).</summary>
    public static PriceObservation? Price(AgentContext context, ProductData product, Uri pageUrl, DateTimeOffset observedAt) =>
        product.Price is { } amount
            ? new PriceObservation(amount, product.RegularPrice, product.Currency, observedAt, pageUrl.AbsoluteUri) { RunId = context.RunId }
            : null;

    /// <summary>The page's stock as an observation of this run.</summary>
    public static StockObservation Stock(AgentContext context, ProductData product, Uri pageUrl, DateTimeOffset observedAt) =>
        new(product.Availability, product.StockQuantity, observedAt, pageUrl.AbsoluteUri) { RunId = context.RunId };
}
