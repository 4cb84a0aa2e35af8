using ShelfScout.Agents.Pages;
using ShelfScout.Domain.Runs;
using ShelfScout.Extraction.Discovery;
using ShelfScout.Fetching;

namespace ShelfScout.Agents.Categories;

/// <summary>
/// Finds categories the navigation did not show: reads robots.txt <c>Sitemap:</c> lines and <c>/sitemap.xml</c>
/// (following sitemap indexes), keeps URLs that look like categories, and places each in the tree by the
/// breadcrumbs of its page.
/// </summary>
public sealed class SitemapCategorySource
{
    private const int MaxSitemapDocuments = 50;
    private const int MaxCategoryPagesToPlace = 200;
    private readonly BreadcrumbExtractor _breadcrumbs = new();

    /// <summary>Adds sitemap categories missing from <paramref name="tree"/>; returns how many were added.</summary>
    internal async Task<int> AddSitemapCategoriesAsync(AgentContext context, CategoryTreeBuilder tree, CancellationToken cancellationToken)
    {
        var candidates = await ReadCategoryUrlsAsync(context, cancellationToken).ConfigureAwait(false);
        var added = 0;
        foreach (var url in candidates.Where(u => !tree.Contains(u)).Take(MaxCategoryPagesToPlace))
        {
            if (tree.Contains(url))
            {
                continue; // placed meanwhile as the ancestor of another one
            }

            var page = await PageLoader.LoadAsync(context, Stage.Categories, url, cancellationToken).ConfigureAwait(false);
            if (page is null)
            {
                continue;
            }

            var crumbs = _breadcrumbs.Extract(page.Document, page.Url);
            var chain = crumbs.Where(c => c.Url is not null).Select(c => (c.Name, Url: c.Url!)).ToList();
            var selfName = crumbs.Count > 0 ? crumbs[^1].Name : page.Document.Title?.Trim() ?? url.AbsolutePath;
            if (chain.Count == 0 || UrlCanonicalizer.Canonicalize(chain[^1].Url) != UrlCanonicalizer.Canonicalize(page.Url))
            {
                chain.Add((selfName, page.Url));
            }

            var before = tree.Count;
            tree.AddPath(chain);
            added += tree.Count - before;
        }

        return added;
    }

    private static async Task<IReadOnlyList<Uri>> ReadCategoryUrlsAsync(AgentContext context, CancellationToken cancellationToken)
    {
        var root = new Uri(context.StartUrl, "/");
        var queue = new Queue<Uri>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var robots = await context.Fetcher.FetchAsync(new Uri(root, "/robots.txt"), cancellationToken).ConfigureAwait(false);
        if (robots.IsSuccess)
        {
            foreach (var sitemap in RobotsTxt.Parse(System.Text.Encoding.UTF8.GetString(robots.Body.Span), root).Sitemaps)
            {
                queue.Enqueue(sitemap);
            }
        }

        if (queue.Count == 0)
        {
            queue.Enqueue(new Uri(root, "/sitemap.xml"));
        }

        var categories = new List<Uri>();
        var urlsRead = 0;
        var documents = 0;
        while (queue.Count > 0 && documents < MaxSitemapDocuments && urlsRead < context.Limits.MaxSitemapUrls)
        {
            var sitemapUrl = queue.Dequeue();
            if (!seen.Add(sitemapUrl.AbsoluteUri) || !ShelfScout.Domain.Sites.SiteIdentity.IsSameSite(sitemapUrl, root))
            {
                continue;
            }

            documents++;
            var result = await context.Fetcher.FetchAsync(sitemapUrl, cancellationToken).ConfigureAwait(false);
            if (!result.IsSuccess)
            {
                continue; // a missing sitemap is normal; the navigation is the main source
            }

            var document = SitemapReader.Parse(SitemapText.Decode(result.Body), sitemapUrl);
            foreach (var child in document.Sitemaps)
            {
                queue.Enqueue(child);
            }

            var wholeFileIsCategories = SitemapFileNames.NamesCategories(sitemapUrl);
            var wholeFileIsOther = SitemapFileNames.NamesProducts(sitemapUrl) || SitemapFileNames.NamesOtherPages(sitemapUrl);
            foreach (var url in document.Urls)
            {
                urlsRead++;
                if (ShelfScout.Domain.Sites.SiteIdentity.IsSameSite(url, root) && !wholeFileIsOther && (wholeFileIsCategories || SitemapUrlClassifier.Classify(url) == SitemapUrlKind.Category))
                {
                    categories.Add(url);
                }
            }
        }

        return categories;
    }
}
