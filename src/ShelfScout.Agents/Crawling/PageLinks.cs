using System.Globalization;
using System.Runtime.CompilerServices;
using AngleSharp.Dom;
using ShelfScout.Agents.Pages;
using ShelfScout.Extraction.Discovery;
using ShelfScout.Storage.Frontier;

namespace ShelfScout.Agents.Crawling;

/// <summary>
/// What the page handlers ask of a page's links and of the site's shape: where the home page is, the page's breadcrumbs
/// (read once per page, by any worker), the links above it, beside it and after it. One per crawl loop; safe for
/// concurrent use.
/// </summary>
internal sealed class PageLinks(Uri startUrl)
{
    /// <summary>Marks the label of a listing page the crawl guessed by the page parameter (no link to it on the page).</summary>
    private const string GuessPrefix = "guess:";

    private readonly BreadcrumbExtractor _breadcrumbs = new();
    private readonly NavigationTreeExtractor _navigation = new();
    private readonly ConditionalWeakTable<IDocument, IReadOnlyList<BreadcrumbItem>> _crumbs = [];

    public Uri StartUrl => startUrl;

    public bool IsHome(Uri url) => SamePage(url, startUrl) || url.AbsolutePath.TrimEnd('/').Length == 0 || DiscoveryWords.IsSiteRoot(url);

    public static bool SamePage(Uri a, Uri b) =>
        string.Equals(CrawlSeeds.Key(a).TrimEnd('/'), CrawlSeeds.Key(b).TrimEnd('/'), StringComparison.Ordinal);

    public bool Follows(Uri url) => LinkHarvester.Follows(url, startUrl);

    /// <summary>The menu's links, at <paramref name="depth"/>.</summary>
    public IEnumerable<FrontierSeed> Menu(LoadedPage page, int depth) => LinkHarvester.Menu(_navigation.Extract(page.Document, page.Url), startUrl, depth);

    public IReadOnlyList<BreadcrumbItem> Crumbs(LoadedPage page) =>
        _crumbs.GetValue(page.Document, document => _breadcrumbs.Extract(document, page.Url));

    /// <summary>The breadcrumb's last followable item above the page (not the home page).</summary>
    public BreadcrumbItem? ParentCrumb(LoadedPage page) =>
        Crumbs(page).LastOrDefault(c => c.Url is { } u && !SamePage(u, page.Url) && !IsHome(u) && Follows(u));

    /// <summary>
    /// The key of the breadcrumb's last linked item above the page. A trailing crumb named like the page itself
    /// (<paramref name="ownName"/>) is the page under another URL (the same term reachable under two paths), not its parent.
    /// </summary>
    public string? ParentFromCrumbs(IReadOnlyList<BreadcrumbItem> crumbs, Uri pageUrl, string? ownName = null)
    {
        var linked = crumbs.Where(c => c.Url is { } u && LinkHarvester.IsSameSite(u, startUrl)).ToList();
        while (linked.Count > 0 && (SamePage(linked[^1].Url!, pageUrl) || (ownName is not null && string.Equals(linked[^1].Name.Trim(), ownName.Trim(), StringComparison.OrdinalIgnoreCase))))
        {
            linked.RemoveAt(linked.Count - 1);
        }

        var parent = linked.LastOrDefault();
        return parent is null || IsHome(parent.Url!) ? null : CrawlSeeds.Key(parent.Url!);
    }

    /// <summary>
    /// The categories above a listing: its breadcrumb links, and the ancestors of its URL path (/c/a/b is often below a
    /// category /c/a that no menu shows). Ancestors are plain links, so one that does not exist is a dead link, not a loss.
    /// </summary>
    public IEnumerable<FrontierSeed> UpwardLinks(LoadedPage page, int depth)
    {
        foreach (var crumb in Crumbs(page))
        {
            if (crumb.Url is { } url && !SamePage(url, page.Url) && !IsHome(url) && Follows(url))
            {
                yield return CrawlSeeds.Seed(url, FrontierReason.Breadcrumb, null, crumb.Name, depth);
            }
        }

        var segments = page.Url.AbsolutePath.Trim('/').Split('/', StringSplitOptions.RemoveEmptyEntries);
        var trailingSlash = page.Url.AbsolutePath.EndsWith('/');
        for (var n = segments.Length - 1; n >= 2; n--)
        {
            var path = "/" + string.Join('/', segments.Take(n)) + (trailingSlash ? "/" : string.Empty);
            var ancestor = new UriBuilder(page.Url) { Path = path, Query = string.Empty, Fragment = string.Empty }.Uri;
            if (Follows(ancestor))
            {
                yield return CrawlSeeds.Seed(ancestor, FrontierReason.Link, null, null, depth);
            }
        }
    }

    /// <summary>Main-content links in the family of the product's breadcrumb category (its other categories).</summary>
    public IEnumerable<Uri> CategoryFamilyLinks(LoadedPage page, Uri category) =>
        LinksUnder(page, DiscoveryWords.ParentPath(category.AbsolutePath), []).Where(u => !SamePage(u, category));

    /// <summary>Main-content links whose path's parent is the one most of the grid's product links share (not the root).</summary>
    public IEnumerable<Uri> FamilyLinks(LoadedPage page, IReadOnlyList<Uri> products)
    {
        var family = products.GroupBy(u => DiscoveryWords.ParentPath(u.AbsolutePath), StringComparer.Ordinal).MaxBy(g => g.Count());
        return family is null || family.Count() * 2 <= products.Count
            ? []
            : LinksUnder(page, family.Key, products.Select(CrawlSeeds.Key).ToHashSet(StringComparer.Ordinal));
    }

    /// <summary>Same-site links of the page's main content whose path has the page's own parent path and depth.</summary>
    public IEnumerable<Uri> SiblingLinks(LoadedPage page) => LinksUnder(page, DiscoveryWords.ParentPath(page.Url.AbsolutePath), []);

    /// <summary>A listing's next page and its other numbered pages, on the site.</summary>
    public IEnumerable<Uri> Following(ListingPage listing, Uri pageUrl)
    {
        if (listing.NextPage is { } next && LinkHarvester.IsSameSite(next, startUrl))
        {
            yield return next;
        }

        foreach (var other in listing.PageLinks.Where(p => LinkHarvester.IsSameSite(p, startUrl) && !SamePage(p, pageUrl)))
        {
            yield return other;
        }
    }

    /// <summary>A listing page the crawl guessed by its page parameter.</summary>
    public static bool IsGuess(FrontierEntry entry) =>
        entry.Reason == FrontierReason.Pagination && entry.Label?.StartsWith(GuessPrefix, StringComparison.Ordinal) == true;

    /// <summary>The label of a pager link: the fingerprint of the page it was found on, marked when the link is a guess.</summary>
    public static string PagerLabel(string fingerprint, bool guessed) => guessed ? GuessPrefix + fingerprint : fingerprint;

    /// <summary>The fingerprint a pager link's label carries.</summary>
    public static string? Unguessed(string? label) =>
        label is not null && label.StartsWith(GuessPrefix, StringComparison.Ordinal) ? label[GuessPrefix.Length..] : label;

    /// <summary>The next page by the commonest page parameter (<c>?page=N</c>), from the current one.</summary>
    public static Uri NextByParameter(Uri url)
    {
        var query = System.Web.HttpUtility.ParseQueryString(url.Query);
        var current = int.TryParse(query["page"], NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 1;
        query["page"] = (current + 1).ToString(CultureInfo.InvariantCulture);
        return new UriBuilder(url) { Query = query.ToString() }.Uri;
    }

    /// <summary>A stable digest of a page's product links (kept in the frontier, so it must not vary between processes).</summary>
    public static string Fingerprint(IReadOnlyList<Uri> links)
    {
        if (links.Count == 0)
        {
            return "0";
        }

        var digest = System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(string.Join('|', links.Select(CrawlSeeds.Key))));
        return string.Create(CultureInfo.InvariantCulture, $"{links.Count}:{Convert.ToHexString(digest, 0, 8)}");
    }

    /// <summary>Followable main-content links whose path's parent is <paramref name="parent"/> (never the root: listings and content share it).</summary>
    private IEnumerable<Uri> LinksUnder(LoadedPage page, string parent, HashSet<string> skip)
    {
        if (parent.Length <= 1)
        {
            return [];
        }

        return LinkHarvester.Links(page.Document, page.Url, startUrl, categoryUrl: null, categoryKey: null, skip, allLinks: true, includeChrome: false, depth: 0)
            .Select(seed => new Uri(seed.Url))
            .Where(url => string.Equals(DiscoveryWords.ParentPath(url.AbsolutePath), parent, StringComparison.Ordinal));
    }
}
