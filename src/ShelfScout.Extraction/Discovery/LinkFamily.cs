namespace ShelfScout.Extraction.Discovery;

/// <summary>Groups links that lead to the same product (variant, tracking and position parameters ignored) and spots action links.</summary>
internal static class LinkFamily
{
    private static readonly HashSet<string> IgnoredParameters = new(StringComparer.OrdinalIgnoreCase)
    {
        "variant", "color", "colour", "size", "_pos", "_sid", "_ss", "_psq", "_fid", "_v", "ref", "position", "list",
        "srsltid", "fbclid", "gclid", "pr_prod_strat", "pr_rec_id", "pr_rec_pid", "pr_ref_pid", "pr_seq", "cat", "index",
        "from", "source", "src", "sid", "tracking", "trk", "click", "clickid", "searchid", "query",
    };

    private static readonly string[] ActionWords =
    [
        "add-to-cart", "add_to_cart", "addtocart", "add-to-basket", "wishlist", "compare", "quickview", "quick-view",
        "quick_view",
    ];

    /// <summary>Path segments of basket, checkout and account pages: whole segments only (/cart, not /cartridge or /picnic-basket).</summary>
    private static readonly HashSet<string> ActionSegments = new(StringComparer.OrdinalIgnoreCase)
    {
        "cart", "checkout", "login", "account", "customer", "basket",
    };

    /// <summary>The key under which links to one product are grouped.</summary>
    public static string Key(Uri url)
    {
        var path = url.AbsolutePath.TrimEnd('/');
        var query = url.Query.TrimStart('?')
            .Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Where(pair => !IsIgnored(pair.Split('=', 2)[0]))
            .Order(StringComparer.Ordinal);
        var kept = string.Join('&', query);
        return $"{url.Host.ToLowerInvariant()}{path}{(kept.Length > 0 ? "?" + kept : string.Empty)}";
    }

    /// <summary>Cart, wishlist, compare and quick-view links, and links back to the listing itself (sort, add-to-cart).</summary>
    public static bool IsAction(Uri url, Uri pageUrl)
    {
        if (string.Equals(url.AbsolutePath.TrimEnd('/'), pageUrl.AbsolutePath.TrimEnd('/'), StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var text = url.PathAndQuery;
        return ActionWords.Any(w => text.Contains(w, StringComparison.OrdinalIgnoreCase))
            || url.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries).Any(segment => ActionSegments.Contains(Path.GetFileNameWithoutExtension(segment)));
    }

    private static bool IsIgnored(string name) =>
        IgnoredParameters.Contains(name) || name.StartsWith("utm_", StringComparison.OrdinalIgnoreCase)
        || name.StartsWith("pr_", StringComparison.OrdinalIgnoreCase) || name.StartsWith("attribute_", StringComparison.OrdinalIgnoreCase);
}
