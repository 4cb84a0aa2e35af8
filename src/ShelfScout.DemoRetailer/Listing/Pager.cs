using System.Globalization;
using System.Text;
using ShelfScout.DemoRetailer.Markup;

namespace ShelfScout.DemoRetailer.Listing;

/// <summary>Renders a listing's pagination links in the category's <see cref="PagerStyle"/>.</summary>
internal static class Pager
{
    public static void Render(StringBuilder sb, ThemeStyle s, ListingLayout layout, DemoCategory category, int page, int pageCount)
    {
        if (pageCount <= 1)
        {
            return;
        }

        sb.Append("<nav").Append(s.Class("pagination")).Append(" aria-label=\"Pagination\"><ul").Append(s.Class("page-numbers")).Append('>');
        switch (layout.Pager)
        {
            case PagerStyle.RelNext:
                if (page > 1)
                {
                    Item(sb, s, layout.PageUrl(category, page - 1), "‹ Previous", " rel=\"prev\"", "prev");
                }

                Numbers(sb, s, layout, category, page, pageCount);
                if (page < pageCount)
                {
                    Item(sb, s, layout.PageUrl(category, page + 1), "Next ›", " rel=\"next\"", "next");
                }

                break;
            case PagerStyle.NextLinkOnly:
                if (page > 1)
                {
                    Item(sb, s, layout.PageUrl(category, page - 1), "‹ Previous", string.Empty, "prev");
                }

                sb.Append("<li><span").Append(s.Class("page-status")).Append(">Page ").Append(page).Append(" of ").Append(pageCount).Append("</span></li>");
                if (page < pageCount)
                {
                    Item(sb, s, layout.PageUrl(category, page + 1), "Next ›", string.Empty, "next");
                }

                break;
            case PagerStyle.Scripted:
                Scripted(sb, s, page, pageCount);
                break;
            default:
                Numbers(sb, s, layout, category, page, pageCount);
                break;
        }

        sb.Append("</ul></nav>\n");
    }

    /// <summary>Buttons a theme script turns into fetches: nothing in the markup is a page URL.</summary>
    private static void Scripted(StringBuilder sb, ThemeStyle s, int page, int pageCount)
    {
        if (page > 1)
        {
            ScriptButton(sb, s, page - 1, "‹ Previous", "prev");
        }

        for (var n = 1; n <= pageCount; n++)
        {
            if (n == page)
            {
                sb.Append("<li><span aria-current=\"page\"").Append(s.Class("page-number current")).Append('>').Append(n).Append("</span></li>");
            }
            else
            {
                ScriptButton(sb, s, n, n.ToString(CultureInfo.InvariantCulture), "page-number");
            }
        }

        sb.Append("<li><span").Append(s.Class("page-status")).Append(">Page ").Append(page).Append(" of ").Append(pageCount).Append("</span></li>");
        if (page < pageCount)
        {
            ScriptButton(sb, s, page + 1, "Next ›", "next");
        }
    }

    private static void ScriptButton(StringBuilder sb, ThemeStyle s, int target, string text, string cssClass) =>
        sb.Append("<li>").AppendLink("#", text, s.Class(cssClass + " js-page-link") + " data-page=\"" + target.ToString(CultureInfo.InvariantCulture) + "\" role=\"button\"").Append("</li>");

    private static void Numbers(StringBuilder sb, ThemeStyle s, ListingLayout layout, DemoCategory category, int page, int pageCount)
    {
        var gap = false;
        for (var n = 1; n <= pageCount; n++)
        {
            var visible = n == 1 || n == pageCount || Math.Abs(n - page) <= 2;
            if (!visible)
            {
                if (!gap)
                {
                    sb.Append("<li><span").Append(s.Class("dots")).Append(">&hellip;</span></li>");
                    gap = true;
                }

                continue;
            }

            gap = false;
            var label = n.ToString(CultureInfo.InvariantCulture);
            if (n == page)
            {
                sb.Append("<li><span aria-current=\"page\"").Append(s.Class("page-number current")).Append('>').Append(label).Append("</span></li>");
            }
            else
            {
                Item(sb, s, layout.PageUrl(category, n), label, string.Empty, "page-number");
            }
        }
    }

    private static void Item(StringBuilder sb, ThemeStyle s, string href, string text, string rel, string cssClass) =>
        sb.Append("<li>").AppendLink(href, text, rel + s.Class(cssClass)).Append("</li>");
}
