using System.Globalization;
using System.Text;

namespace ShelfScout.DemoRetailer.Markup;

/// <summary>The breadcrumb trail (Home first) as HTML, with microdata in that theme and as a JSON-LD BreadcrumbList.</summary>
internal static class Breadcrumbs
{
    public static IReadOnlyList<Crumb> For(DemoCatalog catalog, DemoCategory category, string? currentName)
    {
        var crumbs = new List<Crumb> { new("Home", "/") };
        foreach (var step in catalog.Lineage(category))
        {
            var isCurrent = currentName is null && step.Id == category.Id;
            crumbs.Add(new Crumb(step.Name, isCurrent ? null : step.RelativeUrl));
        }

        if (currentName is not null)
        {
            crumbs.Add(new Crumb(currentName, null));
        }

        return crumbs;
    }

    public static void Render(StringBuilder sb, ThemeStyle s, IReadOnlyList<Crumb> crumbs)
    {
        sb.Append("<nav aria-label=\"breadcrumb\"").Append(s.Class("breadcrumbs")).Append("><ol")
            .Append(s.Class("breadcrumb")).Append(s.Scope("BreadcrumbList")).Append('>');
        for (var i = 0; i < crumbs.Count; i++)
        {
            var crumb = crumbs[i];
            var position = (i + 1).ToString(CultureInfo.InvariantCulture);
            if (crumb.RelativeUrl is null)
            {
                sb.Append("<li").Append(s.Class("breadcrumb-item active")).Append(s.PropScope("itemListElement", "ListItem"))
                    .Append(" aria-current=\"page\"><span").Append(s.Prop("name")).Append('>').AppendEscaped(crumb.Name)
                    .Append("</span>").Append(s.Meta("position", position)).Append("</li>");
            }
            else
            {
                sb.Append("<li").Append(s.Class("breadcrumb-item")).Append(s.PropScope("itemListElement", "ListItem"))
                    .Append("><a").AppendAttr("href", crumb.RelativeUrl).Append(s.Prop("item")).Append("><span").Append(s.Prop("name"))
                    .Append('>').AppendEscaped(crumb.Name).Append("</span></a>").Append(s.Meta("position", position)).Append("</li>");
            }
        }

        sb.Append("</ol></nav>\n");
    }
}
