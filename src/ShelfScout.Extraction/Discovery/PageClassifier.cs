using AngleSharp.Dom;
using ShelfScout.Domain.Catalog;
using ShelfScout.Extraction.Products;

namespace ShelfScout.Extraction.Discovery;

/// <summary>
/// Says what a fetched page is from generic evidence: the product engine's verdict (structured product data, a named
/// and priced main product), the listing analyser's product grid, buy controls outside that grid, the main heading,
/// and the links of the main content. Never by site: every rule is a shape many stores share.
/// </summary>
public sealed class PageClassifier(PageClassifierOptions? options = null)
{
    /// <summary>A longer <c>&lt;h1&gt;</c> is a block of text marked up as a heading, not a name.</summary>
    private const int MaxHeadingLength = 200;

    private readonly PageClassifierOptions _options = options ?? new PageClassifierOptions();

    /// <param name="document">The parsed page.</param>
    /// <param name="pageUrl">Where it was served from.</param>
    /// <param name="extraction">The product engine's reading of the page.</param>
    /// <param name="listing">The listing analyser's reading of the page.</param>
    /// <param name="expectation">What the link that led to the page suggests it is.</param>
    public PageClassification Classify(IDocument document, Uri pageUrl, ProductExtraction extraction, ListingPage listing, PageExpectation expectation = PageExpectation.None)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(pageUrl);
        ArgumentNullException.ThrowIfNull(extraction);
        ArgumentNullException.ThrowIfNull(listing);

        if (ErrorHeading(document) is { } error)
        {
            return new PageClassification(PageKind.Other, $"error page: \"{error}\"") { Signals = PageSignals.ErrorPage };
        }

        var cards = listing.ProductLinks.Count(u => !SiteUrl.IsSamePage(u, pageUrl));
        var buyControls = CountBuyControls(document, pageUrl, listing);
        var heading = MainHeading(document);
        var described = extraction.IsProductPage ? DescribedProducts(document, pageUrl) : [];
        var fromMarkup = extraction.Sources.TryGetValue("name", out var source) && !string.Equals(source, "dom", StringComparison.Ordinal);
        var named = fromMarkup && heading is not null && extraction.Product?.Name is { } name && SameName(name, heading);
        var signals = new PageSignals(
            cards,
            buyControls,
            heading is not null,
            extraction.IsProductPage,
            named && (described.Count < 2 || described.Any(n => HeadingHolds(heading!, n))),
            described.Count,
            listing.NextPage is not null || listing.PageLinks.Count > 0,
            Error: false);
        return Decide(document, pageUrl, extraction, listing, expectation, cards, buyControls, heading, described, named) with { Signals = signals };
    }

    private PageClassification Decide(IDocument document, Uri pageUrl, ProductExtraction extraction, ListingPage listing, PageExpectation expectation, int cards, int buyControls, string? heading, List<string> described, bool named)
    {
        if (extraction.IsProductPage)
        {
            // Several products described side by side, none of them the page's heading: a listing marking up its cards.
            if (described.Count >= 2 && (heading is null || !described.Any(n => HeadingHolds(heading, n))))
            {
                return new PageClassification(PageKind.Listing, $"{described.Count} products described in its markup, none named by its heading");
            }

            // The main heading names the product on its own page; on a listing it names the category while the product
            // markup describes one of the cards (or the listing's first product).
            // The page's own URL in the family of the grid's links (/product/a among /product/b, /product/c): one of those
            // products, showing related ones. Only for a family below the root, where listings live elsewhere.
            if (SharesFamily(pageUrl, listing))
            {
                return new PageClassification(PageKind.Product, "product markup, and its URL is of the family of the products it shows");
            }

            // A name the engine took from the heading itself proves nothing; one from markup naming the heading does.
            var gridNeeded = expectation == PageExpectation.Category ? 1
                : expectation == PageExpectation.Product || heading is null ? _options.DominantGridCards
                : _options.ListingCards;
            if (!named && buyControls == 0 && cards >= gridNeeded)
            {
                return new PageClassification(PageKind.Listing, $"a grid of {cards} products, a heading that is not the product's and no buy control of its own");
            }

            // A category link to a page whose markup names something other than its heading, with no buy control: the
            // markup is a card's, not the page's (a small category the grid reader did not see); decide below.
            // A page reached neither as a product nor as a category (a content sitemap entry, a plain link) whose only
            // evidence is a heading and prices on the page, with no buy control, is content: a pricing table, a promotion.
            var describedByMarkup = extraction.Sources.Values.Any(s => s is Sources.JsonLd or Sources.Microdata or Sources.Rdfa or Sources.EmbeddedJson);
            if (named || buyControls > 0 || expectation == PageExpectation.Product || (expectation != PageExpectation.Category && describedByMarkup))
            {
                return new PageClassification(PageKind.Product, named ? "product markup naming the main heading" : buyControls > 0 ? "product markup and a buy control" : "product markup");
            }
        }

        // A page linked as a product whose only grid is labelled as related or recommended products, with no pager: an
        // unpriced product (quote-only, price after login, not for sale yet) showing its siblings.
        if (expectation == PageExpectation.Product && heading is not null && listing.GridIsSideBlock && listing.NextPage is null && listing.PageLinks.Count == 0)
        {
            return new PageClassification(PageKind.Product, "linked as a product; a main heading, no price shown, and only related products below it");
        }

        // A page a category link led to is a listing from one card (a category holding a single product).
        if (cards >= (expectation == PageExpectation.Category ? 1 : _options.ListingCards))
        {
            return new PageClassification(PageKind.Listing, $"a grid of {cards} product cards");
        }

        if (buyControls > 0 && heading is not null && cards < _options.ListingCards)
        {
            return new PageClassification(PageKind.Product, "a main heading and a buy control, no price shown");
        }

        var links = CatalogueLinks(document, pageUrl);
        if (links >= _options.HubLinks)
        {
            return new PageClassification(PageKind.CategoryHub, $"{links} catalogue links in its main content and no product grid");
        }

        return new PageClassification(PageKind.Other, "no product markup, product grid or catalogue links");
    }

    /// <summary>
    /// The quick verdict for a page linked as a product: product markup whose name is exactly the main heading. The crawl
    /// then skips the listing analysis (the costliest reading of a page), since no rule would make such a page a listing.
    /// </summary>
    public static PageClassification? ObviousProduct(IDocument document, ProductExtraction extraction)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(extraction);
        if (!extraction.IsProductPage || extraction.Product?.Name is not { } name
            || !extraction.Sources.TryGetValue("name", out var source) || string.Equals(source, "dom", StringComparison.Ordinal))
        {
            return null;
        }

        var heading = MainHeading(document);
        return heading is not null && Letters(heading).Length > 0 && Letters(heading) == Letters(name) && ErrorHeading(document) is null
            ? new PageClassification(PageKind.Product, "product markup naming the main heading") { Signals = PageSignals.NamedProduct }
            : null;
    }

    /// <summary>The page's <c>&lt;h1&gt;</c> texts in page order (empty and overlong ones left out).</summary>
    public static IReadOnlyList<string> Headings(IDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return document.QuerySelectorAll("h1").Select(h => ElementTraits.CleanText(h.TextContent)).Where(t => t.Length is > 0 and <= MaxHeadingLength).ToList();
    }

    /// <summary>The page's main heading: the first h1 outside page chrome, else the first h1 at all (themes that put the title in a header bar).</summary>
    public static string? MainHeading(IDocument document) =>
        MainHeadingElement(document) is { } heading ? ElementTraits.CleanText(heading.TextContent) : null;

    /// <summary>The element of <see cref="MainHeading"/>.</summary>
    public static IElement? MainHeadingElement(IDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        IElement? fallback = null;
        foreach (var h1 in document.QuerySelectorAll("h1"))
        {
            var text = ElementTraits.CleanText(h1.TextContent);
            if (text.Length is 0 or > MaxHeadingLength)
            {
                continue;
            }

            if (ElementTraits.PageChrome(h1) is null)
            {
                return h1;
            }

            fallback ??= h1;
        }

        return fallback;
    }

    private static bool SharesFamily(Uri pageUrl, ListingPage listing)
    {
        var parent = DiscoveryWords.ParentPath(pageUrl.AbsolutePath);
        if (parent == "/" || listing.ProductLinks.Count == 0)
        {
            return false;
        }

        var same = listing.ProductLinks.Count(u => string.Equals(DiscoveryWords.ParentPath(u.AbsolutePath), parent, StringComparison.Ordinal));
        return same * 2 > listing.ProductLinks.Count;
    }

    /// <summary>The distinct names of the top-level products in the page's structured data.</summary>
    private static List<string> DescribedProducts(IDocument document, Uri pageUrl)
    {
        var data = StructuredData.StructuredDataReader.Read(document, pageUrl);
        return data.Items
            .Where(i => StructuredData.StructuredItemExtensions.IsType(i, "Product"))
            .Select(i => StructuredData.StructuredItemExtensions.GetText(i, "name"))
            .OfType<string>()
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
    }

    /// <summary>The heading is the product's name or holds it ("Acme Blondie Hair Mask" holds "Blondie Hair Mask"; a listing's "Hair Mask" does not).</summary>
    private static bool HeadingHolds(string heading, string name)
    {
        var h = Letters(heading);
        var n = Letters(name);
        return n.Length >= 4 && h.Contains(n, StringComparison.Ordinal);
    }

    /// <summary>Two names of one thing: equal, or one containing the other, once case, accents' spacing and punctuation are ignored.</summary>
    private static bool SameName(string a, string b)
    {
        var x = Letters(a);
        var y = Letters(b);
        // Containment counts only when the shorter is at least half the longer: "Deodorant" does not name "Island Pink
        // Roll-On Deodorant", while "Face Scrub" names "Face Scrub | 4oz".
        var shorter = Math.Min(x.Length, y.Length);
        return x.Length > 0 && y.Length > 0
            && (x == y || (shorter >= 4 && shorter * 2 >= Math.Max(x.Length, y.Length) && (x.Contains(y, StringComparison.Ordinal) || y.Contains(x, StringComparison.Ordinal))));
    }

    private static string Letters(string text) =>
        new(text.ToLowerInvariant().Where(char.IsLetterOrDigit).ToArray());

    internal static string? ErrorHeading(IDocument document)
    {
        var heading = MainHeading(document);
        var title = ElementTraits.CleanText(document.Title);
        foreach (var phrase in DiscoveryVocabulary.ErrorHeadings)
        {
            // The heading must be (nearly) the phrase itself: a product called "Not Found Tee" is not an error page.
            if (heading is not null && heading.Length <= phrase.Length + 12 && heading.Contains(phrase, StringComparison.OrdinalIgnoreCase))
            {
                return heading;
            }

            if (heading is null && title.StartsWith(phrase, StringComparison.OrdinalIgnoreCase))
            {
                return title;
            }
        }

        return null;
    }

    /// <summary>Enabled buy controls (buttons, submit inputs) outside the product grid's cards and outside page chrome.</summary>
    private static int CountBuyControls(IDocument document, Uri pageUrl, ListingPage listing)
    {
        var listed = listing.ProductLinks.Select(u => SiteUrl.Key(u).TrimEnd('/')).ToHashSet(StringComparer.Ordinal);
        var count = 0;
        foreach (var control in document.QuerySelectorAll("button, input[type=submit], input[type=button], a[role=button]"))
        {
            if (ElementTraits.PageChrome(control) is not null || IsInCard(control, pageUrl, listed))
            {
                continue;
            }

            var text = ElementTraits.CleanText(control.LocalName == "input" ? control.GetAttribute("value") : control.TextContent);
            var label = control.GetAttribute("aria-label");
            if (text.Length > 60)
            {
                continue;
            }

            if (DiscoveryVocabulary.BuyControls.Any(p => Matches(text, p) || (label is not null && Matches(label, p))))
            {
                count++;
            }
        }

        return count;
    }

    private static bool Matches(string text, string phrase) =>
        text.Length >= phrase.Length && text.Length <= phrase.Length + 20 && text.Contains(phrase, StringComparison.OrdinalIgnoreCase);

    /// <summary>True when the control sits in a card that links to one of the listed products (a listing's own buy buttons).</summary>
    private static bool IsInCard(IElement control, Uri pageUrl, HashSet<string> listed)
    {
        if (listed.Count == 0)
        {
            return false;
        }

        // Walk up a few levels: the card is a near ancestor holding a link to a listed product.
        var current = control.ParentElement;
        for (var level = 0; current is not null && level < 6; level++, current = current.ParentElement)
        {
            foreach (var anchor in current.QuerySelectorAll("a[href]"))
            {
                if (SiteUrl.LinkTarget(anchor, pageUrl) is { } target && listed.Contains(SiteUrl.Key(target).TrimEnd('/')))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Same-site links of the main content that lead deeper into the catalogue (below the page's own path, or from the home page).</summary>
    private static int CatalogueLinks(IDocument document, Uri pageUrl)
    {
        var root = SiteUrl.IsSiteRoot(pageUrl);
        var prefix = pageUrl.AbsolutePath.TrimEnd('/') + "/";
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var anchor in document.QuerySelectorAll("a[href]"))
        {
            if (ElementTraits.PageChrome(anchor) is not null || SiteUrl.LinkTarget(anchor, pageUrl) is not { } target)
            {
                continue;
            }

            if (!SiteUrl.IsSameSite(target, pageUrl) || SiteUrl.IsSamePage(target, pageUrl))
            {
                continue;
            }

            if (root || target.AbsolutePath.StartsWith(prefix, StringComparison.Ordinal))
            {
                seen.Add(SiteUrl.Key(target));
            }
        }

        return seen.Count;
    }
}
