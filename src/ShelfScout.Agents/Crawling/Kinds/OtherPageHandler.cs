using ShelfScout.Domain.Catalog;
using ShelfScout.Extraction.Discovery;
using ShelfScout.Storage.Frontier;

namespace ShelfScout.Agents.Crawling.Kinds;

/// <summary>
/// A page that is neither product, listing nor hub. Reached as a category (a category menu or sitemap link, a breadcrumb, a
/// link below a category) and headed like one, it is a category without products today; otherwise it is content.
/// </summary>
internal sealed class OtherPageHandler(PageLinks links, CategoryWriter categories) : IPageKindHandler
{
    public PageKind Kind => PageKind.Other;

    public async Task<FrontierCompletion> HandleAsync(PageVisit visit, CancellationToken cancellationToken)
    {
        var (entry, page, classification) = (visit.Entry, visit.Page, visit.Classification);
        // A category sitemap URL or a breadcrumb is a category by what led to it; a menu, subcategory or tile link only
        // when the page says it has no products (a blog post under /blog is content, not an empty category).
        var ledAsCategory = entry.Reason is FrontierReason.Sitemap or FrontierReason.Breadcrumb;
        var mayBeCategory = ledAsCategory || entry.Reason is FrontierReason.Menu or FrontierReason.Subcategory || (entry.Reason == FrontierReason.ProductCard && entry.ContextKey is not null);
        var emptyCategory = mayBeCategory
            && !classification.Signals.Error
            && PageClassifier.MainHeading(page.Document) is not null
            && !links.IsHome(page.Url)
            && (ledAsCategory || DiscoveryWords.SaysNoProducts(page.Document));
        if (!emptyCategory)
        {
            return FrontierCompletion.Done(PageKind.Other, classification.Reason);
        }

        var category = await categories.StoreAsync(entry, page, isLeaf: true, cancellationToken).ConfigureAwait(false);
        return FrontierCompletion.Done(PageKind.Listing, "reached as a category, no products listed: " + classification.Reason, category.Id);
    }
}
