using ShelfScout.Agents.Pages;
using ShelfScout.Domain.Catalog;
using ShelfScout.Domain.Runs;
using ShelfScout.Extraction.Discovery;
using ShelfScout.Storage.Frontier;
using ShelfScout.Storage.Records;

namespace ShelfScout.Agents.Crawling.Kinds;

/// <summary>
/// A page whose main content is a grid of products: a category when navigation led to it, its cards queued as products
/// (a card that confirms a known product's stored offer is marked seen, not fetched), its pager followed (or guessed by
/// its page parameter), and, on its first page, the links above and below it.
/// </summary>
internal sealed class ListingPageHandler(AgentContext context, CrawlSession session, PageLinks links, CategoryWriter categories, Stage stage) : IPageKindHandler
{
    public PageKind Kind => PageKind.Listing;

    public async Task<FrontierCompletion> HandleAsync(PageVisit visit, CancellationToken cancellationToken)
    {
        var (entry, page, classification) = (visit.Entry, visit.Page, visit.Classification);
        var listing = visit.Reading.Listing;
        var home = links.IsHome(page.Url);
        // Further pages of a listing belong to the category of its first page.
        var paginated = entry.Reason == FrontierReason.Pagination && entry.ContextKey is not null;
        var categoryKey = paginated ? entry.ContextKey! : entry.UrlKey;
        long? categoryId = null;
        var isCategory = !paginated && !home && await LedAsCategoryAsync(entry, page.Url, cancellationToken).ConfigureAwait(false);
        if (isCategory)
        {
            if (!session.Limits.TryTakeCategory())
            {
                session.Limits.CountDeferred(1);
                return FrontierCompletion.Deferred("over the run's category limit");
            }

            var stored = await categories.StoreAsync(entry, page, isLeaf: true, cancellationToken).ConfigureAwait(false);
            categoryId = stored.Id;
            categoryKey = stored.Url;
        }

        if (!session.Limits.TakeListingPage(categoryKey))
        {
            await context.Recorder.RecordErrorAsync(stage, entry.Url, $"warning: listing page limit ({context.Limits.MaxListingPagesPerCategory}) reached, pagination not followed further", cancellationToken).ConfigureAwait(false);
            return FrontierCompletion.Done(PageKind.Listing, classification.Reason + "; page limit reached", categoryId);
        }

        // Cards the grid reader passed over (a sold-out card built differently, a featured row) still link into the
        // family of the grid's products: links of the main content sharing their path's parent are products too.
        listing = listing with { ProductLinks = [.. listing.ProductLinks, .. links.FamilyLinks(page, listing.ProductLinks)] };
        var contextKey = home || (!paginated && !isCategory) ? null : categoryKey;
        var (seeds, listed) = Cards(visit, listing, contextKey);
        seeds.AddRange(Pager(visit, listing, paginated, categoryKey));
        if (!paginated)
        {
            seeds.AddRange(Around(visit, listing, home, categoryKey));
        }

        context.Recorder.Report(stage, entry.Url, session.Pages.Succeeded, null);
        return FrontierCompletion.Done(PageKind.Listing, classification.Reason, categoryId) with
        {
            Seeds = seeds,
            Links = listed,
            Expected = isCategory ? Expected(visit.Reading, page, listing) : null,
        };
    }

    /// <summary>
    /// A listing is a category when navigation led to it (menu, subcategory and breadcrumb links, category
    /// sitemaps, plain links of the home page and hubs) or a card of a category showed it; product sitemaps, the
    /// sitemap's content pages (a landing page featuring a few products) and related-product links only lead to
    /// listings crawled for coverage. A listing found by exploring (a product page's "more in this collection", a
    /// footer link) is a category when the site's categories share its URL template; tag, brand and filter listings are
    /// crawled for their cards only.
    /// </summary>
    private async Task<bool> LedAsCategoryAsync(FrontierEntry entry, Uri url, CancellationToken cancellationToken) => entry.Reason switch
    {
        FrontierReason.ProductSitemap or FrontierReason.ContentSitemap => false,
        FrontierReason.ProductCard => entry.ContextKey is not null || entry.Depth <= 1,
        FrontierReason.Explore => await session.IsCategoryTemplateAsync(context.Store, context.Retailer.Id, url, cancellationToken).ConfigureAwait(false),
        _ => true,
    };

    /// <summary>The grid's cards as product seeds, and the products listed in the category (under limits, those granted).</summary>
    private (List<FrontierSeed> Seeds, List<(string, string)> Listed) Cards(PageVisit visit, ListingPage listing, string? contextKey)
    {
        var seeds = new List<FrontierSeed>();
        var listed = new List<(string, string)>();
        // Under limits, products count against the category that lists them; cards of no category wait for a run without limits.
        var granted = contextKey is null ? (session.Limits.Any ? 0 : listing.ProductLinks.Count) : session.Limits.TakeProducts(contextKey, listing.ProductLinks.Count);
        var cards = listing.Cards.Count == 0 ? null : listing.Cards.DistinctBy(c => CrawlSeeds.Key(c.Url)).ToDictionary(c => CrawlSeeds.Key(c.Url), StringComparer.Ordinal);
        for (var i = 0; i < listing.ProductLinks.Count; i++)
        {
            var product = listing.ProductLinks[i];
            var deferred = i >= granted;
            var seed = CrawlSeeds.Seed(product, FrontierReason.ProductCard, contextKey, null, visit.Next, deferred);
            if (!deferred && cards is not null && session.KnownProduct(seed.UrlKey) is { } known && cards.TryGetValue(seed.UrlKey, out var card) && CardConfirms(card, known))
            {
                seed = seed with { SeenProductId = known.Id };
            }

            seeds.Add(seed);
            if (contextKey is not null && !deferred)
            {
                listed.Add((CrawlSeeds.Key(product), contextKey));
            }
        }

        session.Limits.CountDeferred(listing.ProductLinks.Count - granted);
        return (seeds, listed);
    }

    /// <summary>
    /// The listing's further pages: its pager's links, or the next page by the page parameter when the page hints at more.
    /// A page that repeats the page it was reached from (a server ignoring ?page=N, a looping "next") ends the chain.
    /// </summary>
    private IEnumerable<FrontierSeed> Pager(PageVisit visit, ListingPage listing, bool paginated, string categoryKey)
    {
        var entry = visit.Entry;
        var fingerprint = PageLinks.Fingerprint(listing.ProductLinks);
        if (paginated && (listing.ProductLinks.Count == 0 || string.Equals(PageLinks.Unguessed(entry.Label), fingerprint, StringComparison.Ordinal)))
        {
            return [];
        }

        var more = session.Limits.HasProductRoom(categoryKey);
        var following = links.Following(listing, visit.Page.Url).ToList();
        var guessed = following.Count == 0 && listing.ProductLinks.Count > 0
            && (PageLinks.IsGuess(entry) || MorePagesHint.Suggests(visit.Page.Document, listing.ProductLinks.Count));
        if (guessed)
        {
            following.Add(PageLinks.NextByParameter(visit.Page.Url));
        }

        var label = PageLinks.PagerLabel(fingerprint, guessed);
        return following.Select(next => CrawlSeeds.Seed(next, FrontierReason.Pagination, categoryKey, label, visit.Next, deferred: !more));
    }

    /// <summary>A listing's first page leads up (breadcrumbs, path ancestors), down (subcategories, links below it) and, from the home page, to the menu.</summary>
    private IEnumerable<FrontierSeed> Around(PageVisit visit, ListingPage listing, bool home, string categoryKey)
    {
        var page = visit.Page;
        var seeds = links.UpwardLinks(page, visit.Next).ToList();
        var category = home ? null : page.Url;
        // Its own pager is not a subcategory, though its links sit below the listing's path (/c/tea/page/2).
        var skip = listing.ProductLinks.Concat(listing.PageLinks).Concat(listing.NextPage is { } nextPage ? [nextPage] : []).Select(CrawlSeeds.Key).ToHashSet(StringComparer.Ordinal);
        seeds.AddRange(LinkHarvester.Links(page.Document, page.Url, context.StartUrl, category, category is null ? null : categoryKey, skip, allLinks: home, includeChrome: home, visit.Next));
        if (visit.Entry.Depth == 0)
        {
            // A link the page's own grid holds is a product card, not a menu entry, wherever the menu reader found it.
            var cardKeys = listing.ProductLinks.Select(CrawlSeeds.Key).ToHashSet(StringComparer.Ordinal);
            seeds.AddRange(links.Menu(page, 1).Where(m => !cardKeys.Contains(m.UrlKey)));
        }

        return seeds;
    }

    /// <summary>
    /// What a category's first page says about its size, independent of the cards the crawl will read: the count it
    /// states ("Showing 1–20 of 458 results"), or its pager's last page times this page's cards, whichever is larger.
    /// </summary>
    private static ListingExpectation? Expected(PageReading reading, LoadedPage page, ListingPage listing)
    {
        var stated = reading.StatedCount;
        var lastPage = MorePagesHint.LastPageNumber(page.Document, page.Url, listing.PageLinks);
        int? pages = lastPage >= 2 ? lastPage : null;
        var paged = pages is { } last && listing.ProductLinks.Count > 0 ? ((last - 1) * listing.ProductLinks.Count) + 1 : 0;
        return stated >= Math.Max(1, paged) ? new ListingExpectation(stated, ExpectationBasis.Stated, pages)
            : paged > 0 ? new ListingExpectation(paged, ExpectationBasis.Pager, pages)
            : null;
    }

    /// <summary>
    /// A card confirms a known product when it shows the stored price and, when it states stock, the same buyable state.
    /// A card that states no stock confirms it only when the store's sitemap dates its pages (a changed date queues the page anyway).
    /// </summary>
    private bool CardConfirms(ListingCard card, ProductRef known) =>
        card.Price is { } price && known.Price == price
        && (card.Availability != Availability.Unknown
            ? OfferAlerts.IsBuyable(card.Availability) == OfferAlerts.IsBuyable(known.Availability) && known.Availability != Availability.Unknown
            : session.SitemapHasDates && known.SitemapLastModified is not null);
}
