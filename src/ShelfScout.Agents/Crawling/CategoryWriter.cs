using AngleSharp.Dom;
using ShelfScout.Agents.Pages;
using ShelfScout.Extraction.Discovery;
using ShelfScout.Storage.Frontier;
using ShelfScout.Storage.Records;

namespace ShelfScout.Agents.Crawling;

/// <summary>
/// Stores a page taken for a category: its name (heading, breadcrumb, link text, title, in that order of trust), its
/// parent hint (breadcrumbs, then what led to it) and the canonical form of its URL.
/// </summary>
internal sealed class CategoryWriter(AgentContext context, CrawlSession session, PageLinks links)
{
    public async Task<CategoryRecord> StoreAsync(FrontierEntry entry, LoadedPage page, bool isLeaf, CancellationToken cancellationToken)
    {
        var crumbs = links.Crumbs(page);
        var name = CategoryName(page.Document, CrumbName(crumbs, page.Url), entry.Label) ?? TitleName(page.Document, page.Url);
        session.AddCategoryTemplate(page.Url);
        var hint = links.ParentFromCrumbs(crumbs, page.Url, name) ?? (entry.Reason is FrontierReason.Subcategory or FrontierReason.Menu or FrontierReason.ProductCard ? entry.ContextKey : null);
        return await context.Store.UpsertCategoryAsync(
            context.Retailer.Id,
            new CategoryUpsert(name, entry.UrlKey, ParentId: null, Depth: 0, Path: name, isLeaf, hint, CanonicalKey(page)),
            cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The key of a listing's canonical link when it names the same listing under another form of its URL (a sort,
    /// tracking or page=1 parameter, a trailing slash, an .html suffix): that listing is then the category already
    /// stored for it. A canonical link to another path (the same term under two parents, which stores present as two
    /// categories) does not merge. Links and parent hints naming the other form are mapped through the frontier
    /// (<see cref="ICrawlFrontier.GetCategoryAliasesAsync"/>).
    /// </summary>
    private string? CanonicalKey(LoadedPage page)
    {
        var href = page.Document.QuerySelector("link[rel=canonical]")?.GetAttribute("href");
        return !string.IsNullOrWhiteSpace(href) && Uri.TryCreate(page.Url, href.Trim(), out var canonical) && links.Follows(canonical)
            && !links.IsHome(canonical) && string.Equals(BarePath(canonical), BarePath(page.Url), StringComparison.Ordinal)
            ? CrawlSeeds.Key(canonical)
            : null;
    }

    private static string BarePath(Uri url)
    {
        var path = url.AbsolutePath.TrimEnd('/');
        foreach (var suffix in (string[])[".html", ".htm"])
        {
            if (path.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                return path[..^suffix.Length];
            }
        }

        return path;
    }

    /// <summary>
    /// A listing's name: its main heading, and of several headings the one its breadcrumb's current item repeats (a
    /// theme's page-title heading beside an SEO heading in the category description); with no heading, the
    /// breadcrumb's current item (the store's own name for the page: a menu's link text is often shortened), then the
    /// link text. A current item holding separators ("Men | Clothing | T-Shirts") is a page title, not a name.
    /// </summary>
    private static string? CategoryName(IDocument document, string? crumb, string? linkText)
    {
        crumb = crumb?.Trim();
        if (string.IsNullOrEmpty(crumb) || crumb.IndexOfAny(['|', '›', '»']) >= 0)
        {
            crumb = null;
        }

        var repeated = crumb is null ? null : PageClassifier.Headings(document).FirstOrDefault(h => string.Equals(h, crumb, StringComparison.OrdinalIgnoreCase));
        return repeated ?? PageClassifier.MainHeading(document) ?? crumb ?? linkText;
    }

    private static string? CrumbName(IReadOnlyList<BreadcrumbItem> crumbs, Uri pageUrl) =>
        crumbs.Count > 0 && (crumbs[^1].Url is null || PageLinks.SamePage(crumbs[^1].Url!, pageUrl)) ? crumbs[^1].Name : null;

    /// <summary>A page title without the store name and separators ("Teas | Store" gives "Teas").</summary>
    private static string TitleName(IDocument document, Uri url)
    {
        var title = document.Title ?? string.Empty;
        var cut = title.IndexOfAny(['|', '–', '—']);
        var text = (cut > 0 ? title[..cut] : title).Trim();
        return text.Length > 0 ? text : Uri.UnescapeDataString(url.AbsolutePath.TrimEnd('/').Split('/')[^1]);
    }
}
