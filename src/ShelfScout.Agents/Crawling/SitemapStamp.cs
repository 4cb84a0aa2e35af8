using System.Globalization;

namespace ShelfScout.Agents.Crawling;

/// <summary>A sitemap <c>lastmod</c> carried in a frontier entry's label (<c>lastmod:2026-12-01T00:00:00Z</c>).</summary>
internal static class SitemapStamp
{
    public const string Prefix = "lastmod:";

    public static string Format(DateTimeOffset when) => when.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>The stamp in an entry's label, or null.</summary>
    public static string? From(string? label) =>
        label is not null && label.StartsWith(Prefix, StringComparison.Ordinal) ? label[Prefix.Length..] : null;
}
