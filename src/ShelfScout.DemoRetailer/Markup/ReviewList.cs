using System.Globalization;
using System.Text;

namespace ShelfScout.DemoRetailer.Markup;

/// <summary>Renders one page of reviews and the links to the neighbouring review pages.</summary>
internal static class ReviewList
{
    public const int PageSize = 5;

    public static int PageCount(DemoProduct product) => Math.Max(1, (product.Reviews.Count + PageSize - 1) / PageSize);

    public static IReadOnlyList<DemoReview> Page(DemoProduct product, int page) =>
        product.Reviews.Skip((page - 1) * PageSize).Take(PageSize).ToList();

    /// <summary>Review page 1 is the product page itself; later pages live under /products/{slug}/reviews?page=N.</summary>
    public static string PageUrl(DemoProduct product, int page) =>
        page <= 1 ? product.RelativeUrl + "#reviews" : product.RelativeUrl + "/reviews?page=" + page.ToString(CultureInfo.InvariantCulture);

    public static void Render(StringBuilder sb, ThemeStyle s, DemoProduct product, int page)
    {
        var reviews = Page(product, page);
        sb.Append("<ol").Append(s.Class("review-list")).Append(">\n");
        foreach (var review in reviews)
        {
            sb.Append("<li").Append(s.Class("review")).Append(s.PropScope("review", "Review")).Append('>');
            sb.Append("<div").Append(s.Class("review-rating")).Append(s.PropScope("reviewRating", "Rating")).Append('>');
            Stars(sb, s, review.Rating, review.Rating.ToString(CultureInfo.InvariantCulture) + " out of 5 stars");
            sb.Append(s.Meta("ratingValue", review.Rating.ToString(CultureInfo.InvariantCulture))).Append(s.Meta("bestRating", "5")).Append("</div>");
            sb.Append("<h3").Append(s.Class("review-title")).Append(s.Prop("name")).Append('>').AppendEscaped(review.Title).Append("</h3>");
            sb.Append("<p").Append(s.Class("review-meta")).Append(">By <span").Append(s.Class("review-author"))
                .Append(s.PropScope("author", "Person")).Append("><span").Append(s.Prop("name")).Append('>').AppendEscaped(review.Author)
                .Append("</span></span> on <time").AppendAttr("datetime", review.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))
                .Append(s.Prop("datePublished")).Append('>').Append(review.Date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture))
                .Append("</time></p>");
            sb.Append("<p").Append(s.Class("review-body")).Append(s.Prop("reviewBody")).Append('>').AppendEscaped(review.Body).Append("</p>");
            sb.Append("</li>\n");
        }

        sb.Append("</ol>\n");
        var pageCount = PageCount(product);
        if (pageCount > 1)
        {
            sb.Append("<nav").Append(s.Class("review-pagination")).Append(" aria-label=\"Review pages\">");
            if (page > 1)
            {
                sb.AppendLink(PageUrl(product, page - 1), "‹ Newer reviews", " rel=\"prev\"").Append(' ');
            }

            sb.Append("<span").Append(s.Class("review-page-status")).Append(">Page ").Append(page).Append(" of ").Append(pageCount).Append("</span>");
            if (page < pageCount)
            {
                sb.Append(' ').AppendLink(PageUrl(product, page + 1), "Older reviews ›", " rel=\"next\"");
            }

            sb.Append("</nav>\n");
        }
    }

    /// <summary>Five stars as text with an accessible label, like most review widgets.</summary>
    public static void Stars(StringBuilder sb, ThemeStyle s, decimal rating, string label)
    {
        var full = (int)Math.Round(rating, MidpointRounding.AwayFromZero);
        sb.Append("<span").Append(s.Class("stars")).Append(" role=\"img\"").AppendAttr("aria-label", label).Append('>')
            .Append('★', full).Append('☆', 5 - full).Append("</span>");
    }
}
