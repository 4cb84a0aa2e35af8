using System.Globalization;
using System.Text.RegularExpressions;

namespace ShelfScout.Extraction.Discovery;

/// <summary>Reads the page part of a listing URL ("?page=3", "?p=3", "/page/3/", "-page-3", "?start=48") and what is left without it.</summary>
internal static partial class PageUrlPattern
{
    private static readonly HashSet<string> PageParameters = new(StringComparer.OrdinalIgnoreCase)
    {
        "page", "p", "pg", "paged", "pagenum", "pagenumber", "page_number", "pageindex", "page_index", "currentpage",
        "pagina", "seite", "sayfa", "strona", "pag", "pagenr", "page_no", "pageno",
    };

    private static readonly HashSet<string> OffsetParameters = new(StringComparer.OrdinalIgnoreCase)
    {
        "start", "offset", "from", "skip", "startindex", "beginindex", "first",
    };

    private static readonly HashSet<string> NoiseParameters = new(StringComparer.OrdinalIgnoreCase)
    {
        "_pos", "_sid", "_ss", "fbclid", "gclid", "srsltid", "ref",
    };

    /// <summary>The page ordinal the URL names (a page number, or an offset for start/offset parameters); null when it names none.</summary>
    public static int? Ordinal(Uri url) => Split(url).Ordinal;

    /// <summary>The listing a URL belongs to: scheme, host, path and query without the page part, tracking noise or order.</summary>
    public static string ListingKey(Uri url) => Split(url).Key;

    /// <summary>True when the URL's page part counts items (start/offset) rather than pages.</summary>
    public static bool IsOffset(Uri url) => Split(url).IsOffset;

    private static (string Key, int? Ordinal, bool IsOffset) Split(Uri url)
    {
        int? ordinal = null;
        var isOffset = false;
        var path = url.AbsolutePath;
        var pathMatch = PathPagePattern().Match(path);
        if (pathMatch.Success)
        {
            ordinal = int.Parse(pathMatch.Groups["n"].Value, CultureInfo.InvariantCulture);
            path = path.Remove(pathMatch.Index, pathMatch.Length);
        }

        var kept = new List<string>();
        foreach (var pair in url.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = pair.Split('=', 2);
            var name = Uri.UnescapeDataString(parts[0]);
            var value = parts.Length > 1 ? parts[1] : string.Empty;
            var isPage = PageParameters.Contains(name);
            var isOffsetName = OffsetParameters.Contains(name);
            if ((isPage || isOffsetName) && int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && ordinal is null)
            {
                ordinal = number;
                isOffset = isOffsetName;
                continue;
            }

            if (!NoiseParameters.Contains(name) && !name.StartsWith("utm_", StringComparison.OrdinalIgnoreCase))
            {
                kept.Add(pair);
            }
        }

        kept.Sort(StringComparer.Ordinal);
        var key = $"{url.Host.ToLowerInvariant()}{path.TrimEnd('/')}{(kept.Count > 0 ? "?" + string.Join('&', kept) : string.Empty)}";
        return (key, ordinal, isOffset);
    }

    [GeneratedRegex(@"(?:/page/(?<n>\d{1,5})|[/-]page-?(?<n>\d{1,5})|/p-(?<n>\d{1,5}))(?=/?$|\.html?$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PathPagePattern();
}
