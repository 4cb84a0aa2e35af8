using ShelfScout.Domain.Catalog;
using ShelfScout.Storage.Records;

namespace ShelfScout.Storage.Tests;

public abstract class ConcurrencyTests<TBackend> : StoreContract<TBackend>
    where TBackend : StoreBackend, new()
{
    private const int Writers = 8;
    private const int ProductsPerWriter = 200;
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task ParallelWriters_AllProductsStored_WithoutLockErrors()
    {
        await using var harness = await CreateHarnessAsync();
        var retailer = await harness.AddRetailerAsync();
        var category = await harness.Store.UpsertCategoryAsync(retailer.Id, new CategoryUpsert("All", "http://127.0.0.1/c/all", null, 0, "All", true), None);
        using var writersDone = new CancellationTokenSource();

        var writers = Enumerable.Range(0, Writers).Select(writer => Task.Run(async () =>
        {
            for (var i = 0; i < ProductsPerWriter; i++)
            {
                var url = $"http://127.0.0.1/p/{writer}-{i}";
                var id = await harness.Store.UpsertProductAsync(retailer.Id, url, StoreHarness.Product($"Product {writer}-{i}"), StoreHarness.Start, None);
                await harness.Store.LinkProductToCategoryAsync(id, category.Id, None);
                await harness.Store.RecordPriceAsync(id, new PriceObservation(writer + (i / 100m), null, "ZAR", StoreHarness.Start, url), None);
                await harness.Store.RecordStockAsync(id, new StockObservation(Availability.InStock, i, StoreHarness.Start, url), None);
            }
        })).ToList();
        var reader = Task.Run(async () =>
        {
            var reads = 0;
            // A bounded number of reads interleaved with the writers: enough to overlap, without starving them of CPU.
            while (!writersDone.IsCancellationRequested && reads < 50)
            {
                await harness.Store.GetProductRefsAsync(retailer.Id, None);
                await harness.Store.CountAsync(retailer.Id, None);
                reads++;
            }

            return reads;
        });

        await Task.WhenAll(writers);
        await writersDone.CancelAsync();
        var readsDone = await reader;

        Assert.True(readsDone > 0);
        Assert.Equal(new CatalogCounts(1, Writers * ProductsPerWriter, 0, Writers * ProductsPerWriter, Writers * ProductsPerWriter), await harness.Store.CountAsync(retailer.Id, None));
        var refs = await harness.Store.GetProductRefsAsync(retailer.Id, None);
        var expected = Enumerable.Range(0, Writers).SelectMany(w => Enumerable.Range(0, ProductsPerWriter).Select(i => ($"http://127.0.0.1/p/{w}-{i}", (decimal?)(w + (i / 100m)))));
        Assert.Equal(expected.Order(), refs.Select(r => (r.Url, r.Price)).Order());
        var exported = await harness.Store.ExportProductsAsync(retailer.Id, None).ToListAsync();
        Assert.All(exported, p => Assert.Equal(["All"], p.Categories));
    }

    [Fact]
    public async Task TwoStoresOnOneDatabase_WriteConcurrently_KeepOneOfEach()
    {
        await using var harness = await CreateHarnessAsync();
        var retailer = await harness.AddRetailerAsync();
        await using var second = await harness.OpenAnotherAsync();
        var stores = new IShelfStore[] { harness.Store, second };

        var writers = Enumerable.Range(0, 4).Select(writer => Task.Run(async () =>
        {
            var store = stores[writer % 2];
            for (var i = 0; i < 100; i++)
            {
                var id = await store.UpsertProductAsync(retailer.Id, $"http://127.0.0.1/p/{i}", StoreHarness.Product($"P{i}"), StoreHarness.Start, None);
                await store.RecordPriceAsync(id, new PriceObservation(i, null, "ZAR", StoreHarness.Start, "http://127.0.0.1/"), None);
            }
        }));
        await Task.WhenAll(writers);

        // All four writers wrote the same 100 products: upserts by URL and change-only history keep one of each.
        Assert.Equal(new CatalogCounts(0, 100, 0, 100, 0), await second.CountAsync(retailer.Id, None));
    }
}
