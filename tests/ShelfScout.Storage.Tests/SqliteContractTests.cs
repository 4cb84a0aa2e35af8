using Microsoft.Data.Sqlite;

namespace ShelfScout.Storage.Tests;

// The store's contract suite on a real SQLite file: one subclass per contract class (see StoreContract), plus the few
// checks that look beneath the API at SQLite's own representation.

public sealed class SqliteAlertTests : AlertTests<SqliteBackend>;

public sealed class SqliteCatalogTests : CatalogTests<SqliteBackend>;

public sealed class SqliteConcurrencyTests : ConcurrencyTests<SqliteBackend>;

public sealed class SqliteDeliveryStateTests : DeliveryStateTests<SqliteBackend>;

public sealed class SqliteExportTests : ExportTests<SqliteBackend>;

public sealed class SqliteProductHistoryTests : ProductHistoryTests<SqliteBackend>;

public sealed class SqliteRetailerIdentityTests : RetailerIdentityTests<SqliteBackend>;

public sealed class SqliteReviewTests : ReviewTests<SqliteBackend>;

public sealed class SqliteProductPageTests : ProductPageTests<SqliteBackend>;

public sealed class SqliteRunTests : RunTests<SqliteBackend>;

public sealed class SqliteVariantExportTests : VariantExportTests<SqliteBackend>;

public sealed class SqliteVariantTests : VariantTests<SqliteBackend>;

public sealed class SqliteHistoryTests : HistoryTests<SqliteBackend>
{
    [Fact]
    public async Task Money_IsStoredAsExactText_NeverReal_AndTimesAsFixedWidthUtcText()
    {
        await using var harness = await CreateHarnessAsync();
        var productId = await AddProductAsync(harness);

        await harness.Store.RecordPriceAsync(productId, harness.Price(12345678901234.5678m, 0.1m), CancellationToken.None);

        await using var raw = new SqliteConnection($"Data Source={harness.DatabasePath};Mode=ReadOnly;Pooling=False");
        await raw.OpenAsync();
        using var command = raw.CreateCommand();
        command.CommandText = "SELECT typeof(price), price, typeof(regular_price), observed_at FROM price_history;";
        using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        Assert.Equal(("text", "12345678901234.5678", "text"), (reader.GetString(0), reader.GetString(1), reader.GetString(2)));
        Assert.Equal("2026-03-01T09:30:00.0000000Z", reader.GetString(3));
    }
}
