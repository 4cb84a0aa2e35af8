using System.Text;

namespace ShelfScout.DemoRetailer.Markup;

/// <summary>Header (logo, search, account/cart, mega-menu) and footer, rendered once per store because they never change.</summary>
internal sealed class SiteChrome
{
    public const string StoreName = "Wellness Warehouse Demo";

    /// <summary>The landing page's menu text and heading.</summary>
    public const string LandingPageTitle = "The Wellness Edit";

    public SiteChrome(DemoCatalog catalog, ThemeStyle style)
    {
        Header = BuildHeader(catalog, style);
        Footer = BuildFooter(catalog, style);
    }

    public string Header { get; }

    public string Footer { get; }

    private static string BuildHeader(DemoCatalog catalog, ThemeStyle s)
    {
        var sb = new StringBuilder(8192);
        sb.Append("<div").Append(s.Class("announcement-bar")).Append("><p>Free delivery on orders over R 500 &middot; ")
            .AppendLink("/pages/shipping", "Shipping info").Append("</p></div>\n");
        sb.Append("<header").Append(s.Class("site-header")).Append(">\n");
        sb.Append("<a").Append(s.Class("site-logo")).Append(" href=\"/\"><img src=\"/images/logo.png\" alt=\"")
            .Append(StoreName).Append("\" width=\"160\" height=\"40\"></a>\n");
        sb.Append("<form").Append(s.Class("search-form")).Append(" action=\"/search\" method=\"get\" role=\"search\">")
            .Append("<label for=\"q\"").Append(s.Class("visually-hidden")).Append(">Search</label>")
            .Append("<input id=\"q\" type=\"search\" name=\"q\" placeholder=\"Search products\"><button type=\"submit\">Search</button></form>\n");
        sb.Append("<ul").Append(s.Class("header-links")).Append("><li>").AppendLink("/account", "Account")
            .Append("</li><li><a").Append(s.Class("cart-link")).Append(" href=\"/cart\">Cart <span")
            .Append(s.Class("cart-count")).Append(">0</span></a></li></ul>\n");
        sb.Append("<nav").Append(s.Class("main-menu")).Append(" aria-label=\"Main menu\">\n<ul").Append(s.Class("menu")).Append(">\n");
        foreach (var top in catalog.Categories.Where(c => c.ParentId is null))
        {
            var mids = catalog.ChildrenOf(top).Where(catalog.IsInMenu).ToList();
            sb.Append("<li").Append(s.Class(mids.Count > 0 ? "menu-item has-children" : "menu-item")).Append('>').AppendLink(top.RelativeUrl, top.Name);
            if (mids.Count > 0)
            {
                sb.Append("\n<div").Append(s.Class("mega-menu")).Append("><ul").Append(s.Class("mega-menu-columns")).Append(">\n");
                foreach (var mid in mids)
                {
                    sb.Append("<li").Append(s.Class("mega-menu-column")).Append('>')
                        .AppendLink(mid.RelativeUrl, mid.Name, s.Class("mega-menu-heading"))
                        .Append("<ul").Append(s.Class("mega-menu-links")).Append('>');
                    foreach (var leaf in catalog.ChildrenOf(mid).Where(catalog.IsInMenu))
                    {
                        sb.Append("<li>").AppendLink(leaf.RelativeUrl, leaf.Name).Append("</li>");
                    }

                    sb.Append("</ul></li>\n");
                }

                sb.Append("</ul></div>");
            }

            sb.Append("</li>\n");
        }

        if (catalog.Shape.LandingPage)
        {
            sb.Append("<li").Append(s.Class("menu-item")).Append('>').AppendLink(DemoCatalog.LandingPath, LandingPageTitle).Append("</li>\n");
        }

        if (catalog.Shape.CustomersOnlyPage)
        {
            sb.Append("<li").Append(s.Class("menu-item")).Append('>').AppendLink(DemoCatalog.CustomersOnlyPath, "Wholesale").Append("</li>\n");
        }

        // A menu entry that is not a category, as real shops have.
        sb.Append("<li").Append(s.Class("menu-item")).Append('>').AppendLink("/blog", "Wellness Blog").Append("</li>\n");
        sb.Append("</ul>\n</nav>\n</header>\n");
        return sb.ToString();
    }

    private static string BuildFooter(DemoCatalog catalog, ThemeStyle s)
    {
        var sb = new StringBuilder(2048);
        sb.Append("<footer").Append(s.Class("site-footer")).Append(">\n<div").Append(s.Class("footer-columns")).Append(">\n");
        List<(string, string)> service = [("/pages/contact", "Contact us"), ("/pages/shipping", "Shipping & returns"), ("/account", "My account"), ("/cart", "View cart")];
        if (catalog.Shape.CustomersOnlyPage)
        {
            service.Add((DemoCatalog.CustomersOnlyPath, "Wholesale catalogue"));
        }

        Column(sb, s, "Customer service", service);
        Column(sb, s, "About", [("/pages/about-us", "About us"), ("/blog", "Blog"), ("/pages/privacy-policy", "Privacy policy"), ("/pages/terms", "Terms & conditions")]);
        Column(sb, s, "Shop", catalog.Categories.Where(c => c.ParentId is null).Select(c => (c.RelativeUrl, c.Name)).ToList());
        sb.Append("</div>\n<p").Append(s.Class("copyright")).Append(">&copy; 2025 ").Append(StoreName)
            .Append(". All rights reserved.</p>\n</footer>\n");
        return sb.ToString();
    }

    private static void Column(StringBuilder sb, ThemeStyle s, string heading, IReadOnlyList<(string Href, string Text)> links)
    {
        sb.Append("<div").Append(s.Class("footer-column")).Append("><h3>").AppendEscaped(heading).Append("</h3><ul>");
        foreach (var (href, text) in links)
        {
            sb.Append("<li>").AppendLink(href, text).Append("</li>");
        }

        sb.Append("</ul></div>\n");
    }
}
