using ShelfScout.Domain.Catalog;
using ShelfScout.Extraction.Discovery;
using ShelfScout.Extraction.Products;

namespace ShelfScout.Extraction.Tests.Discovery;

/// <summary>Pages the crawl must not take for products, and products it must not take for listings.</summary>
public sealed class PageClassifierTests
{
    private const string PricingTable = """
        <main><h1>The value of what we make</h1>
          <div class="plans">
            <div class="plan"><h3>Small</h3><p><span>$</span>8 per bottle</p></div>
            <div class="plan"><h3>Medium</h3><p><span>$</span>20 per bottle</p></div>
            <div class="plan"><h3>Large</h3><p><span>$</span>32 per bottle</p></div>
          </div>
          <p>Every bottle is made by hand to your order.</p></main>
        """;

    private static readonly Uri ContentUrl = new("https://shop.example.com/pricing/");

    [Fact]
    public void Classify_ContentPageOfPricesWithoutMarkupOrBuyControl_ReachedByAPlainLink_IsNotAProduct()
    {
        var kind = Classify(Page.Body(PricingTable, ContentUrl), ContentUrl, PageExpectation.None);

        Assert.NotEqual(PageKind.Product, kind);
    }

    [Fact]
    public void Classify_SamePageWithProductMarkup_IsAProduct()
    {
        var document = Page.Body(
            PricingTable,
            ContentUrl,
            head: """<script type="application/ld+json">{"@context":"https://schema.org","@type":"Product","name":"Small bottle","offers":{"@type":"Offer","price":"8","priceCurrency":"USD"}}</script>""");

        Assert.Equal(PageKind.Product, Classify(document, ContentUrl, PageExpectation.None));
    }

    [Fact]
    public void Classify_UnpricedProductLinkedAsAProduct_WithRelatedProductsBelow_IsAProduct()
    {
        var url = new Uri("https://shop.example.com/product/little-black-shirt/");
        var related = string.Concat(new[] { "black-top", "alani-t-shirt", "galla-dress", "red-scarf" }.Select((slug, i) =>
            $"<li class=\"product\"><a href=\"/product/{slug}/\"><img src=\"/{slug}.jpg\" alt=\"\"><h2>{slug.Replace('-', ' ')}</h2><span class=\"price\">${10 + i}.00</span></a></li>"));
        var document = Page.Body(
            $"""
            <main><nav class="woocommerce-breadcrumb"><a href="/">Home</a> / <a href="/product-category/shirts/">Shirts</a> / Little Black Shirt</nav>
              <div class="product"><div class="gallery"><img src="/06.jpg" alt=""></div>
                <div class="summary"><h1>Little Black Shirt</h1><p>A plain black shirt.</p><p class="price"></p></div></div>
              <section class="related products"><h2>Related products</h2><ul class="products">{related}</ul></section></main>
            """,
            url);

        Assert.Equal(PageKind.Product, Classify(document, url, PageExpectation.Product));
    }

    [Fact]
    public void Classify_CollectionNamedLikeASideBlock_LinkedFromAHomeTile_IsAListing()
    {
        // A home page's collection tiles are read as product cards; the collection's own heading says "Best sellers".
        var url = new Uri("https://shop.example.com/collections/best-sellers");
        var cards = string.Concat(new[] { "soap", "scrub", "balm", "salt" }.Select((slug, i) =>
            $"<li><a href=\"/products/{slug}\"><img src=\"/{slug}.jpg\" alt=\"\"></a><h3><a href=\"/products/{slug}\">{slug}</a></h3><span>${10 + i}.00</span></li>"));
        var document = Page.Body($"<main><h1>Best sellers</h1><ul class=\"grid\">{cards}</ul></main>", url);

        Assert.Equal(PageKind.Listing, Classify(document, url, PageExpectation.Product));
    }

    private static PageKind Classify(AngleSharp.Dom.IDocument document, Uri url, PageExpectation expectation)
    {
        var listing = new ListingPageAnalyzer().Analyze(document, url, knownCategory: expectation == PageExpectation.Category);
        var extraction = new ProductExtractor().Extract(document, url);
        return new PageClassifier().Classify(document, url, extraction, listing, expectation).Kind;
    }
}
