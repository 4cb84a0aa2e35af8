using System.Text;
using ShelfScout.Storage.Records;

namespace ShelfScout.Cli.Rendering;

/// <summary>
/// A one-line chart of a price over time. Each column is an equal slice of time and shows the price in force at its
/// start (history rows are changes, so a price holds until the next row), so the first column is the first price;
/// the height is the price between the lowest and highest seen. Block characters where the console can show Unicode,
/// ASCII otherwise.
/// </summary>
internal static class PriceSparkline
{
    private const string Blocks = "▁▂▃▄▅▆▇█";
    private const string Ascii = "_.-=+*#@";

    public static string Draw(IReadOnlyList<PricePoint> prices, DateTimeOffset end, int width, bool unicode)
    {
        ArgumentNullException.ThrowIfNull(prices);
        if (prices.Count == 0 || width < 1)
        {
            return string.Empty;
        }

        var levels = unicode ? Blocks : Ascii;
        var low = prices.Min(p => p.Price);
        var high = prices.Max(p => p.Price);
        var start = prices[0].ObservedAt;
        if (end < prices[^1].ObservedAt)
        {
            end = prices[^1].ObservedAt;
        }

        var span = (end - start).Ticks;
        var line = new StringBuilder(width);
        var index = 0;
        for (var column = 0; column < width; column++)
        {
            var at = span == 0 ? start : start + TimeSpan.FromTicks((long)(span * ((double)column / width)));
            while (index + 1 < prices.Count && prices[index + 1].ObservedAt <= at)
            {
                index++;
            }

            var price = prices[index].Price;
            var level = high == low ? levels.Length / 2 : (int)Math.Round((price - low) / (high - low) * (levels.Length - 1));
            line.Append(levels[level]);
        }

        return line.ToString();
    }
}
