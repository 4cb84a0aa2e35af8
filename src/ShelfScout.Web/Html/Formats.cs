using System.Globalization;
using ShelfScout.Domain.Catalog;

namespace ShelfScout.Web.Html;

/// <summary>How values read on a page: money with its currency, times in UTC, durations, availability words.</summary>
internal static class Formats
{
    public static string Money(decimal? amount, string? currency) =>
        amount is { } value ? value.ToString("0.00", CultureInfo.InvariantCulture) + (currency is null ? string.Empty : " " + currency) : "–";

    public static string Time(DateTimeOffset? time) =>
        time is { } value ? value.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture) : "–";

    /// <summary>Machine-readable time for a <c>&lt;time datetime&gt;</c> attribute and the JSON API.</summary>
    public static string Iso(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    public static string Duration(TimeSpan span) => span.TotalHours >= 1
        ? string.Create(CultureInfo.InvariantCulture, $"{(int)span.TotalHours} h {span.Minutes} min")
        : span.TotalMinutes >= 1
            ? string.Create(CultureInfo.InvariantCulture, $"{(int)span.TotalMinutes} min {span.Seconds} s")
            : string.Create(CultureInfo.InvariantCulture, $"{span.TotalSeconds:0.0} s");

    public static string Availability(Availability availability) => availability switch
    {
        Domain.Catalog.Availability.InStock => "In stock",
        Domain.Catalog.Availability.OutOfStock => "Out of stock",
        Domain.Catalog.Availability.PreOrder => "Pre-order",
        Domain.Catalog.Availability.BackOrder => "Back order",
        Domain.Catalog.Availability.LimitedAvailability => "Limited",
        Domain.Catalog.Availability.Discontinued => "Discontinued",
        _ => "Unknown",
    };

    public static string Number(long value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
