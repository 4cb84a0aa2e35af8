using System.Runtime.CompilerServices;
using ShelfScout.Agents.Pages;
using ShelfScout.Domain.Runs;
using ShelfScout.Extraction.Discovery;
using ShelfScout.Fetching;
using ShelfScout.Storage.Records;

namespace ShelfScout.Agents.Products;

/// <summary>
/// Walks one category's listing pages (whatever the pagination style: rel=next, "next" links, numbered pages) and
/// yields each product URL once, up to the per-category limit (or, for a category page without products, the links
/// below it that may be subcategories).
/// </summary>
internal sealed class ListingCrawler(AgentContext context, CategoryRecord category)
{
    private const int MaxChildLinks = 200;
    private readonly ListingPageAnalyzer _analyzer = new();

    public int PagesWalked { get; private set; }

    public async IAsyncEnumerable<ListingLink> ProductUrlsAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var limit = context.Limits.MaxProductsPerCategory ?? int.MaxValue;
        var start = new Uri(category.Url);
        var seenPages = new HashSet<string>(StringComparer.Ordinal);
        var seenProducts = new HashSet<string>(StringComparer.Ordinal);
        var queue = new Queue<Uri>();
        queue.Enqueue(start);
        var emitted = 0;
        while (queue.Count > 0 && emitted < limit && PagesWalked < context.Limits.MaxListingPagesPerCategory)
        {
            var url = queue.Dequeue();
            if (!seenPages.Add(Key(url)))
            {
                continue;
            }

            PagesWalked++;
            var page = await PageLoader.LoadAsync(context, Stage.Products, url, cancellationToken).ConfigureAwait(false);
            if (page is null)
            {
                continue;
            }

            seenPages.Add(Key(page.Url));
            var listing = _analyzer.Analyze(page.Document, page.Url);
            var newOnPage = 0;
            foreach (var link in listing.ProductLinks)
            {
                if (!seenProducts.Add(Key(link)))
                {
                    continue;
                }

                newOnPage++;
                yield return new ListingLink(link, MaybeCategory: false);
                if (++emitted >= limit)
                {
                    yield break;
                }
            }

            // No products on a category's first page: it may show subcategory tiles instead. Links below the category's own
            // path are handed on like product links; the product workers recognise the listings among them.
            if (PagesWalked == 1 && newOnPage == 0)
            {
                foreach (var child in ChildLinks(page, start).Where(c => seenProducts.Add(Key(c))))
                {
                    yield return new ListingLink(child, MaybeCategory: true);
                }

                yield break;
            }

            // A page that only repeats products already seen is the end of an endless or looping pagination.
            if (newOnPage == 0 && PagesWalked > 1)
            {
                continue;
            }

            foreach (var next in Following(listing, start))
            {
                queue.Enqueue(next);
            }
        }
    }

    private static IEnumerable<Uri> Following(ListingPage listing, Uri start)
    {
        if (listing.NextPage is { } next && SameHost(next, start))
        {
            yield return next;
        }

        foreach (var page in listing.PageLinks.Where(p => SameHost(p, start)))
        {
            yield return page;
        }
    }

    private static IEnumerable<Uri> ChildLinks(Pages.LoadedPage page, Uri category)
    {
        var prefix = category.AbsolutePath.TrimEnd('/') + "/";
        return page.Document.QuerySelectorAll("a[href]")
            .Where(a => a.Closest("header, nav, footer, aside") is null)
            .Select(a => Uri.TryCreate(page.Url, a.GetAttribute("href"), out var url) ? url : null)
            .OfType<Uri>()
            .Where(u => SameHost(u, category) && u.AbsolutePath.Length > prefix.Length && u.AbsolutePath.StartsWith(prefix, StringComparison.Ordinal))
            .Take(MaxChildLinks);
    }

    private static bool SameHost(Uri a, Uri b) => ShelfScout.Domain.Sites.SiteIdentity.IsSameSite(a, b);

    private static string Key(Uri url) => UrlCanonicalizer.Canonicalize(url).AbsoluteUri;
}
