using ShelfScout.Domain.Catalog;
using ShelfScout.Storage.Records;

namespace ShelfScout.Agents.Products;

/// <summary>
/// Appends a product's current price and stock to its history in one write, with the page's validators and sitemap date (the store keeps only changes, and raises
/// the alert a change means in the same write, naming this run), then the page's variants.
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
        var price = product.Price is { } amount
            ? new PriceObservation(amount, product.RegularPrice, product.Currency, observedAt, pageUrl.AbsoluteUri) { RunId = context.RunId }
            : null;
        var offer = await context.Store.RecordOfferAsync(
            productId,
            price,
            new StockObservation(product.Availability, product.StockQuantity, observedAt, pageUrl.AbsoluteUri) { RunId = context.RunId },
            freshness,
            cancellationToken).ConfigureAwait(false);

        // Variants after the product's own offer, one write per page (the single-variant-as-product rule needs it).
        if (product.Variants.Count > 0)
        {
            await context.Store.RecordVariantOffersAsync(
                productId, product.Variants, observedAt, pageUrl.AbsoluteUri, context.RunId, cancellationToken).ConfigureAwait(false);
        }

        return (offer.Price, offer.Stock);
    }
}
