using Npgsql;
using ShelfScout.Domain.Catalog;
using ShelfScout.Domain.Runs;
using ShelfScout.Storage.Postgres.Alerts;
using ShelfScout.Storage.Records;

namespace ShelfScout.Storage.Postgres.Catalog;

/// <summary>
/// Price and stock history, as SQLite's: a row is appended only when the observation differs from the product's
/// latest row, and a change that matters raises its alert in the same transaction, keyed by the history row. The
/// first statement touches the product row, which locks it: two processes recording one product's offer at once take
/// turns, so neither appends a change against a latest row the other is replacing.
/// </summary>
internal sealed class ObservationQueries(StoreConnections database)
{
    private const string LatestPriceSql = """
        SELECT price, regular_price, currency FROM price_history
        WHERE product_id = @productId ORDER BY observed_at DESC, id DESC LIMIT 1;
        """;

    private const string InsertPriceSql = """
        INSERT INTO price_history (product_id, price, regular_price, currency, observed_at, source_url)
        VALUES (@productId, @price, @regularPrice, @currency, @observedAt, @sourceUrl)
        RETURNING id;
        """;

    private const string LatestStockSql = """
        SELECT availability, quantity FROM stock_history
        WHERE product_id = @productId ORDER BY observed_at DESC, id DESC LIMIT 1;
        """;

    private const string InsertStockSql = """
        INSERT INTO stock_history (product_id, availability, quantity, observed_at, source_url)
        VALUES (@productId, @availability, @quantity, @observedAt, @sourceUrl)
        RETURNING id;
        """;

    private const string TouchSql = """
        UPDATE products SET last_observed_at = GREATEST(last_observed_at, @observedAt) WHERE id = @productId RETURNING url, name;
        """;

    public Task<PriceChange?> RecordPriceAsync(long productId, PriceObservation observation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(observation);
        return database.WriteAsync((connection, transaction) => RecordPriceAsync(connection, transaction, productId, observation, cancellationToken), cancellationToken);
    }

    public Task<StockChange?> RecordStockAsync(long productId, StockObservation observation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(observation);
        return database.WriteAsync((connection, transaction) => RecordStockAsync(connection, transaction, productId, observation, cancellationToken), cancellationToken);
    }

    public Task<OfferChanges> RecordOfferAsync(long productId, PriceObservation? price, StockObservation stock, IReadOnlyList<ProductVariant> variants, OfferFreshness? freshness, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stock);
        ArgumentNullException.ThrowIfNull(variants);
        var keyed = VariantQueries.Keyed(variants);
        return database.WriteAsync((connection, transaction) => RecordOfferAsync(connection, transaction, productId, price, stock, keyed, freshness, cancellationToken), cancellationToken);
    }

    /// <summary>The product's offer (price, stock, keyed variants, freshness) in the transaction.</summary>
    public static async Task<OfferChanges> RecordOfferAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, long productId, PriceObservation? price, StockObservation stock, List<(string? Key, ProductVariant Variant)> keyed, OfferFreshness? freshness, CancellationToken cancellationToken)
    {
        var changes = new OfferChanges(
            price is null ? null : await RecordPriceAsync(connection, transaction, productId, price, cancellationToken).ConfigureAwait(false),
            await RecordStockAsync(connection, transaction, productId, stock, cancellationToken).ConfigureAwait(false))
        {
            // After the product's own offer: a single variant priced as the product is the product itself.
            Variants = keyed.Count == 0 ? VariantOfferChanges.None
                : await VariantQueries.RecordAsync(connection, transaction, productId, keyed, stock.ObservedAt, stock.SourceUrl, stock.RunId, cancellationToken).ConfigureAwait(false),
        };
        if (freshness is not null)
        {
            await MonitoringQueries.TouchAsync(connection, transaction, productId, stock.ObservedAt, freshness.ETag, freshness.LastModified, freshness.SitemapLastmod, cancellationToken).ConfigureAwait(false);
        }

        return changes;
    }

    private static async Task<PriceChange?> RecordPriceAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, long productId, PriceObservation observation, CancellationToken cancellationToken)
    {
        var currency = string.IsNullOrWhiteSpace(observation.Currency) ? null : observation.Currency.Trim().ToUpperInvariant();
        var (url, name) = await TouchAsync(connection, transaction, productId, observation.ObservedAt, cancellationToken).ConfigureAwait(false);
        decimal? previous = null;
        await using (var latest = connection.Command(LatestPriceSql, transaction).Bind("productId", productId))
        {
            var row = await latest.FirstOrDefaultAsync(r => (Found: true, Price: r.GetMoneyOrNull(0), Regular: r.GetMoneyOrNull(1), Currency: r.GetStringOrNull(2)), cancellationToken).ConfigureAwait(false);
            if (row.Found)
            {
                previous = row.Price;
                if (previous == observation.Price && row.Regular == observation.RegularPrice && string.Equals(row.Currency, currency, StringComparison.Ordinal))
                {
                    return null;
                }
            }
        }

        long historyId;
        await using (var insert = connection.Command(InsertPriceSql, transaction)
            .Bind("productId", productId)
            .Bind("price", observation.Price)
            .Bind("regularPrice", observation.RegularPrice)
            .Bind("currency", currency)
            .Bind("observedAt", observation.ObservedAt)
            .Bind("sourceUrl", observation.SourceUrl))
        {
            historyId = (long)(await insert.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
        }

        PriceAlert? alert = null;
        if (OfferAlerts.ForPrice(previous, observation.Price) is { } kind)
        {
            var (availability, _) = await LatestStockAsync(connection, transaction, productId, cancellationToken).ConfigureAwait(false);
            alert = await AlertQueries.InsertAsync(
                connection,
                transaction,
                new PriceAlert(kind, productId, url, name, previous, observation.Price, currency, availability, availability ?? Availability.Unknown),
                $"price:{historyId}",
                observation.RunId,
                observation.ObservedAt,
                cancellationToken).ConfigureAwait(false);
        }

        return new PriceChange(productId, previous, observation.Price, currency) { Alert = alert };
    }

    private static async Task<StockChange?> RecordStockAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, long productId, StockObservation observation, CancellationToken cancellationToken)
    {
        var (url, name) = await TouchAsync(connection, transaction, productId, observation.ObservedAt, cancellationToken).ConfigureAwait(false);
        var (previous, quantity) = await LatestStockAsync(connection, transaction, productId, cancellationToken).ConfigureAwait(false);
        if (previous is not null && previous == observation.Availability && quantity == observation.Quantity)
        {
            return null;
        }

        long historyId;
        await using (var insert = connection.Command(InsertStockSql, transaction)
            .Bind("productId", productId)
            .Bind("availability", AvailabilityNames.ToSchemaName(observation.Availability))
            .Bind("quantity", observation.Quantity)
            .Bind("observedAt", observation.ObservedAt)
            .Bind("sourceUrl", observation.SourceUrl))
        {
            historyId = (long)(await insert.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
        }

        PriceAlert? alert = null;
        if (OfferAlerts.ForStock(previous, observation.Availability) is { } kind)
        {
            var (price, currency) = await LatestPriceAsync(connection, transaction, productId, cancellationToken).ConfigureAwait(false);
            alert = await AlertQueries.InsertAsync(
                connection,
                transaction,
                new PriceAlert(kind, productId, url, name, price, price, currency, previous, observation.Availability),
                $"stock:{historyId}",
                observation.RunId,
                observation.ObservedAt,
                cancellationToken).ConfigureAwait(false);
        }

        return new StockChange(productId, previous, observation.Availability, observation.Quantity) { Alert = alert };
    }

    /// <summary>The latest stock row (null availability when none exists yet).</summary>
    public static async Task<(Availability? Availability, int? Quantity)> LatestStockAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, long productId, CancellationToken cancellationToken)
    {
        await using var command = connection.Command(LatestStockSql, transaction).Bind("productId", productId);
        var row = await command.FirstOrDefaultAsync(r => (Found: true, Availability: AvailabilityNames.FromSchemaValue(r.GetStringOrNull(0)), Quantity: r.GetInt32OrNull(1)), cancellationToken).ConfigureAwait(false);
        return row.Found ? (row.Availability, row.Quantity) : (null, null);
    }

    private static async Task<(decimal? Price, string? Currency)> LatestPriceAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, long productId, CancellationToken cancellationToken)
    {
        await using var command = connection.Command(LatestPriceSql, transaction).Bind("productId", productId);
        return await command.FirstOrDefaultAsync(r => (r.GetMoneyOrNull(0), r.GetStringOrNull(2)), cancellationToken).ConfigureAwait(false);
    }

    private static async Task<(string Url, string? Name)> TouchAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, long productId, DateTimeOffset observedAt, CancellationToken cancellationToken)
    {
        await using var command = connection.Command(TouchSql, transaction).Bind("productId", productId).Bind("observedAt", observedAt);
        var row = await command.FirstOrDefaultAsync(r => (Found: true, Url: r.GetString(0), Name: r.GetStringOrNull(1)), cancellationToken).ConfigureAwait(false);
        return row.Found ? (row.Url, row.Name) : throw new KeyNotFoundException($"No product with id {productId}.");
    }
}
