namespace ShelfScout.Web.Html;

/// <summary>The page shell: head with the vendored styles and scripts (no inline script: the CSP forbids it), navigation, main.</summary>
internal static class Layout
{
    private static readonly (string Path, string Label)[] Navigation =
    [
        ("/", "Retailers"),
        ("/categories", "Categories"),
        ("/products", "Products"),
        ("/alerts", "Alerts"),
        ("/runs", "Runs"),
    ];

    /// <summary>Starts a page; the caller writes the main content, then calls <see cref="End"/>.</summary>
    public static HtmlBuilder Begin(string title, string current, bool chart = false, int? refreshSeconds = null)
    {
        var html = new HtmlBuilder();
        html.Raw("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">")
            .Raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .Element("title", title + " · ShelfScout")
            .Raw("<link rel=\"icon\" href=\"data:,\"><link rel=\"stylesheet\" href=\"/assets/dashboard.css\">");
        if (chart)
        {
            html.Raw("<link rel=\"stylesheet\" href=\"/assets/uplot/uPlot.min.css\">")
                .Raw("<script src=\"/assets/uplot/uPlot.iife.min.js\" defer></script>");
        }

        html.Raw("<script src=\"/assets/dashboard.js\" defer></script></head>");
        html.Open("body", ("data-refresh-seconds", refreshSeconds?.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        html.Raw("<a class=\"skip-link\" href=\"#main\">Skip to content</a><header><nav aria-label=\"Main\"><span class=\"brand\">ShelfScout</span><ul>");
        foreach (var (path, label) in Navigation)
        {
            html.Raw("<li>").Element("a", label, ("href", path), ("aria-current", path == current ? "page" : null)).Raw("</li>");
        }

        html.Raw("</ul><span class=\"keys\"><kbd>/</kbd> search · <kbd>j</kbd> <kbd>k</kbd> rows · <kbd>n</kbd> <kbd>p</kbd> pages</span></nav></header><main id=\"main\" tabindex=\"-1\">").Element("h1", title);
        return html;
    }

    public static string End(HtmlBuilder html) =>
        html.Raw("</main><footer>ShelfScout dashboard · read-only</footer></body></html>").ToString();
}
