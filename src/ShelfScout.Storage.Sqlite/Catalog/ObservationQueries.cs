using ShelfScout.Domain.Catalog;
using ShelfScout.Domain.Runs;
using ShelfScout.Storage.Records;
using ShelfScout.Storage.Sqlite.Alerts;

namespace ShelfScout.Storage.Sqlite.Catalog;

/// <summary>
/// Price and stock history. A row is appended only when the observation differs from the product's latest row,
/// so the history is a list of changes; <c>products.last_observed_at</c> still records every observation. A change
/// that matters (a price drop or rise, a stock change) raises its alert in the same transaction, keyed by the history
/// row, so every recorded change is alerted exactly once, whichever stage recorded it.
/// </summary>
internal sealed class ObservationQueries(SqliteDatabase database)
{
    private const string LatestPriceSql = """
        SELECT price, regular_price, currency FROM price_history
        WHERE product_id = $productId ORDER BY observed_at DESC, id DESC LIMIT 1;
        """;

    private const string InsertPriceSql = """
        INSERT INTO price_history (product_id, price, regular_price, currency, observed_at, source_url)
        VALUES ($productId, $price, $regularPrice, $currency, $observedAt, $sourceUrl)
        RETURNING id;
        """;

    private const string ProductSql = "SELECT url, name FROM products WHERE id = $productId;";

    private const string LatestStockSql = """
        SELECT availability, quantity FROM stock_history
        WHERE product_id = $productId ORDER BY observed_at DESC, id DESC LIMIT 1;
        """;

    private const string InsertStockSql = """
        INSERT INTO stock_history (product_id, availability, quantity, observed_at, source_url)
        VALUES ($productId, $availability, $quantity, $observedAt, $sourceUrl)
        RETURNING id;
        """;

    private const string TouchSql = """
        UPDATE products SET last_observed_at = MAX(COALESCE(last_observed_at, ''), $observedAt) WHERE id = $productId;
        """;

    public Task<PriceChange?> RecordPriceAsync(long productId, PriceObservation observation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(observation);
        return database.WriteAsync(session => RecordPrice(session, productId, observation), cancellationToken);
    }

    public Task<StockChange?> RecordStockAsync(long productId, StockObservation observation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(observation);
        return database.WriteAsync(session => RecordStock(session, productId, observation), cancellationToken);
    }

    public Task<OfferChanges> RecordOfferAsync(long productId, PriceObservation? price, StockObservation stock, IReadOnlyList<ProductVariant> variants, OfferFreshness? freshness, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stock);
        ArgumentNullException.ThrowIfNull(variants);
        var keyed = VariantQueries.Keyed(variants);
        return database.WriteAsync(session => RecordOffer(session, productId, price, stock, keyed, freshness), cancellationToken);
    }

    /// <summary>The product's offer (price, stock, keyed variants, freshness) in the session's transaction.</summary>
    public static OfferChanges RecordOffer(WriteSession session, long productId, PriceObservation? price, StockObservation stock, List<(string? Key, ProductVariant Variant)> keyed, OfferFreshness? freshness)
    {
        var changes = new OfferChanges(price is null ? null : RecordPrice(session, productId, price), RecordStock(session, productId, stock))
        {
            // After the product's own offer: a single variant priced as the product is the product itself.
            Variants = keyed.Count == 0 ? VariantOfferChanges.None : VariantQueries.Record(session, productId, keyed, stock.ObservedAt, stock.SourceUrl, stock.RunId),
        };
        if (freshness is not null)
        {
            MonitoringQueries.Touch(session, productId, stock.ObservedAt, freshness.ETag, freshness.LastModified, freshness.SitemapLastmod);
        }

        return changes;
    }

    private static PriceChange? RecordPrice(WriteSession session, long productId, PriceObservation observation)
    {
        var currency = string.IsNullOrWhiteSpace(observation.Currency) ? null : observation.Currency.Trim().ToUpperInvariant();
        Touch(session, productId, observation.ObservedAt);
        decimal? previous = null;
        using (var reader = session.Command(LatestPriceSql).Bind("$productId", productId).ExecuteReader())
        {
            if (reader.Read())
            {
                previous = reader.GetMoneyOrNull(0);
                if (previous == observation.Price
                    && reader.GetMoneyOrNull(1) == observation.RegularPrice
                    && string.Equals(reader.GetStringOrNull(2), currency, StringComparison.Ordinal))
                {
                    return null;
                }
            }
        }

        var row = (long)session.Command(InsertPriceSql)
            .Bind("$productId", productId)
            .Bind("$price", observation.Price)
            .Bind("$regularPrice", observation.RegularPrice)
            .Bind("$currency", currency)
            .Bind("$observedAt", observation.ObservedAt)
            .Bind("$sourceUrl", observation.SourceUrl)
            .ExecuteScalar()!;
        PriceAlert? alert = null;
        if (OfferAlerts.ForPrice(previous, observation.Price) is { } kind)
        {
            var (url, name) = Product(session, productId);
            var (availability, _) = LatestStock(session, productId);
            alert = AlertQueries.Insert(
                session,
                new PriceAlert(kind, productId, url, name, previous, observation.Price, currency, availability, availability ?? Availability.Unknown),
                $"price:{row}",
                observation.RunId,
                observation.ObservedAt);
        }

        return new PriceChange(productId, previous, observation.Price, currency) { Alert = alert };
    }

    private static StockChange? RecordStock(WriteSession session, long productId, StockObservation observation)
    {
        Touch(session, productId, observation.ObservedAt);
        var (previous, quantity) = LatestStock(session, productId);
        if (previous is not null && previous == observation.Availability && quantity == observation.Quantity)
        {
            return null;
        }

        var row = (long)session.Command(InsertStockSql)
            .Bind("$productId", productId)
            .Bind("$availability", AvailabilityNames.ToSchemaName(observation.Availability))
            .Bind("$quantity", observation.Quantity)
            .Bind("$observedAt", observation.ObservedAt)
            .Bind("$sourceUrl", observation.SourceUrl)
            .ExecuteScalar()!;
        PriceAlert? alert = null;
        if (OfferAlerts.ForStock(previous, observation.Availability) is { } kind)
        {
            var (url, name) = Product(session, productId);
            var (price, currency) = LatestPrice(session, productId);
            alert = AlertQueries.Insert(
                session,
                new PriceAlert(kind, productId, url, name, price, price, currency, previous, observation.Availability),
                $"stock:{row}",
                observation.RunId,
                observation.ObservedAt);
        }

        return new StockChange(productId, previous, observation.Availability, observation.Quantity) { Alert = alert };
    }

    private static (string Url, string? Name) Product(WriteSession session, long productId)
    {
        using var reader = session.Command(ProductSql).Bind("$productId", productId).ExecuteReader();
        reader.Read();
        return (reader.GetString(0), reader.GetStringOrNull(1));
    }

    /// <summary>The latest stock row (null availability when none exists yet).</summary>
    private static (Availability? Availability, int? Quantity) LatestStock(WriteSession session, long productId)
    {
        using var reader = session.Command(LatestStockSql).Bind("$productId", productId).ExecuteReader();
        return reader.Read() ? (AvailabilityNames.FromSchemaValue(reader.GetStringOrNull(0)), reader.GetInt32OrNull(1)) : (null, null);
    }

    private static (decimal? Price, string? Currency) LatestPrice(WriteSession session, long productId)
    {
        using var reader = session.Command(LatestPriceSql).Bind("$productId", productId).ExecuteReader();
        return reader.Read() ? (reader.GetMoneyOrNull(0), reader.GetStringOrNull(2)) : (null, null);
    }

    private static void Touch(WriteSession session, long productId, DateTimeOffset observedAt)
    {
        if (session.Command(TouchSql).Bind("$productId", productId).Bind("$observedAt", observedAt).ExecuteNonQuery() == 0)
        {
            throw new KeyNotFoundException($"No product with id {productId}.");
        }
    }
}
