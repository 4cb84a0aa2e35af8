using System.Text.Json;
using ShelfScout.Domain.Catalog;
using ShelfScout.Storage.Records;
using ShelfScout.Storage.Sqlite;
using ShelfScout.Testing;

namespace ShelfScout.Cli.Tests;

/// <summary>Variants through <c>shelfscout export</c>: nested in products (JSON), counted (CSV), their own dataset, and in prices.</summary>
public sealed class VariantExportCommandTests
{
    private const string KettleUrl = "http://127.0.0.1/acme/p/kettle";

    [Fact]
    public async Task ExportProductsVariantsAndPrices_CarryVariants()
    {
        using var directory = new TempDirectory();
        var db = directory.DatabasePath();
        await CreateAsync(db);

        var jsonl = await CliRunner.RunAsync("export", "products", "--db", db, "--format", "jsonl");
        var csv = await CliRunner.RunAsync("export", "products", "--db", db, "--format", "csv");
        var variants = await CliRunner.RunAsync("export", "variants", "--db", db, "--format", "csv");
        var prices = await CliRunner.RunAsync("export", "prices", "--db", db, "--format", "csv");

        Assert.True(jsonl.ExitCode == 0, jsonl.StdErr);
        var products = Lines(jsonl.StdOut).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        var nested = products.Single(p => p.GetProperty("url").GetString() == KettleUrl).GetProperty("variants").EnumerateArray().ToList();
        Assert.Equal(["sku:K-S", "sku:K-L"], nested.Select(v => v.GetProperty("variant").GetString()));
        Assert.Equal(("K-L", 12m, "ZAR", "OutOfStock"), (nested[1].GetProperty("sku").GetString(), nested[1].GetProperty("price").GetDecimal(), nested[1].GetProperty("currency").GetString(), nested[1].GetProperty("availability").GetString()));
        Assert.Equal(["Blue", "L"], nested[1].GetProperty("options").EnumerateArray().Select(o => o.GetString()));
        Assert.Empty(products.Single(p => p.GetProperty("url").GetString() != KettleUrl).GetProperty("variants").EnumerateArray());

        var csvLines = Lines(csv.StdOut);
        Assert.EndsWith(",firstSeen,lastSeen,variants", csvLines[0], StringComparison.Ordinal);
        Assert.Equal(["2", "0"], csvLines.Skip(1).Select(l => l.Split(',')[^1]));

        var variantLines = Lines(variants.StdOut);
        Assert.Equal("retailer,productUrl,variant,sku,gtin,name,options,price,currency,availability,firstSeen,lastSeen", variantLines[0]);
        Assert.StartsWith($"Acme,{KettleUrl},sku:K-S,K-S,,Blue / S,Blue | S,10,ZAR,InStock,", variantLines[1], StringComparison.Ordinal);
        Assert.Equal(3, variantLines.Count);

        var priceLines = Lines(prices.StdOut);
        Assert.Equal("retailer,productUrl,sku,kind,price,regularPrice,currency,availability,stockQuantity,observedAt,variant,variantSku", priceLines[0]);
        Assert.EndsWith(",,", priceLines[1], StringComparison.Ordinal);
        Assert.Contains(priceLines, l => l.StartsWith($"Acme,{KettleUrl},KET-1,price,12,,ZAR,", StringComparison.Ordinal) && l.EndsWith(",sku:K-L,K-L", StringComparison.Ordinal));
    }

    private static async Task CreateAsync(string path)
    {
        var none = CancellationToken.None;
        var at = new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);
        await using var store = await SqliteShelfStore.OpenAsync(path, TimeProvider.System, none);
        var acme = await store.UpsertRetailerAsync("Acme", new Uri("http://127.0.0.1/acme/"), none);
        var kettle = await store.UpsertProductAsync(acme.Id, KettleUrl, new ProductData { Name = "Kettle", Sku = "KET-1" }, at, none);
        await store.UpsertProductAsync(acme.Id, "http://127.0.0.1/acme/p/toaster", new ProductData { Name = "Toaster" }, at, none);
        await store.RecordPriceAsync(kettle, new PriceObservation(15m, null, "ZAR", at, "http://127.0.0.1/"), none);
        await store.RecordVariantOffersAsync(
            kettle,
            [
                new ProductVariant { Sku = "K-S", Name = "Blue / S", Options = ["Blue", "S"], Price = 10m, Currency = "ZAR", Availability = Availability.InStock },
                new ProductVariant { Sku = "K-L", Name = "Blue / L", Options = ["Blue", "L"], Price = 12m, Currency = "ZAR", Availability = Availability.OutOfStock },
            ],
            at,
            KettleUrl,
            null,
            none);
    }

    private static List<string> Lines(string text) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToList();
}
