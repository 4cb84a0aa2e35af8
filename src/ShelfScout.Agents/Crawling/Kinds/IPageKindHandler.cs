using ShelfScout.Domain.Catalog;
using ShelfScout.Storage.Frontier;

namespace ShelfScout.Agents.Crawling.Kinds;

/// <summary>
/// Stores what one kind of page is (a product, a listing, a hub, anything else) and says which links it leads to: the
/// completion the crawl loop writes for the page with its seeds, in one store call.
/// </summary>
internal interface IPageKindHandler
{
    PageKind Kind { get; }

    Task<FrontierCompletion> HandleAsync(PageVisit visit, CancellationToken cancellationToken);
}
