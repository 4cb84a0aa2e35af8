using AngleSharp.Dom;
using ShelfScout.Agents.Products;
using ShelfScout.Domain.Catalog;
using ShelfScout.Domain.Runs;
using ShelfScout.Extraction.Discovery;
using ShelfScout.Extraction.Products;
using ShelfScout.Storage.Frontier;
using ShelfScout.Storage.Pages;
using ShelfScout.Storage.Records;

namespace ShelfScout.Agents.Crawling.Kinds;

/// <summary>
/// A product's own page: the product stored (merged with the same product under another URL), its offer recorded, news
/// of it alerted on a recheck, and the links it leads to: its categories (breadcrumbs, category labels) and the
/// products beside it (related items, siblings).
/// </summary>
internal sealed class ProductPageHandler(AgentContext context, CrawlSession session, PageLinks links, Stage stage) : IPageKindHandler
{
    public PageKind Kind => PageKind.Product;

    public async Task<FrontierCompletion> HandleAsync(PageVisit visit, CancellationToken cancellationToken)
    {
        var (entry, page, classification) = (visit.Entry, visit.Page, visit.Classification);
        var product = visit.Reading.Extraction.Product ?? UnpricedProduct(page.Document);
        var declared = ProductUrls.Choose(page.Url, DeclaredIdentities(page.Document, product));

        // A page reached only by exploring that shows a product already stored is another view of it (its reviews, a
        // print or variant view): the product's own page, reached through a card or a sitemap, is what it is stored from.
        // A page of the template the site's product pages have is a product of its own (products may share a name:
        // "Replacement Stones" in three sizes); a second URL of the same product is merged by SameProductAsync.
        if (entry.Reason == FrontierReason.Explore && !string.IsNullOrWhiteSpace(product.Name) && !session.Roles.IsProductTemplate(page.Url)
            && (await context.Store.FindProductsByNameAsync(context.Retailer.Id, product.Name, cancellationToken).ConfigureAwait(false)).Count > 0)
        {
            return FrontierCompletion.Done(PageKind.Other, "another view of a stored product: " + classification.Reason);
        }

        session.Products.Start();
        var now = context.TimeProvider.GetUtcNow();
        var stamp = SitemapStamp.From(entry.Label);
        var freshness = visit.Validators is not null || stamp is not null ? new OfferFreshness(visit.Validators?.ETag, visit.Validators?.LastModified, stamp) : null;
        // Its reviews are read from the page in hand and stored with it; a further page of them is queued as the reviews stage's work.
        var reviewReading = session.Reviews;
        var reviews = reviewReading?.Read(page, 1);
        StoredProductPage stored;
        var identity = session.Identity(product.Name);
        await identity.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            // The same product under another path (no canonical link to say so): same name and same SKU, or same slug.
            var productUrl = await SameProductAsync(declared, product, cancellationToken).ConfigureAwait(false) ?? declared;
            // The product, its offer, its reviews and (on a recheck) the news that the catalogue did not list it (new, or
            // back after being delisted): one write.
            var write = new ProductPageWrite(context.Retailer.Id, productUrl, product, now, OfferRecorder.Price(context, product, page.Url, now), OfferRecorder.Stock(context, product, page.Url, now), freshness)
            {
                Reviews = reviews?.Reviews,
                NewProduct = session.Recheck ? new NewProductNotice(session.Crawl.Id, declared) : null,
            };
            stored = await context.Store.StoreProductPageAsync(write, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            identity.Release();
        }

        var id = stored.ProductId;
        if (stored.NewProductAlert is not null)
        {
            session.CountNew();
        }

        session.Products.Succeed();
        var (seeds, listed) = LinksOf(visit);
        if (reviews is not null && reviewReading!.Stored(id, reviews, stored.ReviewsAdded) is { } nextReviews)
        {
            seeds.Add(nextReviews);
        }

        context.Recorder.Report(stage, product.Name ?? declared, session.Products.Succeeded, null);
        return FrontierCompletion.Done(PageKind.Product, classification.Reason, id) with { Seeds = seeds, Links = listed };
    }

    /// <summary>The pages a product page leads to, and the categories (by page key) the product is listed in.</summary>
    private (List<FrontierSeed> Seeds, List<(string, string)> Listed) LinksOf(PageVisit visit)
    {
        var (entry, page) = (visit.Entry, visit.Page);
        // Placed by its breadcrumbs too: the listing that shows it may be one the crawl never reaches.
        var seeds = new List<FrontierSeed>();
        var listed = new List<(string, string)>();
        if (entry.ContextKey is { } listedIn)
        {
            listed.Add((entry.UrlKey, listedIn));
        }

        if (links.ParentCrumb(page) is { } crumb)
        {
            seeds.Add(CrawlSeeds.Seed(crumb.Url!, FrontierReason.Breadcrumb, null, crumb.Name, visit.Next));
            listed.Add((entry.UrlKey, CrawlSeeds.Key(crumb.Url!)));

            // The product's other categories ("Categories: Tea, Gifts"): links of its main content in the family of
            // its breadcrumb category's URL (/product-category/tea/ beside /product-category/gifts/).
            seeds.AddRange(links.CategoryFamilyLinks(page, crumb.Url!).Select(u => CrawlSeeds.Seed(u, FrontierReason.Breadcrumb, null, null, visit.Next)));
        }

        // The categories the page names under a category label ("Categories: Featured, Shirts"): categories by what led
        // to them, like breadcrumbs, and the product is in each (one no menu links is reached this way).
        foreach (var (url, name) in ProductCategoryLinks.Read(page.Document, page.Url))
        {
            // A search or filter link (a query string) under the label is not a category page.
            if (url.Query.Length <= 1 && !PageLinks.SamePage(url, page.Url) && !links.IsHome(url) && links.Follows(url))
            {
                seeds.Add(CrawlSeeds.Seed(url, FrontierReason.Breadcrumb, null, name, visit.Next));
                listed.Add((entry.UrlKey, CrawlSeeds.Key(url)));
            }
        }

        // Related, grouped and bundled products: a product no listing shows may still be linked from its siblings, whose
        // URLs share its own path's parent (/shop/a and /shop/b; /products/a and /products/b).
        var siblings = visit.Reading.Listing.ProductLinks.Concat(links.SiblingLinks(page)).Where(u => !PageLinks.SamePage(u, page.Url)).DistinctBy(CrawlSeeds.Key);
        seeds.AddRange(siblings.Select(u => CrawlSeeds.Seed(u, FrontierReason.ProductCard, null, null, visit.Next, deferred: session.Limits.Any)));
        return (seeds, listed);
    }

    private async Task<string?> SameProductAsync(string url, ProductData product, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(product.Name))
        {
            return null;
        }

        var slug = Slug(url);
        foreach (var (_, otherUrl, otherSku) in await context.Store.FindProductsByNameAsync(context.Retailer.Id, product.Name, cancellationToken).ConfigureAwait(false))
        {
            if (string.Equals(otherUrl, url, StringComparison.Ordinal))
            {
                return null;
            }

            var sameSku = product.Sku is { Length: >= 3 } sku && string.Equals(sku, otherSku, StringComparison.Ordinal);
            if (sameSku || (slug.Length >= 3 && string.Equals(slug, Slug(otherUrl), StringComparison.Ordinal)))
            {
                return otherUrl;
            }
        }

        return null;
    }

    /// <summary>The last path segment without its file extension: <c>/c/x/products/tea.html</c> gives <c>tea</c>.</summary>
    private static string Slug(string url)
    {
        var path = new Uri(url).AbsolutePath.TrimEnd('/');
        var last = path[(path.LastIndexOf('/') + 1)..];
        var dot = last.LastIndexOf('.');
        return dot > 0 ? last[..dot] : last;
    }

    private static IEnumerable<string?> DeclaredIdentities(IDocument document, ProductData product)
    {
        yield return document.QuerySelector("link[rel=canonical]")?.GetAttribute("href");
        yield return document.QuerySelector("meta[property='og:url']")?.GetAttribute("content");
        yield return document.QuerySelector("[itemtype*='schema.org/Product'] [itemprop=url]")?.GetAttribute("content");
        yield return product.CanonicalUrl;
    }

    private static ProductData UnpricedProduct(IDocument document) => new()
    {
        Name = PageClassifier.MainHeading(document),
        CanonicalUrl = document.QuerySelector("link[rel=canonical]")?.GetAttribute("href"),
        Availability = Availability.Unknown,
    };
}
