using ShelfScout.Storage.Records;

namespace ShelfScout.Cli.Rendering;

/// <summary>Merges a product's price rows and stock rows into one list of changes, oldest first.</summary>
internal static class Timeline
{
    public static IReadOnlyList<TimelineRow> Merge(ProductHistory history)
    {
        ArgumentNullException.ThrowIfNull(history);
        var times = history.Prices.Select(p => p.ObservedAt).Concat(history.Stock.Select(s => s.ObservedAt)).Distinct().Order().ToList();
        var rows = new List<TimelineRow>(times.Count);
        PricePoint? price = null;
        StockPoint? stock = null;
        int p = 0, s = 0;
        foreach (var at in times)
        {
            // Several rows at one instant: the last one written is the state from then on.
            while (p < history.Prices.Count && history.Prices[p].ObservedAt <= at)
            {
                price = history.Prices[p++];
            }

            while (s < history.Stock.Count && history.Stock[s].ObservedAt <= at)
            {
                stock = history.Stock[s++];
            }

            rows.Add(new TimelineRow(at, price?.Price, price?.RegularPrice, price?.Currency, stock?.Availability, stock?.Quantity));
        }

        return rows;
    }
}
