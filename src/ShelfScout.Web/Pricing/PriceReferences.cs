using ShelfScout.Storage.Records;

namespace ShelfScout.Web.Pricing;

/// <summary>
/// Reference prices read from a product's price history (rows are changes: each price holds until the next row):
/// the EU Omnibus reference (the lowest price in the 30 days before the latest price drop) and the most common price
/// of the last 90 days (the price held longest in that window).
/// </summary>
internal static class PriceReferences
{
    /// <summary>The Omnibus Directive's look-back before a price reduction.</summary>
    public static readonly TimeSpan OmnibusWindow = TimeSpan.FromDays(30);

    /// <summary>The window of the "usual price" shown beside it.</summary>
    public static readonly TimeSpan CommonPriceWindow = TimeSpan.FromDays(90);

    /// <summary>
    /// The lowest price in effect at any time during the 30 days before the latest drop (the drop's own new price
    /// excluded); null when the history has no drop.
    /// </summary>
    public static OmnibusReference? LowestBeforeLatestDrop(IReadOnlyList<PricePoint> prices)
    {
        ArgumentNullException.ThrowIfNull(prices);
        var drop = -1;
        for (var i = prices.Count - 1; i >= 1; i--)
        {
            if (prices[i].Price < prices[i - 1].Price)
            {
                drop = i;
                break;
            }
        }

        if (drop < 0)
        {
            return null;
        }

        var dropAt = prices[drop].ObservedAt;
        var windowStart = dropAt - OmnibusWindow;
        decimal? lowest = null;
        for (var j = 0; j < drop; j++)
        {
            // Row j holds from its time until the next row's; it counts when that span reaches into the window.
            if (prices[j + 1].ObservedAt > windowStart && (lowest is null || prices[j].Price < lowest))
            {
                lowest = prices[j].Price;
            }
        }

        return new OmnibusReference(lowest!.Value, prices[drop - 1].Currency, dropAt, prices[drop - 1].Price, prices[drop].Price);
    }

    /// <summary>The price held for the longest total time between <paramref name="now"/> − 90 days and now (ties: the lower); null without history in the window.</summary>
    public static decimal? MostCommonPrice(IReadOnlyList<PricePoint> prices, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(prices);
        var windowStart = now - CommonPriceWindow;
        var held = new Dictionary<decimal, TimeSpan>();
        for (var i = 0; i < prices.Count; i++)
        {
            var from = prices[i].ObservedAt > windowStart ? prices[i].ObservedAt : windowStart;
            var until = i + 1 < prices.Count && prices[i + 1].ObservedAt < now ? prices[i + 1].ObservedAt : now;
            if (until > from)
            {
                held[prices[i].Price] = held.GetValueOrDefault(prices[i].Price) + (until - from);
            }
        }

        return held.Count == 0 ? null : held.OrderByDescending(p => p.Value).ThenBy(p => p.Key).First().Key;
    }
}
