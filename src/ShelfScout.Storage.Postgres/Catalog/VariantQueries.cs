using System.Text.Json;
using Npgsql;
using ShelfScout.Domain.Catalog;
using ShelfScout.Domain.Runs;
using ShelfScout.Storage.Catalog;
using ShelfScout.Storage.Postgres.Alerts;
using ShelfScout.Storage.Records;

namespace ShelfScout.Storage.Postgres.Catalog;

/// <summary>
/// Product variants and their own price and stock history, as SQLite's (see its VariantQueries for the rules: a
/// history row only on change, per-variant alerts keyed by the row, a single variant priced as the product is quiet).
/// The product row is locked first, so concurrent writers of one product's variants take turns.
/// </summary>
internal sealed class VariantQueries(StoreConnections database)
{
    private const string UpsertSql = """
        INSERT INTO product_variants AS v (product_id, variant_key, name, options_json, sku, gtin, first_seen_at, last_seen_at)
        VALUES (@productId, @key, @name, @options, @sku, @gtin, @observedAt, @observedAt)
        ON CONFLICT (product_id, variant_key) DO UPDATE SET
            name = COALESCE(excluded.name, v.name), options_json = excluded.options_json,
            sku = COALESCE(excluded.sku, v.sku), gtin = COALESCE(excluded.gtin, v.gtin),
            last_seen_at = GREATEST(v.last_seen_at, excluded.last_seen_at)
        RETURNING id;
        """;

    private const string LatestPriceSql = """
        SELECT price, currency, regular_price FROM variant_price_history
        WHERE variant_id = @variantId ORDER BY observed_at DESC, id DESC LIMIT 1;
        """;

    private const string InsertPriceSql = """
        INSERT INTO variant_price_history (variant_id, price, currency, regular_price, observed_at, source_url)
        VALUES (@variantId, @price, @currency, @regularPrice, @observedAt, @sourceUrl) RETURNING id;
        """;

    private const string LatestStockSql = """
        SELECT availability, quantity FROM variant_stock_history
        WHERE variant_id = @variantId ORDER BY observed_at DESC, id DESC LIMIT 1;
        """;

    private const string InsertStockSql = """
        INSERT INTO variant_stock_history (variant_id, availability, quantity, observed_at, source_url)
        VALUES (@variantId, @availability, @quantity, @observedAt, @sourceUrl) RETURNING id;
        """;

    private const string ProductSql = """
        SELECT p.url, p.name,
               (SELECT price FROM price_history WHERE product_id = p.id ORDER BY observed_at DESC, id DESC LIMIT 1)
        FROM products p WHERE p.id = @productId FOR UPDATE OF p;
        """;

    public Task<VariantOfferChanges> RecordAsync(
        long productId,
        IReadOnlyList<ProductVariant> variants,
        DateTimeOffset observedAt,
        string? sourceUrl,
        long? runId,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(variants);
        var keyed = Keyed(variants);
        if (keyed.Count == 0)
        {
            return Task.FromResult(VariantOfferChanges.None);
        }

        return database.WriteAsync((connection, transaction) => RecordAsync(connection, transaction, productId, keyed, observedAt, sourceUrl, runId, cancellationToken), cancellationToken);
    }

    /// <summary>The variants that have a key (SKU, GTIN, option values or name), each key once.</summary>
    internal static List<(string? Key, ProductVariant Variant)> Keyed(IReadOnlyList<ProductVariant> variants) =>
        variants.Select(v => (Key: VariantKeys.For(v), Variant: v)).Where(k => k.Key is not null).DistinctBy(k => k.Key, StringComparer.Ordinal).ToList();

    /// <summary>The variants' offers, inside <paramref name="transaction"/> (see <see cref="RecordAsync"/>).</summary>
    internal static async Task<VariantOfferChanges> RecordAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, long productId, List<(string? Key, ProductVariant Variant)> keyed, DateTimeOffset observedAt, string? sourceUrl, long? runId, CancellationToken cancellationToken)
    {
        (bool Found, string Url, string? Name, decimal? Price) product;
        await using (var command = connection.Command(ProductSql, transaction).Bind("productId", productId))
        {
            product = await command.FirstOrDefaultAsync(r => (true, r.GetString(0), r.GetStringOrNull(1), r.GetMoneyOrNull(2)), cancellationToken).ConfigureAwait(false);
        }

        if (!product.Found)
        {
            throw new KeyNotFoundException($"No product with id {productId}.");
        }

        var (url, name) = (product.Url, product.Name);
        var quiet = keyed.Count == 1 && keyed[0].Variant.Price is { } only && only == product.Price;
        var alerts = new List<PriceAlert>();
        int prices = 0, stocks = 0;
        foreach (var (key, variant) in keyed)
        {
            long variantId;
            await using (var upsert = connection.Command(UpsertSql, transaction)
                .Bind("productId", productId)
                .Bind("key", key)
                .Bind("name", variant.Name)
                .Bind("options", JsonSerializer.Serialize(variant.Options, StorageJsonContext.Default.IReadOnlyListString))
                .Bind("sku", variant.Sku)
                .Bind("gtin", variant.Gtin)
                .Bind("observedAt", observedAt))
            {
                variantId = (long)(await upsert.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
            }

            var currency = string.IsNullOrWhiteSpace(variant.Currency) ? null : variant.Currency.Trim().ToUpperInvariant();
            var (previousPrice, hadPrice, previousCurrency, previousRegular) = await LatestPriceAsync(connection, transaction, variantId, cancellationToken).ConfigureAwait(false);
            var (previousStock, hadStock, previousQuantity) = await LatestStockAsync(connection, transaction, variantId, cancellationToken).ConfigureAwait(false);
            var regular = variant.RegularPrice is { } listed && variant.Price is { } shown && listed > shown ? listed : (decimal?)null;

            if (variant.Price is { } price && (!hadPrice || previousPrice != price || !string.Equals(previousCurrency, currency, StringComparison.Ordinal) || previousRegular != regular))
            {
                var row = await InsertAsync(
                    connection.Command(InsertPriceSql, transaction).Bind("variantId", variantId).Bind("price", price).Bind("currency", currency)
                        .Bind("regularPrice", regular).Bind("observedAt", observedAt).Bind("sourceUrl", sourceUrl),
                    cancellationToken).ConfigureAwait(false);
                prices++;
                if (!quiet && OfferAlerts.ForPrice(previousPrice, price) is { } kind)
                {
                    var availability = previousStock ?? Availability.Unknown;
                    Add(alerts, await AlertQueries.InsertAsync(
                        connection,
                        transaction,
                        new PriceAlert(kind, productId, url, name, previousPrice, price, currency, previousStock, availability) { VariantKey = key },
                        $"vprice:{row}",
                        runId,
                        observedAt,
                        cancellationToken).ConfigureAwait(false));
                }
            }

            var quantity = variant.StockQuantity is >= 0 ? variant.StockQuantity : null;
            var quantityChanged = quantity is not null && quantity != previousQuantity;
            if (variant.Availability != Availability.Unknown && (!hadStock || previousStock != variant.Availability || quantityChanged))
            {
                var row = await InsertAsync(
                    connection.Command(InsertStockSql, transaction).Bind("variantId", variantId).Bind("availability", AvailabilityNames.ToSchemaName(variant.Availability))
                        .Bind("quantity", quantity).Bind("observedAt", observedAt).Bind("sourceUrl", sourceUrl),
                    cancellationToken).ConfigureAwait(false);
                stocks++;
                if (!quiet && (!hadStock || previousStock != variant.Availability) && OfferAlerts.ForStock(hadStock ? previousStock : null, variant.Availability) is { } kind)
                {
                    var current = variant.Price ?? previousPrice;
                    Add(alerts, await AlertQueries.InsertAsync(
                        connection,
                        transaction,
                        new PriceAlert(kind, productId, url, name, current, current, currency, previousStock, variant.Availability) { VariantKey = key },
                        $"vstock:{row}",
                        runId,
                        observedAt,
                        cancellationToken).ConfigureAwait(false));
                }
            }
        }

        return new VariantOfferChanges(keyed.Count, prices, stocks, alerts);
    }

    private static async Task<long> InsertAsync(NpgsqlCommand command, CancellationToken cancellationToken)
    {
        await using (command)
        {
            return (long)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
        }
    }

    private static void Add(List<PriceAlert> alerts, PriceAlert? alert)
    {
        if (alert is not null)
        {
            alerts.Add(alert);
        }
    }

    private static async Task<(decimal? Price, bool Found, string? Currency, decimal? Regular)> LatestPriceAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, long variantId, CancellationToken cancellationToken)
    {
        await using var command = connection.Command(LatestPriceSql, transaction).Bind("variantId", variantId);
        return await command.FirstOrDefaultAsync(r => (r.GetMoneyOrNull(0), true, r.GetStringOrNull(1), r.GetMoneyOrNull(2)), cancellationToken).ConfigureAwait(false);
    }

    private static async Task<(Availability? Availability, bool Found, int? Quantity)> LatestStockAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, long variantId, CancellationToken cancellationToken)
    {
        await using var command = connection.Command(LatestStockSql, transaction).Bind("variantId", variantId);
        return await command.FirstOrDefaultAsync(r => ((Availability?)AvailabilityNames.FromSchemaValue(r.GetStringOrNull(0)), true, r.GetInt32OrNull(1)), cancellationToken).ConfigureAwait(false);
    }
}
