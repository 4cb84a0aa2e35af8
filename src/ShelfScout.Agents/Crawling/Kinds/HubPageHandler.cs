using ShelfScout.Domain.Catalog;
using ShelfScout.Storage.Frontier;

namespace ShelfScout.Agents.Crawling.Kinds;

/// <summary>
/// A page that lists subcategories or other catalogue pages rather than products (the home page among them): a
/// category when navigation led to it, and every link of it followed.
/// </summary>
internal sealed class HubPageHandler(AgentContext context, PageLinks links, CategoryWriter categories) : IPageKindHandler
{
    public PageKind Kind => PageKind.CategoryHub;

    public async Task<FrontierCompletion> HandleAsync(PageVisit visit, CancellationToken cancellationToken)
    {
        var (entry, page) = (visit.Entry, visit.Page);
        var home = entry.Reason == FrontierReason.Start || links.IsHome(page.Url);
        long? categoryId = null;
        var categoryKey = entry.UrlKey;
        if (!home && entry.Reason is FrontierReason.Menu or FrontierReason.Subcategory or FrontierReason.Breadcrumb or FrontierReason.Sitemap)
        {
            var stored = await categories.StoreAsync(entry, page, isLeaf: false, cancellationToken).ConfigureAwait(false);
            categoryId = stored.Id;
            categoryKey = stored.Url;
        }

        var seeds = new List<FrontierSeed>();
        var allLinks = home || entry.Depth < LinkHarvester.MaxLinkDepth;
        var category = home ? null : page.Url;
        seeds.AddRange(LinkHarvester.Links(page.Document, page.Url, context.StartUrl, category, category is null ? null : categoryKey, new HashSet<string>(StringComparer.Ordinal), allLinks, includeChrome: home, visit.Next));
        if (home)
        {
            seeds.AddRange(links.Menu(page, visit.Next));
        }

        return FrontierCompletion.Done(PageKind.CategoryHub, visit.Classification.Reason, categoryId) with { Seeds = seeds };
    }
}
