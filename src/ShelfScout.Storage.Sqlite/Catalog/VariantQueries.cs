using System.Text.Json;
using ShelfScout.Domain.Catalog;
using ShelfScout.Domain.Runs;
using ShelfScout.Storage.Catalog;
using ShelfScout.Storage.Records;
using ShelfScout.Storage.Sqlite.Alerts;

namespace ShelfScout.Storage.Sqlite.Catalog;

/// <summary>
/// Product variants and their own price and stock history (separate tables, so product-level history queries are
/// untouched). As for products, a history row is appended only when it differs from the variant's latest one, and
/// a change that matters raises a per-variant alert (<see cref="PriceAlert.VariantKey"/> set) in the same
/// transaction, keyed by the history row ("vprice:N", "vstock:N"). A first observation raises nothing. A page that
/// lists a single variant whose price equals the product's own latest price is the product itself: its history is
/// stored but it raises no variant alerts, so one change is not alerted twice.
/// </summary>
internal sealed class VariantQueries(SqliteDatabase database)
{
    private const string UpsertSql = """
        INSERT INTO product_variants (product_id, variant_key, name, options_json, sku, gtin, first_seen_at, last_seen_at)
        VALUES ($productId, $key, $name, $options, $sku, $gtin, $observedAt, $observedAt)
        ON CONFLICT (product_id, variant_key) DO UPDATE SET
            name = COALESCE(excluded.name, name), options_json = excluded.options_json,
            sku = COALESCE(excluded.sku, sku), gtin = COALESCE(excluded.gtin, gtin),
            last_seen_at = MAX(last_seen_at, excluded.last_seen_at)
        RETURNING id;
        """;

    private const string LatestPriceSql = """
        SELECT price, currency, regular_price FROM variant_price_history
        WHERE variant_id = $variantId ORDER BY observed_at DESC, id DESC LIMIT 1;
        """;

    private const string InsertPriceSql = """
        INSERT INTO variant_price_history (variant_id, price, currency, regular_price, observed_at, source_url)
        VALUES ($variantId, $price, $currency, $regularPrice, $observedAt, $sourceUrl) RETURNING id;
        """;

    private const string LatestStockSql = """
        SELECT availability, quantity FROM variant_stock_history
        WHERE variant_id = $variantId ORDER BY observed_at DESC, id DESC LIMIT 1;
        """;

    private const string InsertStockSql = """
        INSERT INTO variant_stock_history (variant_id, availability, quantity, observed_at, source_url)
        VALUES ($variantId, $availability, $quantity, $observedAt, $sourceUrl) RETURNING id;
        """;

    private const string ProductSql = """
        SELECT p.url, p.name,
               (SELECT price FROM price_history WHERE product_id = p.id ORDER BY observed_at DESC, id DESC LIMIT 1)
        FROM products p WHERE p.id = $productId;
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

        return database.WriteAsync(session => Record(session, productId, keyed, observedAt, sourceUrl, runId), cancellationToken);
    }

    /// <summary>The variants that have a key (SKU, GTIN, option values or name), each key once.</summary>
    internal static List<(string? Key, ProductVariant Variant)> Keyed(IReadOnlyList<ProductVariant> variants) =>
        variants.Select(v => (Key: VariantKeys.For(v), Variant: v)).Where(k => k.Key is not null).DistinctBy(k => k.Key, StringComparer.Ordinal).ToList();

    /// <summary>The variants' offers, inside <paramref name="session"/> (see <see cref="RecordAsync"/>).</summary>
    internal static VariantOfferChanges Record(WriteSession session, long productId, List<(string? Key, ProductVariant Variant)> keyed, DateTimeOffset observedAt, string? sourceUrl, long? runId)
    {
        string url;
        string? name;
        decimal? productPrice;
        using (var reader = session.Command(ProductSql).Bind("$productId", productId).ExecuteReader())
        {
            if (!reader.Read())
            {
                throw new KeyNotFoundException($"No product with id {productId}.");
            }

            (url, name, productPrice) = (reader.GetString(0), reader.GetStringOrNull(1), reader.GetMoneyOrNull(2));
        }

        var quiet = keyed.Count == 1 && keyed[0].Variant.Price is { } only && only == productPrice;
        var alerts = new List<PriceAlert>();
        int prices = 0, stocks = 0;
        foreach (var (key, variant) in keyed)
        {
            var variantId = (long)session.Command(UpsertSql)
                .Bind("$productId", productId)
                .Bind("$key", key)
                .Bind("$name", variant.Name)
                .Bind("$options", JsonSerializer.Serialize(variant.Options, StorageJsonContext.Default.IReadOnlyListString))
                .Bind("$sku", variant.Sku)
                .Bind("$gtin", variant.Gtin)
                .Bind("$observedAt", observedAt)
                .ExecuteScalar()!;
            var currency = string.IsNullOrWhiteSpace(variant.Currency) ? null : variant.Currency.Trim().ToUpperInvariant();
            var (previousPrice, hadPrice, previousCurrency, previousRegular) = LatestPrice(session, variantId);
            var (previousStock, hadStock, previousQuantity) = LatestStock(session, variantId);
            var regular = variant.RegularPrice is { } listed && variant.Price is { } shown && listed > shown ? listed : (decimal?)null;

            // A new row when the price, its currency or the list price beside it changed.
            if (variant.Price is { } price && (!hadPrice || previousPrice != price || !string.Equals(previousCurrency, currency, StringComparison.Ordinal) || previousRegular != regular))
            {
                var row = (long)session.Command(InsertPriceSql)
                    .Bind("$variantId", variantId).Bind("$price", price).Bind("$currency", currency).Bind("$regularPrice", regular)
                    .Bind("$observedAt", observedAt).Bind("$sourceUrl", sourceUrl).ExecuteScalar()!;
                prices++;
                if (!quiet && OfferAlerts.ForPrice(previousPrice, price) is { } kind)
                {
                    var availability = previousStock ?? Availability.Unknown;
                    Add(alerts, AlertQueries.Insert(
                        session,
                        new PriceAlert(kind, productId, url, name, previousPrice, price, currency, previousStock, availability) { VariantKey = key },
                        $"vprice:{row}",
                        runId,
                        observedAt));
                }
            }

            // A variant whose stock the page does not state has nothing to record (the column is NOT NULL).
            // A count the page states that differs from the last one is a new row too (it alerts nothing by itself).
            var quantity = variant.StockQuantity is >= 0 ? variant.StockQuantity : null;
            var quantityChanged = quantity is not null && quantity != previousQuantity;
            if (variant.Availability != Availability.Unknown && (!hadStock || previousStock != variant.Availability || quantityChanged))
            {
                var row = (long)session.Command(InsertStockSql)
                    .Bind("$variantId", variantId).Bind("$availability", AvailabilityNames.ToSchemaName(variant.Availability)).Bind("$quantity", quantity)
                    .Bind("$observedAt", observedAt).Bind("$sourceUrl", sourceUrl).ExecuteScalar()!;
                stocks++;
                if (!quiet && (!hadStock || previousStock != variant.Availability) && OfferAlerts.ForStock(hadStock ? previousStock : null, variant.Availability) is { } kind)
                {
                    var current = variant.Price ?? previousPrice;
                    Add(alerts, AlertQueries.Insert(
                        session,
                        new PriceAlert(kind, productId, url, name, current, current, currency, previousStock, variant.Availability) { VariantKey = key },
                        $"vstock:{row}",
                        runId,
                        observedAt));
                }
            }
        }

        return new VariantOfferChanges(keyed.Count, prices, stocks, alerts);
    }

    private static void Add(List<PriceAlert> alerts, PriceAlert? alert)
    {
        if (alert is not null)
        {
            alerts.Add(alert);
        }
    }

    private static (decimal? Price, bool Found, string? Currency, decimal? Regular) LatestPrice(WriteSession session, long variantId)
    {
        using var reader = session.Command(LatestPriceSql).Bind("$variantId", variantId).ExecuteReader();
        return reader.Read() ? (reader.GetMoneyOrNull(0), true, reader.GetStringOrNull(1), reader.GetMoneyOrNull(2)) : (null, false, null, null);
    }

    private static (Availability? Availability, bool Found, int? Quantity) LatestStock(WriteSession session, long variantId)
    {
        using var reader = session.Command(LatestStockSql).Bind("$variantId", variantId).ExecuteReader();
        return reader.Read()
            ? (AvailabilityNames.FromSchemaValue(reader.GetStringOrNull(0)), true, reader.IsDBNull(1) ? null : reader.GetInt32(1))
            : (null, false, null);
    }
}
