using System.Net;
using System.Text.RegularExpressions;

namespace ShelfScout.DemoRetailer.Tests;

/// <summary>Tiny regex readers for the store's own markup (tests only; the crawler uses a real parser).</summary>
internal static partial class HtmlScan
{
    public static IReadOnlyList<string> Hrefs(string html) =>
        HrefPattern().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();

    public static IReadOnlyList<string> ProductHrefs(string html) =>
        Hrefs(html).Where(h => h.StartsWith("/products/", StringComparison.Ordinal) && !h.Contains("/reviews", StringComparison.Ordinal) && !h.Contains('#', StringComparison.Ordinal))
            .Distinct(StringComparer.Ordinal).ToList();

    public static string MainContent(string html)
    {
        var start = html.IndexOf("<main", StringComparison.Ordinal);
        var end = html.IndexOf("</main>", StringComparison.Ordinal);
        return html[start..end];
    }

    public static IReadOnlyList<string> JsonLdBlocks(string html) =>
        JsonLdPattern().Matches(html).Select(m => m.Groups[1].Value).ToList();

    public static IReadOnlyList<string> ReviewDates(string html) =>
        TimePattern().Matches(html).Select(m => m.Groups[1].Value).ToList();

    [GeneratedRegex("<a\\b[^>]*?\\shref=\"([^\"]+)\"")]
    private static partial Regex HrefPattern();

    [GeneratedRegex("<script type=\"application/ld\\+json\">(.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex JsonLdPattern();

    [GeneratedRegex("<time datetime=\"([0-9-]+)\"")]
    private static partial Regex TimePattern();
}
