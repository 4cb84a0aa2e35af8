using ShelfScout.Extraction.Discovery;

namespace ShelfScout.Extraction.Tests.Discovery;

public sealed class NavigationTreeExtractorTests
{
    private readonly NavigationTreeExtractor _extractor = new();

    [Fact]
    public void Extract_Magento2NestedMenu_BuildsHierarchyFromNesting()
    {
        var document = Page.Body("""
            <header class="page-header">
              <div class="panel header"><ul class="header links">
                <li><a href="/customer/account/">My Account</a></li>
                <li><a href="/wishlist/">My Wish List</a></li>
                <li><a href="/customer/account/login/">Sign In</a></li>
              </ul></div>
            </header>
            <div class="sections nav-sections"><nav class="navigation" data-action="navigation">
              <ul data-mage-init='{"menu":{}}'>
                <li class="level0 nav-1 category-item first parent"><a href="/women.html" class="level-top"><span>Women</span></a>
                  <ul class="level0 submenu">
                    <li class="level1 nav-1-1 category-item first parent"><a href="/women/tops-women.html"><span>Tops</span></a>
                      <ul class="level1 submenu">
                        <li class="level2"><a href="/women/tops-women/jackets-women.html"><span>Jackets</span></a></li>
                        <li class="level2"><a href="/women/tops-women/hoodies-and-sweatshirts-women.html"><span>Hoodies &amp; Sweatshirts</span></a></li>
                      </ul></li>
                    <li class="level1"><a href="/women/bottoms-women.html"><span>Bottoms</span></a></li>
                  </ul></li>
                <li class="level0 nav-2"><a href="/gear.html" class="level-top"><span>Gear</span></a>
                  <ul class="level0 submenu"><li class="level1"><a href="/gear/bags.html"><span>Bags</span></a></li></ul></li>
                <li class="level0 nav-3 last"><a href="/sale.html" class="level-top"><span>Sale</span></a></li>
              </ul>
            </nav></div>
            <main><p>Welcome</p></main>
            """);

        var tree = _extractor.Extract(document, Page.Home);

        Assert.Equal("Women(Tops(Jackets,Hoodies & Sweatshirts),Bottoms),Gear(Bags),Sale", Page.Shape(tree));
        Assert.Equal(new Uri("https://shop.example.com/women/tops-women.html"), tree[0].Children[0].Url);
    }

    [Fact]
    public void Extract_ShopifyDetailsMenuWithMobileDrawer_MergesDrawerInsteadOfDoubling()
    {
        // Dawn-like: parents are <details><summary> without links; the drawer repeats the menu with one extra link.
        var document = Page.Body("""
            <header class="header">
              <a href="/" class="header__heading-link">Acme Outfitters</a>
              <nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list">
                <li><details><summary class="header__menu-item"><span>Men</span></summary>
                  <ul class="header__submenu list-menu" role="list">
                    <li><a href="/collections/mens" class="header__menu-item">Shop all men</a></li>
                    <li><a href="/collections/mens-shirts" class="header__menu-item">Shirts</a></li>
                    <li><a href="/collections/mens-trousers" class="header__menu-item">Trousers</a></li>
                  </ul></details></li>
                <li><a href="/collections/women" class="header__menu-item">Women</a></li>
                <li><a href="/pages/about" class="header__menu-item">About us</a></li>
              </ul></nav>
              <a href="/cart" class="header__icon">Cart</a>
            </header>
            <div id="menu-drawer" class="menu-drawer"><nav class="menu-drawer__navigation"><ul class="menu-drawer__menu" role="list">
              <li><details><summary>Men</summary><div><ul>
                <li><a href="/collections/mens">Shop all men</a></li>
                <li><a href="/collections/mens-shirts">Shirts</a></li>
                <li><a href="/collections/mens-trousers">Trousers</a></li>
                <li><a href="/collections/mens-shoes">Shoes</a></li>
              </ul></div></details></li>
              <li><a href="/collections/women">Women</a></li>
              <li><a href="/account/login">Log in</a></li>
            </ul></nav></div>
            """);

        var tree = _extractor.Extract(document, Page.Home);

        Assert.Equal("Men(Shirts,Trousers,Shoes),Women", Page.Shape(tree));
        Assert.Equal("/collections/mens", tree[0].Url.AbsolutePath);
    }

    [Fact]
    public void Extract_MegaMenuWithColumnHeadings_HeadingsBecomeIntermediateParents()
    {
        var document = Page.Body("""
            <header><nav aria-label="Main"><ul>
              <li><a href="/c/electronics">Electronics</a>
                <div class="mega"><div class="col"><h3><a href="/c/computers">Computers</a></h3>
                  <ul><li><a href="/c/laptops">Laptops</a></li><li><a href="/c/desktops">Desktops</a></li></ul></div>
                  <div class="col"><h3><a href="/c/audio">Audio</a></h3>
                  <ul><li><a href="/c/headphones">Headphones</a></li><li><a href="/c/speakers">Speakers</a></li></ul></div>
                  <div class="promo"><img src="/promo.jpg" alt="Deals"></div></div></li>
              <li><a href="/c/home-garden">Home &amp; Garden</a></li>
            </ul></nav></header>
            """);

        var tree = _extractor.Extract(document, Page.Home);

        Assert.Equal("Electronics(Computers(Laptops,Desktops),Audio(Headphones,Speakers)),Home & Garden", Page.Shape(tree));
    }

    [Fact]
    public void Extract_ScrambledClassNames_StillFindsMenuByStructure()
    {
        var document = Page.Body("""
            <div class="x9f2"><div class="q1"><a href="/">Plain Store</a></div>
              <div class="k3"><ul class="zz81">
                <li class="a7"><a href="/category/kitchen" class="b2">Kitchen</a><ul class="c4">
                  <li class="d5"><a href="/category/kitchen/knives">Knives</a></li>
                  <li class="d5"><a href="/category/kitchen/pans">Pans</a></li></ul></li>
                <li class="a7"><a href="/category/garden" class="b2">Garden</a><ul class="c4">
                  <li class="d5"><a href="/category/garden/tools">Tools</a></li></ul></li>
                <li class="a7"><a href="/category/toys" class="b2">Toys</a></li>
              </ul></div></div>
            <div class="m0"><ul class="r5"><li><a href="/p/blue-mug">Blue mug</a></li><li><a href="/p/red-mug">Red mug</a></li><li><a href="/p/green-mug">Green mug</a></li></ul></div>
            <div class="f1"><ul><li><a href="/help">Help</a></li><li><a href="/privacy">Privacy</a></li></ul></div>
            """);

        var tree = _extractor.Extract(document, Page.Home);

        Assert.Equal("Kitchen(Knives,Pans),Garden(Tools),Toys", Page.Shape(tree));
    }

    [Fact]
    public void Extract_FooterCategoryListsAndUtilityMenus_AreIgnored()
    {
        var document = Page.Body("""
            <header>
              <ul class="top-bar"><li><a href="/help">Help</a></li><li><a href="/contact">Contact</a></li><li><a href="/account">Account</a></li></ul>
              <nav><ul>
                <li><a href="/shoes">Shoes</a></li><li><a href="/bags">Bags</a></li><li><a href="/blog">Blog</a></li>
              </ul></nav>
            </header>
            <footer>
              <ul><li><a href="/shoes">Shoes</a><ul><li><a href="/shoes/boots">Boots</a></li><li><a href="/shoes/sandals">Sandals</a></li></ul></li>
                  <li><a href="/jewellery">Jewellery</a></li><li><a href="/watches">Watches</a></li><li><a href="/outlet">Outlet</a></li></ul>
              <ul><li><a href="https://facebook.com/acme">Facebook</a></li><li><a href="https://instagram.com/acme">Instagram</a></li></ul>
            </footer>
            """);

        var tree = _extractor.Extract(document, Page.Home);

        Assert.Equal("Shoes,Bags", Page.Shape(tree));
    }

    [Fact]
    public void Extract_RejectsHashJavascriptOffsiteAndLocaleLinks()
    {
        var document = Page.Body("""
            <nav role="navigation"><ul>
              <li><a href="#">Departments</a><ul>
                <li><a href="/fruit">Fruit</a></li><li><a href="/vegetables">Vegetables</a></li></ul></li>
              <li><a href="javascript:void(0)">Open menu</a></li>
              <li><a href="https://brand.other-site.com/catalogue">Partner catalogue</a></li>
              <li><a href="/?lang=de">DE</a></li>
              <li><a href="/bakery">Bakery</a></li>
              <li><a href="/bakery#top">Bakery again</a></li>
              <li><a href="/en">Home</a></li>
            </ul></nav>
            """);

        var tree = _extractor.Extract(document, Page.Home);

        Assert.Equal("Fruit,Vegetables,Bakery", Page.Shape(tree));
    }

    [Fact]
    public void Extract_WooCommerceStorefrontMenu_PrefersPrimaryOverAccountMenu()
    {
        var document = Page.Body("""
            <header id="masthead" class="site-header" role="banner">
              <nav class="secondary-navigation"><div class="menu-secondary-container"><ul id="menu-secondary" class="menu">
                <li class="menu-item"><a href="https://shop.example.com/my-account/">My account</a></li>
                <li class="menu-item"><a href="https://shop.example.com/checkout/">Checkout</a></li>
                <li class="menu-item"><a href="https://shop.example.com/product-category/clearance/">Clearance</a></li>
              </ul></div></nav>
              <nav id="site-navigation" class="main-navigation" role="navigation" aria-label="Primary Navigation">
                <div class="primary-navigation"><ul id="menu-primary" class="menu">
                  <li class="menu-item menu-item-has-children"><a href="https://shop.example.com/product-category/clothing/">Clothing</a>
                    <ul class="sub-menu">
                      <li class="menu-item"><a href="https://shop.example.com/product-category/clothing/hoodies/">Hoodies</a></li>
                      <li class="menu-item"><a href="https://shop.example.com/product-category/clothing/tshirts/">Tshirts</a></li>
                    </ul></li>
                  <li class="menu-item"><a href="https://shop.example.com/product-category/music/">Music</a></li>
                  <li class="menu-item"><a href="https://shop.example.com/product-category/decor/">Decor</a></li>
                </ul></div></nav>
            </header>
            """);

        var tree = _extractor.Extract(document, Page.Home);

        Assert.Equal("Clothing(Hoodies,Tshirts),Music,Decor", Page.Shape(tree));
    }

    [Fact]
    public void Extract_BigCommerceSubMenus_DedupesShopAllChildAgainstParent()
    {
        var document = Page.Body("""
            <header class="header"><nav class="navPages"><ul class="navPages-list">
              <li class="navPages-item"><a class="navPages-action has-subMenu" href="https://www.example.com/kitchen/">Kitchen</a>
                <div class="navPage-subMenu" aria-hidden="true"><ul class="navPage-subMenu-list">
                  <li class="navPage-subMenu-item"><a class="navPage-subMenu-action" href="https://www.example.com/kitchen/">All Kitchen</a></li>
                  <li class="navPage-subMenu-item"><a class="navPage-subMenu-action" href="https://www.example.com/kitchen/cookware/">Cookware</a>
                    <ul class="navPage-childList"><li><a href="https://www.example.com/kitchen/cookware/pots/">Pots</a></li></ul></li>
                </ul></div></li>
              <li class="navPages-item"><a class="navPages-action" href="https://www.example.com/bath/">Bath</a></li>
            </ul></nav></header>
            """,
            new Uri("https://www.example.com/"));

        var tree = _extractor.Extract(document, new Uri("https://www.example.com/"));

        Assert.Equal("Kitchen(Cookware(Pots)),Bath", Page.Shape(tree));
    }

    [Fact]
    public void Extract_PageWithoutMenu_ReturnsEmpty()
    {
        var document = Page.Body("<main><h1>Coming soon</h1><p>Write to <a href=\"mailto:a@b.c\">us</a>.</p></main>");

        Assert.Empty(_extractor.Extract(document, Page.Home));
    }

    [Fact]
    public void Extract_FlatNavWithoutLists_ReturnsLinksAsTopLevel()
    {
        var document = Page.Body("""
            <header><a href="/">Logo</a><nav><a href="/tea">Tea</a> <a href="/coffee">Coffee</a> <a href="/cups">Cups</a> <a href="/cart">Cart</a></nav></header>
            """);

        var tree = _extractor.Extract(document, Page.Home);

        Assert.Equal("Tea,Coffee,Cups", Page.Shape(tree));
    }

    [Fact]
    public void Extract_InnerPageWithUnlabelledBreadcrumb_DoesNotTakeBreadcrumbForMenu()
    {
        var url = new Uri("https://shop.example.com/tea/green/sencha");
        var document = Page.Body("""
            <div class="h"><div class="lg"><a href="/">Tea Shop</a></div></div>
            <div class="w"><ul class="c"><li><a href="/">Home</a></li><li><a href="/tea">Tea</a></li><li><a href="/tea/green">Green tea</a></li><li>Sencha</li></ul>
            <h1>Sencha</h1><p>A fine tea.</p></div>
            """, url);

        Assert.Empty(_extractor.Extract(document, url));
    }

    [Fact]
    public void Extract_LanguageAndCurrencySwitchers_AreNotCategories()
    {
        var document = Page.Body("""
            <header>
              <ul class="x1"><li><a href="/de/">Deutsch</a></li><li><a href="/fr/">Français</a></li><li><a href="/?currency=EUR">EUR €</a></li><li><a href="/?currency=USD">USD $</a></li></ul>
              <ul class="x2"><li><a href="/lighting">Lighting</a><ul><li><a href="/lighting/lamps">Lamps</a></li></ul></li><li><a href="/rugs">Rugs</a></li></ul>
            </header>
            """);

        var tree = _extractor.Extract(document, Page.Home);

        Assert.Equal("Lighting(Lamps),Rugs", Page.Shape(tree));
    }

    [Fact]
    public void Extract_NoLandmarksAtAll_PrefersMenuAtTopOverLinkListAtBottom()
    {
        var document = Page.Body("""
            <div class="a"><ul class="b"><li><a href="/men">Men</a></li><li><a href="/women">Women</a></li><li><a href="/kids">Kids</a></li><li><a href="/home-living">Home living</a></li></ul></div>
            <div class="c"><h1>Big winter sale</h1><div><img src="/hero.jpg"><p>Up to 50% off.</p></div><div><img src="/b.jpg"><p>New arrivals weekly.</p></div><div><p>Free returns.</p></div></div>
            <div class="d"><ul class="e"><li><a href="/men">Men</a></li><li><a href="/women">Women</a></li><li><a href="/gift-guide">Gift guide</a></li><li><a href="/brands-a-z">Brands A-Z</a></li><li><a href="/outlet">Outlet</a></li></ul></div>
            """);

        var tree = _extractor.Extract(document, Page.Home);

        Assert.Equal("Men", tree[0].Name);
        Assert.Equal("Kids", tree[2].Name);
    }

    [Fact]
    public void Extract_DropdownPanelsOutsideTheList_FollowsAriaControls()
    {
        var document = Page.Body("""
            <header><nav><ul class="m">
              <li><button aria-controls="mega-men" aria-expanded="false">Men</button></li>
              <li><a href="/collections/women">Women</a></li>
            </ul>
            <div id="mega-men" class="p" hidden><a href="/collections/men">All men</a>
              <div><p><a href="/collections/men-tops">Tops</a></p><ul><li><a href="/collections/men-tees">Tees</a></li><li><a href="/collections/men-shirts">Shirts</a></li></ul></div>
              <div><p><a href="/collections/men-bottoms">Bottoms</a></p><ul><li><a href="/collections/men-jeans">Jeans</a></li></ul></div>
            </div></nav></header>
            """);

        var tree = _extractor.Extract(document, Page.Home);

        Assert.Equal("Men(Tops(Tees,Shirts),Bottoms(Jeans)),Women", Page.Shape(tree));
        Assert.Equal("/collections/men", tree[0].Url.AbsolutePath);
    }

    [Fact]
    public void Extract_HomePageWithFeaturedProductList_KeepsSmallHeaderMenu()
    {
        static string Product(string slug) => $"""<li><a href="/products/{slug}"><img src="/{slug}.jpg" alt="">{slug}</a><span>$12.00</span></li>""";
        var document = Page.Body($"""
            <header><a href="/">Candle Co</a><nav><ul><li><a href="/collections/candles">Candles</a></li><li><a href="/collections/diffusers">Diffusers</a></li><li><a href="/collections/gifts">Gifts</a></li></ul></nav></header>
            <main><h2>Featured</h2><ul>{Product("amber")}{Product("cedar")}{Product("fig")}{Product("lime")}{Product("musk")}{Product("oud")}{Product("rose")}{Product("sage")}</ul></main>
            """);

        var tree = _extractor.Extract(document, Page.Home);

        Assert.Equal("Candles,Diffusers,Gifts", Page.Shape(tree));
    }
}
