using ShelfScout.Domain.Catalog;
using ShelfScout.Storage.Records;

namespace ShelfScout.Storage.Sqlite.Catalog;

/// <summary>
/// Price and stock history. A row is appended only when the observation differs from the product's latest row,
/// so the history is a list of changes; <c>products.last_observed_at</c> still records every observation.
/// </summary>
internal sealed class ObservationQueries(SqliteDatabase database)
{
    private const string LatestPriceSql = """
        SELECT price, regular_price, currency FROM price_history
        WHERE product_id = $productId ORDER BY observed_at DESC, id DESC LIMIT 1;
        """;

    private const string InsertPriceSql = """
        INSERT INTO price_history (product_id, price, regular_price, currency, observed_at, source_url)
        VALUES ($productId, $price, $regularPrice, $currency, $observedAt, $sourceUrl);
        """;

    private const string LatestStockSql = """
        SELECT availability, quantity FROM stock_history
        WHERE product_id = $productId ORDER BY observed_at DESC, id DESC LIMIT 1;
        """;

    private const string InsertStockSql = """
        INSERT INTO stock_history (product_id, availability, quantity, observed_at, source_url)
        VALUES ($productId, $availability, $quantity, $observedAt, $sourceUrl);
        """;

    private const string TouchSql = """
        UPDATE products SET last_observed_at = MAX(COALESCE(last_observed_at, ''), $observedAt) WHERE id = $productId;
        """;

    public Task<PriceChange?> RecordPriceAsync(long productId, PriceObservation observation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(observation);
        var currency = string.IsNullOrWhiteSpace(observation.Currency) ? null : observation.Currency.Trim().ToUpperInvariant();
        return database.WriteAsync(
            session =>
            {
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

                session.Command(InsertPriceSql)
                    .Bind("$productId", productId)
                    .Bind("$price", observation.Price)
                    .Bind("$regularPrice", observation.RegularPrice)
                    .Bind("$currency", currency)
                    .Bind("$observedAt", observation.ObservedAt)
                    .Bind("$sourceUrl", observation.SourceUrl)
                    .ExecuteNonQuery();
                return new PriceChange(productId, previous, observation.Price, currency);
            },
            cancellationToken);
    }

    public Task<StockChange?> RecordStockAsync(long productId, StockObservation observation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(observation);
        return database.WriteAsync(
            session =>
            {
                Touch(session, productId, observation.ObservedAt);
                Availability? previous = null;
                using (var reader = session.Command(LatestStockSql).Bind("$productId", productId).ExecuteReader())
                {
                    if (reader.Read())
                    {
                        previous = AvailabilityNames.FromSchemaValue(reader.GetStringOrNull(0));
                        if (previous == observation.Availability && reader.GetInt32OrNull(1) == observation.Quantity)
                        {
                            return null;
                        }
                    }
                }

                session.Command(InsertStockSql)
                    .Bind("$productId", productId)
                    .Bind("$availability", AvailabilityNames.ToSchemaName(observation.Availability))
                    .Bind("$quantity", observation.Quantity)
                    .Bind("$observedAt", observation.ObservedAt)
                    .Bind("$sourceUrl", observation.SourceUrl)
                    .ExecuteNonQuery();
                return new StockChange(productId, previous, observation.Availability, observation.Quantity);
            },
            cancellationToken);
    }

    private static void Touch(WriteSession session, long productId, DateTimeOffset observedAt)
    {
        if (session.Command(TouchSql).Bind("$productId", productId).Bind("$observedAt", observedAt).ExecuteNonQuery() == 0)
        {
            throw new KeyNotFoundException($"No product with id {productId}.");
        }
    }
}
