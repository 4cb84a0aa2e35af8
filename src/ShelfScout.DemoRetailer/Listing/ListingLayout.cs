using System.Globalization;
using ShelfScout.DemoRetailer.Generation;

namespace ShelfScout.DemoRetailer.Listing;

/// <summary>Page size and pagination style of one category, chosen deterministically from (seed, category).</summary>
internal sealed record ListingLayout(int PageSize, PageParameter Parameter, PagerStyle Pager)
{
    private static readonly int[] PageSizes = [8, 10, 12];

    public static ListingLayout For(int seed, DemoCategory category)
    {
        var random = StableRandom.For(seed, "listing-layout", category.Id);
        return new ListingLayout(random.Pick(PageSizes), (PageParameter)random.Next(3), (PagerStyle)random.Next(3));
    }

    /// <summary>The category's layout in this catalogue's shape: a scripted pager always pages with <c>?page=N</c>, as Shopify's AJAX pagers do.</summary>
    public static ListingLayout For(DemoCatalog catalog, DemoCategory category)
    {
        var layout = For(catalog.Seed, category);
        return catalog.Shape.ScriptedPager ? layout with { Parameter = PageParameter.QueryPage, Pager = PagerStyle.Scripted } : layout;
    }

    public int PageCount(int productCount) => Math.Max(1, (productCount + PageSize - 1) / PageSize);

    /// <summary>Page 1 is always the bare category URL, as shops link it.</summary>
    public string PageUrl(DemoCategory category, int page)
    {
        if (page <= 1)
        {
            return category.RelativeUrl;
        }

        var number = page.ToString(CultureInfo.InvariantCulture);
        return Parameter switch
        {
            PageParameter.QueryPage => category.RelativeUrl + "?page=" + number,
            PageParameter.PathSegment => category.RelativeUrl + "page/" + number + "/",
            _ => category.RelativeUrl + "?p=" + number,
        };
    }

    public string QueryName => Parameter == PageParameter.QueryP ? "p" : "page";
}
