using System.Text;

namespace ShelfScout.DemoRetailer.Markup;

/// <summary>Wraps a page body in the document, head, shared header and footer.</summary>
internal sealed class PageShell(ThemeStyle style, SiteChrome chrome)
{
    public ThemeStyle Style => style;

    /// <summary>Starts a page and returns the builder positioned inside &lt;main&gt;.</summary>
    public StringBuilder Begin(PageHead head, string origin, string mainClass)
    {
        var sb = new StringBuilder(16384);
        sb.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
            .AppendEscaped(head.Title).Append(" | ").Append(SiteChrome.StoreName).Append("</title>\n");
        if (head.Description is not null)
        {
            sb.Append("<meta name=\"description\"").AppendAttr("content", head.Description).Append(">\n");
        }

        if (head.NoIndex)
        {
            sb.Append("<meta name=\"robots\" content=\"noindex, follow\">\n");
        }

        sb.Append("<link rel=\"canonical\"").AppendAttr("href", origin + head.CanonicalPath).Append(">\n");
        if (head.PrevPath is not null)
        {
            sb.Append("<link rel=\"prev\"").AppendAttr("href", origin + head.PrevPath).Append(">\n");
        }

        if (head.NextPath is not null)
        {
            sb.Append("<link rel=\"next\"").AppendAttr("href", origin + head.NextPath).Append(">\n");
        }

        sb.Append("<link rel=\"stylesheet\" href=\"/assets/theme.css\">\n");
        foreach (var block in head.JsonLdBlocks)
        {
            sb.Append("<script type=\"application/ld+json\">").Append(block).Append("</script>\n");
        }

        sb.Append("</head>\n<body").Append(style.Class("template-" + mainClass)).Append(">\n")
            .Append("<a").Append(style.Class("skip-link")).Append(" href=\"#content\">Skip to content</a>\n")
            .Append(chrome.Header)
            .Append("<main id=\"content\"").Append(style.Class(mainClass)).Append(">\n");
        return sb;
    }

    public static string End(StringBuilder sb, SiteChrome chrome) =>
        sb.Append("</main>\n").Append(chrome.Footer).Append("<script src=\"/assets/theme.js\" defer></script>\n</body>\n</html>\n").ToString();

    public string End(StringBuilder sb) => End(sb, chrome);
}
