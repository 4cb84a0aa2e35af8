using System.Collections.Concurrent;
using ShelfScout.Agents.Pages;
using ShelfScout.Extraction.Discovery;
using ShelfScout.Fetching;
using ShelfScout.Storage.Records;

namespace ShelfScout.Agents.Products;

/// <summary>
/// Recognises a "product" link of a category that is really a subcategory the menu did not show (stores whose menu
/// lists only the top levels and whose category pages show subcategory tiles): a page that is not a product page,
/// has a product grid of its own, and sits under the category by its breadcrumbs or its URL.
/// </summary>
internal sealed class SubcategoryFinder
{
    private readonly ListingPageAnalyzer _listing = new();
    private readonly BreadcrumbExtractor _breadcrumbs = new();
    private readonly ConcurrentDictionary<string, byte> _known = new(StringComparer.Ordinal);

    /// <summary>Categories already in the tree, so a grid linking to a sibling category does not add it twice.</summary>
    public void Know(IEnumerable<CategoryRecord> categories)
    {
        foreach (var category in categories)
        {
            _known.TryAdd(category.Url, 0);
        }
    }

    /// <summary>Whether the page is a listing; and the new subcategory stored for it, if it was not known.</summary>
    public async Task<(bool IsListing, CategoryRecord? Added)> TryAddAsync(AgentContext context, CategoryRecord parent, LoadedPage page, CancellationToken cancellationToken)
    {
        var listing = _listing.Analyze(page.Document, page.Url);
        if (listing.ProductLinks.Count < 2)
        {
            return (false, null);
        }

        var url = UrlCanonicalizer.Canonicalize(page.Url).AbsoluteUri;
        var crumbs = _breadcrumbs.Extract(page.Document, page.Url);
        var parentUrl = new Uri(parent.Url);
        var underParent = crumbs.Any(c => c.Url is not null && UrlCanonicalizer.Canonicalize(c.Url).AbsoluteUri == parent.Url)
            || (page.Url.AbsolutePath.StartsWith(parentUrl.AbsolutePath.TrimEnd('/') + "/", StringComparison.Ordinal) && ShelfScout.Domain.Sites.SiteIdentity.IsSameSite(page.Url, parentUrl));
        if (!underParent)
        {
            return (false, null);
        }

        if (!_known.TryAdd(url, 0))
        {
            return (true, null);
        }

        var name = Name(page, crumbs);
        var added = await context.Store.UpsertCategoryAsync(
            context.Retailer.Id,
            new CategoryUpsert(name, url, parent.Id, parent.Depth + 1, parent.Path + " > " + name, IsLeaf: true),
            cancellationToken).ConfigureAwait(false);
        if (parent.IsLeaf)
        {
            await context.Store.UpsertCategoryAsync(
                context.Retailer.Id,
                new CategoryUpsert(parent.Name, parent.Url, parent.ParentId, parent.Depth, parent.Path, IsLeaf: false),
                cancellationToken).ConfigureAwait(false);
        }

        return (true, added);
    }

    private static string Name(LoadedPage page, IReadOnlyList<BreadcrumbItem> crumbs)
    {
        if (crumbs.Count > 0 && (crumbs[^1].Url is null || UrlCanonicalizer.Canonicalize(crumbs[^1].Url!) == UrlCanonicalizer.Canonicalize(page.Url)))
        {
            return crumbs[^1].Name;
        }

        var heading = page.Document.QuerySelector("h1")?.TextContent;
        var text = string.IsNullOrWhiteSpace(heading) ? page.Document.Title : heading;
        return string.Join(' ', (text ?? page.Url.AbsolutePath).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }
}
