using ShelfScout.Extraction.Discovery;

namespace ShelfScout.Extraction.Tests.Discovery;

public sealed class BreadcrumbExtractorTests
{
    private static readonly Uri ProductUrl = new("https://shop.example.com/products/trail-runner-2");
    private readonly BreadcrumbExtractor _extractor = new();

    private static string Names(IEnumerable<BreadcrumbItem> items) => string.Join(" > ", items.Select(i => i.Name));

    [Fact]
    public void Extract_JsonLdBreadcrumbListInGraph_OrdersByPositionAndDropsHome()
    {
        var head = """
            <script type="application/ld+json">
            {"@context":"https://schema.org","@graph":[
              {"@type":"WebSite","url":"https://shop.example.com/"},
              {"@type":"BreadcrumbList","itemListElement":[
                {"@type":"ListItem","position":3,"name":"Trail Runner 2"},
                {"@type":"ListItem","position":1,"name":"Inicio","item":"https://shop.example.com/"},
                {"@type":"ListItem","position":2,"name":"Running &amp; Trail","item":{"@id":"https://shop.example.com/collections/running","name":"Running"}}
              ]}]}
            </script>
            """;
        var document = Page.Body("<main><h1>Trail Runner 2</h1></main>", ProductUrl, head);

        var trail = _extractor.Extract(document, ProductUrl);

        Assert.Equal("Running & Trail > Trail Runner 2", Names(trail));
        Assert.Equal(new Uri("https://shop.example.com/collections/running"), trail[0].Url);
        Assert.Null(trail[1].Url);
    }

    [Fact]
    public void Extract_BrokenJsonLd_FallsBackToMicrodata()
    {
        var head = """<script type="application/ld+json">{"@type":"BreadcrumbList", "itemListElement": [ </script>""";
        var document = Page.Body("""
            <ol itemscope itemtype="https://schema.org/BreadcrumbList" class="x1">
              <li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem">
                <a itemprop="item" href="/"><span itemprop="name">Startseite</span></a><meta itemprop="position" content="1"></li>
              <li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem">
                <a itemprop="item" href="/damen/"><span itemprop="name">Damen</span></a><meta itemprop="position" content="2"></li>
              <li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem">
                <a itemprop="item" href="/damen/schuhe/"><span itemprop="name">Schuhe</span></a><meta itemprop="position" content="3"></li>
            </ol>
            """, ProductUrl, head);

        var trail = _extractor.Extract(document, ProductUrl);

        Assert.Equal("Damen > Schuhe", Names(trail));
        Assert.Equal("/damen/schuhe/", trail[1].Url!.AbsolutePath);
    }

    [Fact]
    public void Extract_RdfaBreadcrumb_ReadsPropertyAttributes()
    {
        var document = Page.Body("""
            <ol vocab="https://schema.org/" typeof="BreadcrumbList">
              <li property="itemListElement" typeof="ListItem"><a property="item" typeof="WebPage" href="/"><span property="name">Accueil</span></a><meta property="position" content="1"></li>
              <li property="itemListElement" typeof="ListItem"><a property="item" typeof="WebPage" href="/vins-rouges"><span property="name">Vins rouges</span></a><meta property="position" content="2"></li>
              <li property="itemListElement" typeof="ListItem"><span property="name">Bordeaux 2019</span><meta property="position" content="3"></li>
            </ol>
            """, ProductUrl);

        var trail = _extractor.Extract(document, ProductUrl);

        Assert.Equal("Vins rouges > Bordeaux 2019", Names(trail));
        Assert.Null(trail[1].Url);
    }

    [Fact]
    public void Extract_AriaLabelledNavWithSeparators_ReadsLinksAndCurrentPage()
    {
        var document = Page.Body("""
            <nav class="q7" aria-label="Breadcrumb">
              <a href="/" title="Back to the frontpage">Home</a> <span aria-hidden="true">›</span>
              <a href="/collections/shoes">Shoes</a> <span aria-hidden="true">›</span>
              <span>Trail Runner 2</span>
            </nav>
            """, ProductUrl);

        var trail = _extractor.Extract(document, ProductUrl);

        Assert.Equal("Shoes > Trail Runner 2", Names(trail));
        Assert.Null(trail[1].Url);
    }

    [Fact]
    public void Extract_WooCommerceBreadcrumbClass_ParsesInlineTrailWithSlashSeparators()
    {
        var document = Page.Body("""
            <div class="storefront-breadcrumb"><div class="col-full">
              <nav class="woocommerce-breadcrumb"><a href="https://shop.example.com">Home</a>&nbsp;/&nbsp;<a href="https://shop.example.com/product-category/clothing/">Clothing</a>&nbsp;/&nbsp;<a href="https://shop.example.com/product-category/clothing/hoodies/">Hoodies</a>&nbsp;/&nbsp;Hoodie with Logo</nav>
            </div></div>
            """, ProductUrl);

        var trail = _extractor.Extract(document, ProductUrl);

        Assert.Equal("Clothing > Hoodies > Hoodie with Logo", Names(trail));
    }

    [Fact]
    public void Extract_UnlabelledListStartingAtHome_UsedAsLastResort()
    {
        // Scrambled classes: only structure (a short list above the h1 whose first link is the site root) identifies it.
        var document = Page.Body("""
            <div class="a1"><ul class="z3"><li><a href="/tea">Tea</a></li><li><a href="/coffee">Coffee</a></li><li><a href="/cups">Cups</a></li><li><a href="/pots">Pots</a></li></ul></div>
            <div class="k2"><ol class="p9"><li><a href="/">Hjem</a></li><li><a href="/tea">Tea</a></li><li><a href="/tea/green">Green tea</a></li><li>Sencha</li></ol>
            <h1>Sencha</h1></div>
            """, ProductUrl);

        var trail = _extractor.Extract(document, ProductUrl);

        Assert.Equal("Tea > Green tea > Sencha", Names(trail));
        Assert.Equal("/tea/green", trail[1].Url!.AbsolutePath);
    }

    [Fact]
    public void Extract_ListNotStartingAtHome_IsNotTakenForBreadcrumb()
    {
        var document = Page.Body("""
            <ol><li><a href="/tea">Tea</a></li><li><a href="/coffee">Coffee</a></li></ol><h1>Sencha</h1>
            """, ProductUrl);

        Assert.Empty(_extractor.Extract(document, ProductUrl));
    }

    [Fact]
    public void Extract_MagentoBreadcrumbsWithLocaleHome_DropsHomeByUrl()
    {
        var url = new Uri("https://shop.example.com/de/damen/oberteile.html");
        var document = Page.Body("""
            <div class="breadcrumbs"><ul class="items">
              <li class="item home"><a href="https://shop.example.com/de/" title="Zur Startseite">Startseite</a></li>
              <li class="item category3"><a href="https://shop.example.com/de/damen.html" title="">Damen</a></li>
              <li class="item category4"><strong>Oberteile</strong></li>
            </ul></div>
            """, url);

        var trail = _extractor.Extract(document, url);

        Assert.Equal("Damen > Oberteile", Names(trail));
    }

    [Fact]
    public void Extract_NoBreadcrumb_ReturnsEmpty()
    {
        var document = Page.Body("<header><nav><ul><li><a href=\"/\">Home</a></li><li><a href=\"/a\">A</a></li></ul></nav></header><h1>X</h1>", ProductUrl);

        Assert.Empty(_extractor.Extract(document, ProductUrl));
    }

    [Fact]
    public void Extract_LabelledModalTitleBeforeRealTrail_PrefersTrailWithLinks()
    {
        var document = Page.Body("""
            <div class="modal"><div class="modal-header text-centerBreadcrumb"><button>×</button> Search by image</div></div>
            <ul class="breadcrumb clearfix"><li><a href="/">Início</a></li><li><a href="/moveis/">Móveis</a></li><li><a href="/moveis/quarto/">Quarto</a></li></ul>
            """, ProductUrl);

        var trail = _extractor.Extract(document, ProductUrl);

        Assert.Equal("Móveis > Quarto", Names(trail));
    }

    [Fact]
    public void Extract_UnlabelledInlineTrailWithSeparators_UsedAsLastResort()
    {
        var document = Page.Body("""
            <div class="r1"><a href="/">Etusivu</a> / <a href="/kahvi">Kahvi</a> / <span>Tumma paahto</span></div>
            <div class="r2"><h1>Tumma paahto</h1><p>Lorem <a href="/">ipsum</a> dolor.</p></div>
            """, ProductUrl);

        var trail = _extractor.Extract(document, ProductUrl);

        Assert.Equal("Kahvi > Tumma paahto", Names(trail));
    }
}
