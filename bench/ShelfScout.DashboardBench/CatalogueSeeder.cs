using ShelfScout.Domain.Catalog;
using ShelfScout.Domain.Runs;
using ShelfScout.Storage;
using ShelfScout.Storage.Records;

namespace ShelfScout.DashboardBench;

/// <summary>
/// A synthetic retailer through the store's own write contract: 10 departments x 10 x 5 leaf categories, PRODUCTS
/// products spread over them, each with a price and stock row on day 0 and a change on about a third of the 90 days
/// after, two runs and the alerts of the last day. The same seed always gives the same database.
/// </summary>
internal sealed class CatalogueSeeder(IShelfStore store)
{
    public static readonly DateTimeOffset Now = new(2026, 6, 30, 12, 0, 0, TimeSpan.Zero);

    private static readonly DateTimeOffset Start = Now.AddDays(-90);

    public async Task SeedAsync(int products, CancellationToken ct)
    {
        var random = new Random(20260630);
        var retailer = await store.UpsertRetailerAsync("Bench Retail", new Uri("https://bench.example/"), ct);
        var leaves = new List<long>();
        for (var a = 0; a < 10; a++)
        {
            var top = await store.UpsertCategoryAsync(retailer.Id, new CategoryUpsert($"Department {a}", $"https://bench.example/c/{a}", null, 0, $"Department {a}", false), ct);
            for (var b = 0; b < 10; b++)
            {
                var mid = await store.UpsertCategoryAsync(retailer.Id, new CategoryUpsert($"Aisle {a}.{b}", $"https://bench.example/c/{a}/{b}", top.Id, 1, $"Department {a} > Aisle {a}.{b}", false), ct);
                for (var c = 0; c < 5; c++)
                {
                    var leaf = await store.UpsertCategoryAsync(retailer.Id, new CategoryUpsert($"Shelf {a}.{b}.{c}", $"https://bench.example/c/{a}/{b}/{c}", mid.Id, 2, $"Department {a} > Aisle {a}.{b} > Shelf {a}.{b}.{c}", true), ct);
                    leaves.Add(leaf.Id);
                }
            }
        }

        var run = await store.StartRunAsync(retailer.Id, Now.AddHours(-2), "{}", owner: null, ct);
        for (var i = 0; i < products; i++)
        {
            var url = $"https://bench.example/p/{i}";
            var price = Math.Round((decimal)(random.NextDouble() * 200 + 1), 2);
            var data = new ProductData { Name = $"Product {i} {Words[i % Words.Length]}", Sku = $"SKU-{i:D7}", Price = price, Currency = "EUR", Availability = Availability.InStock };
            var id = await store.UpsertProductAsync(retailer.Id, url, data, Start, ct);
            await store.LinkProductToCategoryAsync(id, leaves[i % leaves.Count], ct);
            await store.RecordPriceAsync(id, new PriceObservation(price, null, "EUR", Start, url), ct);
            await store.RecordStockAsync(id, new StockObservation(Availability.InStock, null, Start, url), ct);
            var changes = random.Next(0, 4);
            for (var c = 1; c <= changes; c++)
            {
                var at = Start.AddDays(c * 90.0 / (changes + 1) + random.NextDouble());
                var old = price;
                price = Math.Max(0.5m, Math.Round(price * (decimal)(0.8 + random.NextDouble() * 0.4), 2));
                await store.RecordPriceAsync(id, new PriceObservation(price, price < old ? old : null, "EUR", at, url), ct);
                if (random.Next(5) == 0)
                {
                    await store.RecordStockAsync(id, new StockObservation(random.Next(2) == 0 ? Availability.OutOfStock : Availability.InStock, null, at, url), ct);
                }

                if (c == changes && i % 50 == 0)
                {
                    var alert = new PriceAlert(price < old ? PriceAlertKind.PriceDrop : PriceAlertKind.PriceRise, id, url, data.Name, old, price, "EUR", null, Availability.InStock);
                    await store.RaiseAlertAsync(alert, $"bench-{id}", run, Now.AddHours(-1), ct);
                }
            }

            // Seen again by the last run: the latest offer holds until then.
            await store.UpsertProductAsync(retailer.Id, url, data with { Price = price }, Now.AddHours(-1), ct);
        }

        await store.RecordStageResultAsync(run, new StageResult(Stage.Products, StageStatus.Succeeded, products, products, 0, products / 3, TimeSpan.FromMinutes(40)), ct);
        await store.FinishRunAsync(run, Now.AddHours(-1), RunStatus.Succeeded, ct);
    }

    private static readonly string[] Words = ["Oat Milk 1L", "Green Tea 20 Bags", "Vitamin C 500mg", "Shampoo 250ml", "Dark Chocolate 100g", "Protein Bar", "Almonds 200g", "Hand Soap"];
}
