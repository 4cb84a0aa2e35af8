using ShelfScout.DemoRetailer.Markup;

namespace ShelfScout.DemoRetailer.Pages;

/// <summary>Pages every shop has that are neither categories nor products: cart, account, policies, search, 404.</summary>
internal static class InfoPages
{
    private static readonly IReadOnlyDictionary<string, (string Title, string Body)> Static = new Dictionary<string, (string, string)>(StringComparer.Ordinal)
    {
        ["about-us"] = ("About us", "We started in a small pharmacy in 2009 with one idea: wellness should be simple, honest and affordable."),
        ["contact"] = ("Contact us", "Our friendly team answers e-mails within one working day, Monday to Friday 08:00-17:00."),
        ["shipping"] = ("Shipping & returns", "Orders ship within two working days. Free delivery on orders over R 500. Unopened items can be returned within 30 days."),
        ["privacy-policy"] = ("Privacy policy", "We only use your personal information to process your orders and, if you agree, to send our newsletter."),
        ["terms"] = ("Terms & conditions", "Prices and availability may change without notice. All prices include VAT."),
    };

    public static string? RenderStatic(RenderContext ctx, string slug)
    {
        if (!Static.TryGetValue(slug, out var page))
        {
            return null;
        }

        var sb = ctx.Shell.Begin(new PageHead(page.Title, "/pages/" + slug) { JsonLdBlocks = ctx.JsonLd() }, ctx.Origin, "page");
        sb.Append("<h1>").AppendEscaped(page.Title).Append("</h1>\n<div").Append(ctx.Style.Class("rte")).Append("><p>").AppendEscaped(page.Body).Append("</p>");
        if (slug == "contact")
        {
            sb.Append("<form method=\"post\" action=\"/pages/contact\"><label>Name <input name=\"name\"></label><label>E-mail <input type=\"email\" name=\"email\"></label>")
                .Append("<label>Message <textarea name=\"message\"></textarea></label><button type=\"submit\">Send</button></form>");
        }

        sb.Append("</div>\n");
        return ctx.Shell.End(sb);
    }

    public static string Cart(RenderContext ctx)
    {
        var sb = ctx.Shell.Begin(new PageHead("Your cart", "/cart") { NoIndex = true }, ctx.Origin, "cart");
        sb.Append("<h1>Your cart</h1>\n<p>Your cart is currently empty.</p>").AppendLink("/", "Continue shopping", ctx.Style.Class("button")).Append('\n');
        return ctx.Shell.End(sb);
    }

    public static string Account(RenderContext ctx)
    {
        var sb = ctx.Shell.Begin(new PageHead("Login", "/account") { NoIndex = true }, ctx.Origin, "account");
        sb.Append("<h1>Login</h1>\n<form method=\"post\" action=\"/account/login\"><label>E-mail <input type=\"email\" name=\"email\"></label>")
            .Append("<label>Password <input type=\"password\" name=\"password\"></label><button type=\"submit\">Sign in</button></form>\n");
        return ctx.Shell.End(sb);
    }

    public static string Search(RenderContext ctx, string query)
    {
        var sb = ctx.Shell.Begin(new PageHead("Search", "/search") { NoIndex = true }, ctx.Origin, "search");
        sb.Append("<h1>Search results</h1>\n");
        var hits = query.Length == 0
            ? []
            : ctx.Catalog.Products.Where(p => p.Name.Contains(query, StringComparison.OrdinalIgnoreCase)).Take(24).ToList();
        sb.Append("<p>").Append(hits.Count).Append(" results for &ldquo;").AppendEscaped(query).Append("&rdquo;</p>\n");
        ProductCard.RenderGrid(sb, ctx.Style, ctx.Catalog, hits, ctx.Day);
        return ctx.Shell.End(sb);
    }

    public static string NotFound(RenderContext ctx, string path)
    {
        var sb = ctx.Shell.Begin(new PageHead("Page not found", path) { NoIndex = true }, ctx.Origin, "not-found");
        sb.Append("<h1>Page not found</h1>\n<p>The page you were looking for does not exist.</p>").AppendLink("/", "Back to the home page").Append('\n');
        return ctx.Shell.End(sb);
    }
}
