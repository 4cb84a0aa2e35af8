using ShelfScout.Extraction.Discovery;

namespace ShelfScout.Extraction.Tests.Discovery;

public sealed class ListingPageAnalyzerTests
{
    private static ListingPage Analyze(string body, string url, string head = "")
    {
        var pageUrl = new Uri(url);
        return new ListingPageAnalyzer().Analyze(Page.Body(body, pageUrl, head), pageUrl);
    }

    private static string DawnCard(string handle, string name, string price) => $"""
        <li class="grid__item"><div class="card-wrapper product-card-wrapper">
          <div class="card card--standard card--media"><div class="card__inner"><div class="card__media"><div class="media">
            <img src="//cdn.example.com/{handle}.jpg?width=533" alt="{name}" loading="lazy" width="533" height="533"></div></div></div>
          <div class="card__content"><div class="card__information">
            <h3 class="card__heading h5"><a href="/collections/shoes/products/{handle}" class="full-unstyled-link">{name}</a></h3>
            <div class="price"><div class="price__container"><span class="price-item price-item--regular">{price}</span></div></div>
          </div></div></div></div></li>
        """;

    private const string ShopHeader = """
        <header class="header"><nav class="header__inline-menu"><ul class="list-menu">
          <li><a href="/collections/shoes">Shoes</a></li><li><a href="/collections/bags">Bags</a></li><li><a href="/collections/sale">Sale</a></li>
        </ul></nav><a href="/cart">Cart</a></header>
        """;

    private const string ShopFooter = """
        <footer><ul><li><a href="/pages/contact">Contact</a></li><li><a href="/policies/refund-policy">Refunds</a></li></ul></footer>
        """;

    [Fact]
    public void Analyze_ShopifyCollectionWithRecentlyViewed_ReturnsMainGridInOrder()
    {
        var body = ShopHeader + $"""
            <main id="MainContent"><h1>Shoes</h1>
              <div id="ProductGridContainer"><ul id="product-grid" class="grid product-grid grid--2-col-tablet-down grid--4-col-desktop">
                {DawnCard("trail-runner", "Trail Runner", "$120.00")}{DawnCard("city-loafer", "City Loafer", "$95.00")}
                {DawnCard("canvas-low", "Canvas Low", "$60.00")}
              </ul></div>
              <section class="recently-viewed"><h2>Recently viewed</h2><ul class="slider">
                {DawnCard("old-boot", "Old Boot", "$80.00")}{DawnCard("flip-flop", "Flip Flop", "$10.00")}
                {DawnCard("rain-boot", "Rain Boot", "$70.00")}{DawnCard("slipper", "Slipper", "$20.00")}
              </ul></section>
            </main>
            """ + ShopFooter;

        var result = Analyze(body, "https://shop.example.com/collections/shoes");

        Assert.Equal("/collections/shoes/products/trail-runner /collections/shoes/products/city-loafer /collections/shoes/products/canvas-low", Page.Paths(result.ProductLinks));
        Assert.Null(result.NextPage);
        Assert.Empty(result.PageLinks);
    }

    [Fact]
    public void Analyze_WooCommerceLoop_DedupesImageAndTitleLinksAndIgnoresAddToCart()
    {
        var body = """
            <div id="primary" class="content-area"><main id="main" class="site-main" role="main">
            <header class="woocommerce-products-header"><h1 class="woocommerce-products-header__title page-title">Hoodies</h1></header>
            <form class="woocommerce-ordering" method="get"><select name="orderby" class="orderby"><option value="popularity">Sort by popularity</option></select></form>
            <ul class="products columns-4">
              <li class="product type-product"><a href="https://shop.example.com/product/hoodie-with-logo/" class="woocommerce-LoopProduct-link woocommerce-loop-product__link"><img src="/wp-content/uploads/hoodie-with-logo-2-324x324.jpg" alt=""><h2 class="woocommerce-loop-product__title">Hoodie with Logo</h2>
                <span class="price"><span class="woocommerce-Price-amount amount"><bdi><span class="woocommerce-Price-currencySymbol">&pound;</span>45.00</bdi></span></span></a>
                <a href="?add-to-cart=15" data-quantity="1" class="button product_type_simple add_to_cart_button ajax_add_to_cart" rel="nofollow">Add to basket</a></li>
              <li class="product type-product"><a href="https://shop.example.com/product/hoodie-with-zipper/" class="woocommerce-LoopProduct-link"><img src="/wp-content/uploads/hoodie-with-zipper-2-324x324.jpg" alt=""><h2 class="woocommerce-loop-product__title">Hoodie with Zipper</h2>
                <span class="price"><span class="amount">&pound;45.00</span></span></a>
                <a href="?add-to-cart=16" class="button add_to_cart_button" rel="nofollow">Add to basket</a></li>
              <li class="product type-product"><a href="https://shop.example.com/product/hoodie/" class="woocommerce-LoopProduct-link"><img src="/wp-content/uploads/hoodie-2-324x324.jpg" alt=""><h2 class="woocommerce-loop-product__title">Hoodie</h2>
                <span class="price"><del><span class="amount">&pound;45.00</span></del> <ins><span class="amount">&pound;42.00</span></ins></span></a>
                <a href="https://shop.example.com/product/hoodie/" class="button product_type_variable">Select options</a></li>
            </ul>
            <nav class="woocommerce-pagination"><ul class="page-numbers">
              <li><span aria-current="page" class="page-numbers current">1</span></li>
              <li><a class="page-numbers" href="https://shop.example.com/product-category/clothing/hoodies/page/2/">2</a></li>
              <li><a class="next page-numbers" href="https://shop.example.com/product-category/clothing/hoodies/page/2/">&rarr;</a></li>
            </ul></nav>
            </main></div>
            """;

        var result = Analyze(body, "https://shop.example.com/product-category/clothing/hoodies/");

        Assert.Equal("/product/hoodie-with-logo/ /product/hoodie-with-zipper/ /product/hoodie/", Page.Paths(result.ProductLinks));
        Assert.Equal("/product-category/clothing/hoodies/page/2/", result.NextPage?.AbsolutePath);
        Assert.Equal("/product-category/clothing/hoodies/page/2/", Page.Paths(result.PageLinks));
    }

    [Fact]
    public void Analyze_Magento2Toolbar_NextFromTitledLinkAndSortVariantsExcluded()
    {
        string Item(string slug, string name, string price) => $"""
            <li class="item product product-item"><div class="product-item-info" data-container="product-grid">
              <a href="https://shop.example.com/{slug}.html" class="product photo product-item-photo" tabindex="-1"><span class="product-image-container"><span class="product-image-wrapper"><img class="product-image-photo" src="/media/catalog/product/cache/{slug}.jpg" alt="{name}"></span></span></a>
              <div class="product details product-item-details"><strong class="product name product-item-name"><a class="product-item-link" href="https://shop.example.com/{slug}.html">{name}</a></strong>
                <div class="price-box price-final_price" data-role="priceBox"><span class="price-container price-final_price tax weee"><span data-price-amount="45" data-price-type="finalPrice" class="price-wrapper "><span class="price">$45.00</span></span></span></div>
                <div class="product-item-inner"><div class="product actions product-item-actions"><div class="actions-primary"><form data-role="tocart-form" action="https://shop.example.com/checkout/cart/add/product/1/" method="post"><button type="submit" title="Add to Cart" class="action tocart primary"><span>Add to Cart</span></button></form></div>
                  <div data-role="add-to-links" class="actions-secondary"><a href="#" class="action towishlist" data-action="add-to-wishlist"><span>Add to Wish List</span></a><a href="#" class="action tocompare"><span>Add to Compare</span></a></div></div></div>
              </div></div></li>
            """;
        var toolbar = """
            <div class="toolbar toolbar-products"><div class="toolbar-sorter sorter"><label class="sorter-label">Sort By</label>
              <a href="https://shop.example.com/women/tops-women/jackets-women.html?product_list_order=price">Price</a>
              <a href="https://shop.example.com/women/tops-women/jackets-women.html?p=2&amp;product_list_order=name">Name, page 2</a></div>
            <div class="pages"><strong class="label pages-label" id="paging-label">Page</strong><ul class="items pages-items" aria-labelledby="paging-label">
              <li class="item current"><strong class="page"><span class="label">You're currently reading page</span><span>1</span></strong></li>
              <li class="item"><a href="https://shop.example.com/women/tops-women/jackets-women.html?p=2" class="page"><span class="label">Page</span><span>2</span></a></li>
              <li class="item"><a href="https://shop.example.com/women/tops-women/jackets-women.html?p=3" class="page"><span class="label">Page</span><span>3</span></a></li>
              <li class="item pages-item-next"><a class="action  next" href="https://shop.example.com/women/tops-women/jackets-women.html?p=2" title="Next"><span class="label">Page</span><span>Next</span></a></li>
            </ul></div></div>
            """;
        var body = $"""
            <main id="maincontent" class="page-main"><div class="columns"><div class="column main">{toolbar}
            <div class="products wrapper grid products-grid"><ol class="products list items product-items">
              {Item("olivia-1-4-zip-light-jacket", "Olivia 1/4 Zip Light Jacket", "$77.00")}{Item("juno-jacket", "Juno Jacket", "$77.00")}{Item("neve-studio-dance-jacket", "Neve Studio Dance Jacket", "$69.00")}
            </ol></div>{toolbar}</div>
            <div class="sidebar sidebar-main"><div class="block filter"><ol class="items"><li class="item"><a href="https://shop.example.com/women/tops-women/jackets-women.html?size=166">XS</a></li><li class="item"><a href="https://shop.example.com/women/tops-women/jackets-women.html?size=167">S</a></li></ol></div></div>
            </div></main>
            """;

        var result = Analyze(body, "https://shop.example.com/women/tops-women/jackets-women.html");

        Assert.Equal(3, result.ProductLinks.Count);
        Assert.Equal("/juno-jacket.html", result.ProductLinks[1].AbsolutePath);
        Assert.Equal("/women/tops-women/jackets-women.html?p=2", result.NextPage?.PathAndQuery);
        Assert.Equal("/women/tops-women/jackets-women.html?p=2 /women/tops-women/jackets-women.html?p=3", Page.Paths(result.PageLinks));
    }

    [Fact]
    public void Analyze_BigCommerceCurrentPageLinkedInPager_NotInPageLinksAndRelNextUsed()
    {
        string Card(int id, string name) => $"""
            <li class="product"><article class="card" data-product-id="{id}"><figure class="card-figure">
              <a href="https://store.example.com/{name.ToLowerInvariant().Replace(' ', '-')}/" class="card-figure__link" aria-label="{name}"><div class="card-img-container"><img src="https://cdn11.bigcommerce.com/s-abc/images/stencil/500x659/products/{id}/1/x.jpg" alt="{name}" class="card-image lazyload"></div></a>
              <figcaption class="card-figcaption"><div class="card-figcaption-body"><a href="#" class="button button--small card-figcaption-button quickview" data-product-id="{id}">Quick view</a></div></figcaption></figure>
              <div class="card-body"><p class="card-text" data-test-info-type="brandName">OFS</p><h3 class="card-title"><a aria-label="{name}" href="https://store.example.com/{name.ToLowerInvariant().Replace(' ', '-')}/">{name}</a></h3>
              <div class="card-text" data-test-info-type="price"><div class="price-section price-section--withoutTax"><span data-product-price-without-tax class="price price--withoutTax">$49.00</span></div></div></div></article></li>
            """;
        var head = """<link rel="prev" href="https://store.example.com/kitchen/?page=1"><link rel="next" href="https://store.example.com/kitchen/?page=3">""";
        var body = $"""
            <main class="page"><div class="page-content" id="product-listing-container"><form><ul class="productGrid">
              {Card(86, "Able Brewing System")}{Card(88, "Chemex Coffeemaker")}{Card(81, "Orbit Terrarium")}
            </ul></form>
            <nav class="pagination" aria-label="pagination"><ul class="pagination-list">
              <li class="pagination-item pagination-item--previous"><a class="pagination-link" href="https://store.example.com/kitchen/?page=1" data-faceted-search-facet>Previous</a></li>
              <li class="pagination-item"><a class="pagination-link" href="https://store.example.com/kitchen/?page=1">1</a></li>
              <li class="pagination-item pagination-item--current"><a class="pagination-link" href="https://store.example.com/kitchen/?page=2" aria-label="Page 2 of 4">2</a></li>
              <li class="pagination-item"><a class="pagination-link" href="https://store.example.com/kitchen/?page=3">3</a></li>
              <li class="pagination-item"><a class="pagination-link" href="https://store.example.com/kitchen/?page=4">4</a></li>
            </ul></nav></div></main>
            """;

        var result = Analyze(body, "https://store.example.com/kitchen/?page=2", head);

        Assert.Equal("/able-brewing-system/ /chemex-coffeemaker/ /orbit-terrarium/", Page.Paths(result.ProductLinks));
        Assert.Equal("/kitchen/?page=3", result.NextPage?.PathAndQuery);
        Assert.Equal("/kitchen/?page=1 /kitchen/?page=3 /kitchen/?page=4", Page.Paths(result.PageLinks));
    }

    [Fact]
    public void Analyze_NumberedPagesOnly_NextIsCurrentPlusOne()
    {
        var body = """
            <main><div class="g"><div class="c"><a href="/p/a"><img src="/a.jpg"></a><a href="/p/a">Alpha kettle</a><b>€ 19,99</b></div>
            <div class="c"><a href="/p/b"><img src="/b.jpg"></a><a href="/p/b">Beta kettle</a><b>€ 29,99</b></div></div>
            <div class="n"><a href="/c/kettles?page=1">1</a> <a href="/c/kettles?page=2">2</a> <span>3</span> <a href="/c/kettles?page=4">4</a> <a href="/c/kettles?page=5">5</a></div></main>
            """;

        var result = Analyze(body, "https://shop.example.com/c/kettles?page=3");

        Assert.Equal("/c/kettles?page=4", result.NextPage?.PathAndQuery);
        Assert.Equal("/c/kettles?page=1 /c/kettles?page=2 /c/kettles?page=4 /c/kettles?page=5", Page.Paths(result.PageLinks));
    }

    [Fact]
    public void Analyze_FirstPageWithoutPageParameter_NextIsPageTwo()
    {
        var body = """
            <main><ul><li><a href="/p/a"><img src="/a.jpg">Alpha lamp</a> $10</li><li><a href="/p/b"><img src="/b.jpg">Beta lamp</a> $12</li></ul>
            <ul><li><span>1</span></li><li><a href="/lamps?pg=2">2</a></li><li><a href="/lamps?pg=3">3</a></li></ul></main>
            """;

        var result = Analyze(body, "https://shop.example.com/lamps");

        Assert.Equal("/lamps?pg=2", result.NextPage?.PathAndQuery);
        Assert.Equal("/lamps?pg=2 /lamps?pg=3", Page.Paths(result.PageLinks));
    }

    [Fact]
    public void Analyze_OffsetPagination_NextIsFollowingOffset()
    {
        var body = """
            <main><ul><li><a href="/item/1001"><img src="/1.jpg">Desk one</a> 120 kr</li><li><a href="/item/1002"><img src="/2.jpg">Desk two</a> 140 kr</li></ul>
            <p><a href="/desks?start=0">1</a> <strong>2</strong> <a href="/desks?start=48">3</a> <a href="/desks?start=72">4</a></p></main>
            """;

        var result = Analyze(body, "https://shop.example.com/desks?start=24");

        Assert.Equal("/desks?start=48", result.NextPage?.PathAndQuery);
        Assert.Equal("/desks?start=0 /desks?start=48 /desks?start=72", Page.Paths(result.PageLinks));
    }

    [Fact]
    public void Analyze_DashPageSuffixInPath_RecognisedAsPages()
    {
        var body = """
            <main><div><div><a href="/sofa-grey-3-seater-p-881"><img src="/s.jpg"></a><a href="/sofa-grey-3-seater-p-881">Sofa grey</a><span>£499</span></div>
            <div><a href="/sofa-blue-2-seater-p-882"><img src="/b.jpg"></a><a href="/sofa-blue-2-seater-p-882">Sofa blue</a><span>£399</span></div></div>
            <nav aria-label="Pagination"><a href="/sofas-page-2">2</a><a href="/sofas-page-3">3</a><a href="/sofas-page-2" aria-label="Next page"><svg viewBox="0 0 8 8"></svg></a></nav></main>
            """;

        var result = Analyze(body, "https://shop.example.com/sofas");

        Assert.Equal("/sofas-page-2", result.NextPage?.AbsolutePath);
        Assert.Equal("/sofas-page-2 /sofas-page-3", Page.Paths(result.PageLinks));
    }

    [Theory]
    [InlineData("Weiter")]
    [InlineData("Suivant")]
    [InlineData("Siguiente")]
    [InlineData("Volgende")]
    [InlineData("Próximo")]
    [InlineData("Avanti")]
    [InlineData("Nästa")]
    [InlineData("Next ›")]
    [InlineData("›")]
    public void Analyze_NextWordInLanguage_FindsNextPage(string word)
    {
        var body = $"""
            <main><ul><li><a href="/x/a"><img src="/a.jpg">A thing</a></li><li><a href="/x/b"><img src="/b.jpg">B thing</a></li></ul>
            <div><a href="/things?seite=4">4</a> <a href="/things?seite=9">{word}</a></div></main>
            """;

        var result = Analyze(body, "https://shop.example.com/things?seite=8");

        Assert.Equal("/things?seite=9", result.NextPage?.PathAndQuery);
    }

    [Fact]
    public void Analyze_WeakArrowMeaningLast_LosesToNumberedNext()
    {
        var body = """
            <main><ul><li><a href="/x/a"><img src="/a.jpg">A</a></li><li><a href="/x/b"><img src="/b.jpg">B</a></li></ul>
            <ul class="q"><li><span>1</span></li><li><a href="/things?page=2">2</a></li><li><a href="/things?page=3">3</a></li><li><a href="/things?page=12">»</a></li></ul></main>
            """;

        var result = Analyze(body, "https://shop.example.com/things");

        Assert.Equal("/things?page=2", result.NextPage?.PathAndQuery);
        Assert.Contains(result.PageLinks, u => u.PathAndQuery == "/things?page=12");
    }

    [Fact]
    public void Analyze_RelNextLinkInHead_UsedWithoutVisiblePager()
    {
        var head = """<link rel="next" href="/collections/all?page=2">""";
        var body = """<main><ul><li><a href="/products/a"><img src="/a.jpg">A</a></li><li><a href="/products/b"><img src="/b.jpg">B</a></li></ul></main>""";

        var result = Analyze(body, "https://shop.example.com/collections/all", head);

        Assert.Equal("/collections/all?page=2", result.NextPage?.PathAndQuery);
    }

    [Fact]
    public void Analyze_PageLinksOfOtherListingsAndFilters_AreExcluded()
    {
        var body = """
            <main><ul><li><a href="/products/a"><img src="/a.jpg">A</a></li><li><a href="/products/b"><img src="/b.jpg">B</a></li></ul>
            <aside><a href="/collections/hats?page=2">Hats page 2</a><a href="/collections/caps?page=2&amp;sort_by=price-ascending">Cheapest first, page 2</a>
              <a href="/collections/caps?filter.v.price.gte=10&amp;page=2">Over 10, page 2</a></aside>
            <nav class="pagination"><span>1</span><a href="/collections/caps?page=2">2</a></nav></main>
            """;

        var result = Analyze(body, "https://shop.example.com/collections/caps");

        Assert.Equal("/collections/caps?page=2", Page.Paths(result.PageLinks));
    }

    [Fact]
    public void Analyze_UnknownUrlSchemeInPager_UsesNumberedLinkText()
    {
        var body = """
            <main><ul><li><a href="/x/a"><img src="/a.jpg">A</a> $1</li><li><a href="/x/b"><img src="/b.jpg">B</a> $2</li></ul>
            <div class="zz"><a href="/lights/s1">1</a><span>2</span><a href="/lights/s3">3</a><a href="/lights/s4">4</a></div></main>
            """;

        var result = Analyze(body, "https://shop.example.com/lights/s2");

        Assert.Equal("/lights/s3", result.NextPage?.AbsolutePath);
        Assert.Equal("/lights/s1 /lights/s3 /lights/s4", Page.Paths(result.PageLinks));
    }

    [Fact]
    public void Analyze_ScrambledRowsGridWithLargerRelatedCarousel_PicksMainGrid()
    {
        static string Card(string slug) => $"""<div class="k{slug.Length}"><a href="/item/{slug}"><img src="/{slug}.jpg" alt=""></a><div class="t9"><a href="/item/{slug}">{slug} chair</a></div><div class="pp">USD 120.00</div></div>""";
        var body = $"""
            <div class="h1x"><div class="m0"><ul><li><a href="/seating">Seating</a></li><li><a href="/tables">Tables</a></li></ul></div></div>
            <div class="w3"><h1>Chairs</h1><div class="gq">
              <div class="r2">{Card("oak")}{Card("ash")}{Card("elm")}</div>
              <div class="r2">{Card("pine")}{Card("teak")}</div>
            </div>
            <div class="zq"><h2>You may also like</h2><div class="xs">{Card("sofa-a")}{Card("sofa-b")}{Card("sofa-c")}{Card("sofa-d")}{Card("sofa-e")}{Card("sofa-f")}{Card("sofa-g")}</div></div></div>
            """;

        var result = Analyze(body, "https://shop.example.com/chairs");

        Assert.Equal("/item/oak /item/ash /item/elm /item/pine /item/teak", Page.Paths(result.ProductLinks));
    }

    [Fact]
    public void Analyze_SubcategoryTilesAboveGrid_PicksPricedProductGrid()
    {
        static string Tile(string slug) => $"""<li><a href="/garden/{slug}"><img src="/{slug}.jpg"><span>{slug}</span></a></li>""";
        static string Product(string slug) => $"""<li><a href="/garden/tools/{slug}-12345"><img src="/{slug}.jpg"><span>{slug}</span></a><span>$15.99</span></li>""";
        var body = $"""
            <main><h1>Garden</h1><ul>{Tile("tools")}{Tile("seeds")}{Tile("pots")}{Tile("hoses")}{Tile("lighting")}{Tile("furniture")}{Tile("bbq")}{Tile("sheds")}</ul>
            <ul>{Product("trowel")}{Product("rake")}{Product("spade")}{Product("hoe")}</ul></main>
            """;

        var result = Analyze(body, "https://shop.example.com/garden");

        Assert.Equal(4, result.ProductLinks.Count);
        Assert.All(result.ProductLinks, u => Assert.EndsWith("-12345", u.AbsolutePath, StringComparison.Ordinal));
    }

    [Fact]
    public void Analyze_CardWithSwatchAndBrandLinks_CountsOneProductPerCard()
    {
        static string Card(string slug) => $"""
            <div class="card"><a href="/products/{slug}"><img src="/{slug}.jpg"></a><a href="/brands/acme">Acme</a>
              <a href="/products/{slug}">{slug} tee</a><span>$20</span>
              <ul class="swatches"><li><a href="/products/{slug}?variant=1">Red</a></li><li><a href="/products/{slug}?variant=2">Blue</a></li></ul></div>
            """;
        var body = $"""<main><section>{Card("alpha")}{Card("beta")}{Card("gamma")}</section></main>""";

        var result = Analyze(body, "https://shop.example.com/collections/tees");

        Assert.Equal("/products/alpha /products/beta /products/gamma", Page.Paths(result.ProductLinks));
    }

    [Fact]
    public void Analyze_ContentPageWithoutGrid_ReturnsNoProducts()
    {
        var body = ShopHeader + """
            <main><h1>About our shoes</h1><p>Made in <a href="/pages/portugal">Portugal</a> since 1950.</p>
            <ul><li><a href="/pages/care">Care guide</a></li><li><a href="/pages/sizing">Sizing</a></li><li><a href="/pages/history">History</a></li></ul></main>
            """ + ShopFooter;

        var result = Analyze(body, "https://shop.example.com/pages/shoes");

        Assert.Empty(result.ProductLinks);
        Assert.Null(result.NextPage);
    }

    [Fact]
    public void Analyze_TwoServiceTeasersWithoutPrices_AreNotAProductGrid()
    {
        var body = """
            <main><h1>Kettles</h1><div class="usp">
              <div><a href="/delivery-information"><img src="/van.svg">Free delivery</a></div>
              <div><a href="/price-promise"><img src="/tag.svg">Price promise</a></div></div></main>
            """;

        var result = Analyze(body, "https://shop.example.com/kettles");

        Assert.Empty(result.ProductLinks);
    }

    [Fact]
    public void Analyze_PrestaShopMiniatures_CurrentPageOneLinkExcludedAndRelNextAnchorUsed()
    {
        static string Miniature(int id, string slug, string name) => $"""
            <div class="js-product product col-xs-6 col-xl-4"><article class="product-miniature js-product-miniature" data-id-product="{id}" itemprop="item" itemscope itemtype="http://schema.org/Product">
              <div class="thumbnail-container"><div class="thumbnail-top"><a href="https://shop.example.com/men/{id}-{slug}.html" class="thumbnail product-thumbnail"><img src="https://shop.example.com/{id}-home_default/{slug}.jpg" alt="{name}" loading="lazy"></a>
                <div class="highlighted-informations no-variants"><a class="quick-view js-quick-view" href="#" data-link-action="quickview"><i class="material-icons search">&#xE8B6;</i> Quick view</a></div></div>
              <div class="product-description"><h2 class="h3 product-title" itemprop="name"><a href="https://shop.example.com/men/{id}-{slug}.html" itemprop="url" content="https://shop.example.com/men/{id}-{slug}.html">{name}</a></h2>
                <div class="product-price-and-shipping"><span class="price" aria-label="Price">€28.68</span></div></div></div></article></div>
            """;
        var body = $"""
            <section id="main"><div id="js-product-list-top" class="row products-selection"><div class="col-md-6 hidden-sm-down total-products"><p>There are 3 products.</p></div></div>
            <div id="js-product-list"><div class="products row">
              {Miniature(1, "hummingbird-printed-t-shirt", "Hummingbird printed t-shirt")}{Miniature(2, "brown-bear-printed-sweater", "Brown bear printed sweater")}{Miniature(5, "today-is-a-good-day-framed-poster", "Today is a good day Framed poster")}
            </div>
            <nav class="pagination"><div class="col-md-4">Showing 1-3 of 7 item(s)</div><div class="col-md-6 offset-md-2 pr-0"><ul class="page-list clearfix text-sm-center">
              <li class="current"><a rel="nofollow" href="https://shop.example.com/3-clothes?page=1" class="disabled js-search-link">1</a></li>
              <li><a rel="nofollow" href="https://shop.example.com/3-clothes?page=2" class="js-search-link">2</a></li>
              <li><a rel="next" href="https://shop.example.com/3-clothes?page=2" class="next js-search-link">Next<i class="material-icons">&#xE315;</i></a></li>
            </ul></div></nav></div></section>
            """;

        var result = Analyze(body, "https://shop.example.com/3-clothes");

        Assert.Equal("/men/1-hummingbird-printed-t-shirt.html /men/2-brown-bear-printed-sweater.html /men/5-today-is-a-good-day-framed-poster.html", Page.Paths(result.ProductLinks));
        Assert.Equal("/3-clothes?page=2", result.NextPage?.PathAndQuery);
        Assert.Equal("/3-clothes?page=2", Page.Paths(result.PageLinks));
    }

    [Fact]
    public void Analyze_CategoryWithASingleProduct_FindsIt()
    {
        var listing = Analyze(
            """
            <main><h1>Conditioner</h1><p>Showing 1 of 1 results</p>
            <ul class="x1"><li class="x2"><a class="x3" href="/products/acorn-conditioner"><img src="/img/acorn.png" alt="Acorn Conditioner"></a>
            <h3 class="x4"><a href="/products/acorn-conditioner">Acorn Conditioner 400ml</a></h3><div class="x5"><span class="x6">R 1 689,99</span></div></li></ul></main>
            <footer><ul><li><a href="/pages/contact">Contact us</a></li><li><a href="/pages/shipping">Shipping</a></li></ul></footer>
            """,
            "https://shop.example/product-category/beauty/conditioner/");

        Assert.Equal([new Uri("https://shop.example/products/acorn-conditioner")], listing.ProductLinks);
    }

    [Fact]
    public void Analyze_SingleRecentlyViewedCardBesideARealGrid_TakesTheGrid()
    {
        var listing = Analyze(
            """
            <main><ul><li><a href="/p/a"><img src="/a.png"></a><a href="/p/a">Alpha</a><span>$10.00</span></li>
            <li><a href="/p/b"><img src="/b.png"></a><a href="/p/b">Beta</a><span>$12.00</span></li>
            <li><a href="/p/c"><img src="/c.png"></a><a href="/p/c">Gamma</a><span>$14.00</span></li></ul></main>
            <aside><h2>Recently viewed</h2><ul><li><a href="/p/z"><img src="/z.png"></a><a href="/p/z">Zeta</a><span>$9.00</span></li></ul></aside>
            """,
            "https://shop.example/c/things");

        Assert.Equal(3, listing.ProductLinks.Count);
        Assert.DoesNotContain(new Uri("https://shop.example/p/z"), listing.ProductLinks);
    }
}
