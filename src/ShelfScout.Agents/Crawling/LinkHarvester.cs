using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using ShelfScout.Domain.Catalog;
using ShelfScout.Domain.Sites;
using ShelfScout.Extraction.Discovery;
using ShelfScout.Storage.Frontier;

namespace ShelfScout.Agents.Crawling;

/// <summary>
/// Which links of a page the crawl follows, and why: product cards and pagination of listings, links below a
/// category's path (subcategories), the navigation menu, and on the home page and hubs every plain catalogue link.
/// Links to baskets, accounts, files and query-string variants of pages (filters, sorts) are left alone: they are
/// where spider traps live.
/// </summary>
internal static class LinkHarvester
{
    /// <summary>Links followed from pages this many links from the start at most (hubs of hubs); listings and subcategories go deeper.</summary>
    public const int MaxLinkDepth = 2;

    private const int MaxLinksPerPage = 400;

    private static readonly HashSet<string> FileExtensions = new(StringComparer.OrdinalIgnoreCase)
    {
        ".jpg", ".jpeg", ".png", ".gif", ".webp", ".svg", ".ico", ".pdf", ".zip", ".css", ".js", ".json", ".xml", ".txt",
        ".mp4", ".mp3", ".webm", ".woff", ".woff2", ".ttf", ".atom", ".rss", ".oembed", ".csv", ".doc", ".docx", ".xls", ".xlsx",
    };

    /// <summary>The menu's categories, each with its menu parent as context.</summary>
    public static IEnumerable<FrontierSeed> Menu(IReadOnlyList<CategoryNode> roots, Uri start, int depth)
    {
        var stack = new Stack<(CategoryNode Node, string? Parent)>(roots.Reverse().Select(r => (r, (string?)null)));
        while (stack.Count > 0)
        {
            var (node, parent) = stack.Pop();
            if (Follows(node.Url, start))
            {
                yield return CrawlSeeds.Seed(node.Url, FrontierReason.Menu, parent, node.Name, depth);
            }

            var key = CrawlSeeds.Key(node.Url);
            for (var i = node.Children.Count - 1; i >= 0; i--)
            {
                stack.Push((node.Children[i], key));
            }
        }
    }

    /// <summary>
    /// Same-site links of the page (outside its product grid): those below <paramref name="categoryUrl"/>'s path become
    /// subcategory candidates of it; with <paramref name="allLinks"/>, the others are followed as plain links too.
    /// </summary>
    public static IEnumerable<FrontierSeed> Links(IDocument document, Uri pageUrl, Uri start, Uri? categoryUrl, string? categoryKey, ISet<string> skip, bool allLinks, bool includeChrome, int depth)
    {
        var prefix = categoryUrl is null ? null : categoryUrl.AbsolutePath.TrimEnd('/') + "/";
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (anchor, target) in SiteAnchors(document, pageUrl, start))
        {
            if (seen.Count >= MaxLinksPerPage)
            {
                yield break;
            }

            if (target.Query.Length > 1)
            {
                continue;
            }

            var key = CrawlSeeds.Key(target);
            if (skip.Contains(key) || !seen.Add(key))
            {
                continue;
            }

            // A link below the category's own path is a subcategory in the content, a sidebar's category tree or a menu
            // that shows this category's branch (menus that differ from page to page list children only there); not in
            // the footer, nor in a filter or facet block (tag and attribute filters also sit below the listing's path).
            var chrome = Chrome(anchor);
            var inChrome = chrome is not null;
            var below = prefix is not null && target.AbsolutePath.Length > prefix.Length && target.AbsolutePath.StartsWith(prefix, StringComparison.Ordinal);
            if (below && chrome is not "footer" && !InFilterBlock(anchor))
            {
                yield return CrawlSeeds.Seed(target, FrontierReason.Subcategory, categoryKey, LinkText(anchor), depth);
            }
            else if (allLinks && (includeChrome || !inChrome))
            {
                yield return CrawlSeeds.Seed(target, FrontierReason.Link, null, LinkText(anchor), depth);
            }
        }
    }

    /// <summary>Query parameters that only page through a listing (<c>?page=2</c>, <c>?p=2</c>, <c>?start=40</c>): every platform's pager uses one.</summary>
    private static readonly HashSet<string> PageParameters = new(StringComparer.OrdinalIgnoreCase) { "page", "p", "pg", "paged", "start", "offset" };

    /// <summary>
    /// Every same-site link of a page that no other rule took (<paramref name="skip"/>), for exploration. A link whose
    /// query only pages (<c>/collections/x?page=3</c>, <c>/?page=2</c>) is a further page of the listing without it; a
    /// link with any other query (a filter, a sort, a search) stands for the plain page without its query, which is
    /// where a listing reached only through its sort or filter variants is found.
    /// </summary>
    public static IEnumerable<FrontierSeed> Explore(IDocument document, Uri pageUrl, Uri start, ISet<string> skip, Func<string, bool> firstTime, int depth)
    {
        var seen = 0;
        foreach (var (anchor, target) in SiteAnchors(document, pageUrl, start))
        {
            if (seen >= MaxLinksPerPage)
            {
                yield break;
            }

            // A facet or filter block's links narrow a listing already known: a filter control is not a page to explore.
            if (InFilterBlock(anchor))
            {
                continue;
            }

            var plain = target.Query.Length > 1 ? new UriBuilder(target) { Query = string.Empty, Fragment = string.Empty }.Uri : target;
            var paged = !ReferenceEquals(plain, target) && OnlyPages(target.Query);
            var key = CrawlSeeds.Key(paged ? target : plain);
            if (skip.Contains(key) || !firstTime(key))
            {
                continue;
            }

            seen++;
            var text = LinkText(anchor);
            yield return paged
                ? CrawlSeeds.Seed(target, FrontierReason.Pagination, CrawlSeeds.Key(plain), null, depth)
                : CrawlSeeds.Seed(plain, FrontierReason.Explore, null, text, depth);
        }
    }

    /// <summary>The page's anchors with a real target (not a fragment) on the same site that can be a catalogue page (<see cref="Follows"/>).</summary>
    private static IEnumerable<(IElement Anchor, Uri Target)> SiteAnchors(IDocument document, Uri pageUrl, Uri start)
    {
        foreach (var anchor in document.QuerySelectorAll("a[href]"))
        {
            var raw = anchor.GetAttribute("href")?.Trim();
            if (string.IsNullOrEmpty(raw) || raw.StartsWith('#'))
            {
                continue;
            }

            var href = anchor is IHtmlAnchorElement html ? html.Href : raw;
            if (Uri.TryCreate(pageUrl, href, out var target) && Follows(target, start))
            {
                yield return (anchor, target);
            }
        }
    }

    private static bool OnlyPages(string query)
    {
        var any = false;
        foreach (var pair in query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var name = pair.Split('=', 2)[0];
            if (!PageParameters.Contains(Uri.UnescapeDataString(name)))
            {
                return false;
            }

            any = true;
        }

        return any;
    }

    /// <summary>True for a same-site http(s) page that can be a catalogue page (not a file, basket, account or sign-in page).</summary>
    public static bool Follows(Uri url, Uri start)
    {
        if (url.Scheme is not ("http" or "https") || !IsSameSite(url, start))
        {
            return false;
        }

        var path = url.AbsolutePath;
        var dot = path.LastIndexOf('.');
        if (dot > path.LastIndexOf('/') && FileExtensions.Contains(path[dot..]))
        {
            return false;
        }

        foreach (var segment in path.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            if (DiscoveryWords.IsNonCatalogSegment(Uri.UnescapeDataString(segment)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The one same-site rule of the project (<see cref="SiteIdentity"/>).</summary>
    public static bool IsSameSite(Uri url, Uri start) => SiteIdentity.IsSameSite(url, start);

    private static readonly string[] FilterWords = ["filter", "facet"];

    /// <summary>True inside a block whose class or id names it a filter or facet list (a few levels up).</summary>
    private static bool InFilterBlock(IElement anchor)
    {
        var depth = 0;
        for (var current = anchor.ParentElement; current is not null && current.LocalName != "body" && depth < 8; current = current.ParentElement, depth++)
        {
            var descriptor = (current.ClassName + " " + current.Id).ToLowerInvariant();
            if (FilterWords.Any(w => descriptor.Contains(w, StringComparison.Ordinal)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The page chrome the element sits in, innermost first ("nav", "header", "footer", "aside"), or null.</summary>
    private static string? Chrome(IElement element)
    {
        for (var current = element.ParentElement; current is not null; current = current.ParentElement)
        {
            switch (current.GetAttribute("role"))
            {
                case "navigation":
                    return "nav";
                case "banner":
                    return "header";
                case "contentinfo":
                    return "footer";
                case "complementary":
                    return "aside";
            }

            if (current.LocalName is "nav" or "header" or "footer" or "aside")
            {
                return current.LocalName;
            }
        }

        return null;
    }

    private static string LinkText(IElement anchor)
    {
        var text = anchor.TextContent;
        if (string.IsNullOrWhiteSpace(text))
        {
            text = anchor.GetAttribute("aria-label") ?? anchor.GetAttribute("title") ?? anchor.QuerySelector("img[alt]")?.GetAttribute("alt") ?? string.Empty;
        }

        return text;
    }
}
