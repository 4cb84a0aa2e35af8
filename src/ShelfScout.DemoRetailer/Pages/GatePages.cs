using ShelfScout.DemoRetailer.Markup;

namespace ShelfScout.DemoRetailer.Pages;

/// <summary>
/// Pages behind a login, as B2B apps for Shopify and WooCommerce render them: the trade login that "Log in to see
/// prices" links to, and a wholesale catalogue for approved customers only. Neither is a product page.
/// </summary>
internal static class GatePages
{
    /// <summary>The trade login; when it was reached from a product it names the product, as wholesale apps do.</summary>
    public static string TradeLogin(RenderContext ctx, string? returnTo)
    {
        var s = ctx.Style;
        var product = ProductFor(ctx.Catalog, returnTo);
        var sb = ctx.Shell.Begin(new PageHead("Trade customer login", DemoCatalog.TradeLoginPath) { NoIndex = true, JsonLdBlocks = ctx.JsonLd() }, ctx.Origin, "customers-login");
        sb.Append("<h1>Log in to see prices</h1>\n");
        if (product is not null)
        {
            sb.Append("<div").Append(s.Class("gate-product")).Append("><img").AppendAttr("src", product.ImageRelativeUrls[0]).AppendAttr("alt", product.Name)
                .Append(" width=\"120\" height=\"120\"><p>Prices and ordering for <strong>").AppendEscaped(product.Name)
                .Append("</strong> are available to registered trade customers.</p>").AppendLink(product.RelativeUrl, "Back to product").Append("</div>\n");
        }

        LoginForm(sb, s, product?.RelativeUrl);
        return ctx.Shell.End(sb);
    }

    /// <summary>The wholesale catalogue a visitor who is not logged in sees: a notice and a login form, nothing else.</summary>
    public static string CustomersOnly(RenderContext ctx)
    {
        var s = ctx.Style;
        var sb = ctx.Shell.Begin(new PageHead("Wholesale catalogue", DemoCatalog.CustomersOnlyPath) { JsonLdBlocks = ctx.JsonLd() }, ctx.Origin, "page");
        sb.Append("<h1>Wholesale catalogue</h1>\n<div").Append(s.Class("rte locked")).Append("><p>This page is for approved wholesale customers only. ")
            .Append("Please log in with your trade account to see our wholesale prices and order in bulk.</p></div>\n");
        LoginForm(sb, s, DemoCatalog.CustomersOnlyPath);
        return ctx.Shell.End(sb);
    }

    private static void LoginForm(System.Text.StringBuilder sb, ThemeStyle s, string? returnTo)
    {
        sb.Append("<form").Append(s.Class("customer-login")).Append(" method=\"post\" action=\"/account/login\">");
        if (returnTo is not null)
        {
            sb.Append("<input type=\"hidden\" name=\"return_to\"").AppendAttr("value", returnTo).Append('>');
        }

        sb.Append("<label>E-mail <input type=\"email\" name=\"email\"></label><label>Password <input type=\"password\" name=\"password\"></label>")
            .Append("<button type=\"submit\"").Append(s.Class("button button-primary")).Append(">Sign in</button></form>\n<p>No trade account yet? ")
            .AppendLink("/pages/contact", "Apply for a trade account").Append("</p>\n");
    }

    private static DemoProduct? ProductFor(DemoCatalog catalog, string? returnTo)
    {
        const string prefix = "/products/";
        if (returnTo is null || !returnTo.StartsWith(prefix, StringComparison.Ordinal))
        {
            return null;
        }

        var product = catalog.FindProductBySlug(returnTo[prefix.Length..]);
        return product is not null && catalog.PriceDisplayOf(product) == PriceDisplay.AfterLogin ? product : null;
    }
}
