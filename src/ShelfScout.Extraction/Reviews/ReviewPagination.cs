using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace ShelfScout.Extraction.Reviews;

/// <summary>Finds the next page of reviews: a rel=next or a "next / older / more reviews" link in the review section.</summary>
internal static class ReviewPagination
{
    private static readonly string[] NextWords =
    [
        "next", "older", "more review", "weiter", "nächste", "suivant", "siguiente", "successiv", "volgende", "próxim", "nästa", "›", "»", "→",
    ];

    public static Uri? FindNext(IDocument document, IElement? section, Uri pageUrl)
    {
        // The pager often follows the list of reviews rather than sitting in it: look in the section, then up to two
        // levels around it (never the whole body, whose pagers page other things).
        var scope = section;
        for (var level = 0; level < 3 && scope is not null && scope.LocalName is not ("body" or "html"); level++, scope = scope.ParentElement)
        {
            var anchors = scope.QuerySelectorAll("a[href]").OfType<IHtmlAnchorElement>().ToList();
            var next = anchors.FirstOrDefault(a => a.RelationList.Contains("next"))
                ?? anchors.FirstOrDefault(a => IsNextText(a.TextContent) || IsNextText(a.GetAttribute("aria-label")));
            if (Resolve(next?.Href, pageUrl) is { } found)
            {
                return found;
            }
        }

        // A page that is itself a page of reviews may only declare <link rel="next"> in its head.
        if (pageUrl.AbsoluteUri.Contains("review", StringComparison.OrdinalIgnoreCase))
        {
            var link = document.QuerySelector("link[rel=next][href]")?.GetAttribute("href");
            return Resolve(link, pageUrl);
        }

        return null;
    }

    private static bool IsNextText(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var trimmed = text.Trim();
        return trimmed.Length <= 40 && NextWords.Any(w => trimmed.Contains(w, StringComparison.OrdinalIgnoreCase));
    }

    private static Uri? Resolve(string? href, Uri pageUrl)
    {
        if (string.IsNullOrWhiteSpace(href) || !Uri.TryCreate(pageUrl, href, out var url))
        {
            return null;
        }

        if (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps)
        {
            return null;
        }

        return url.GetLeftPart(UriPartial.Query) == pageUrl.GetLeftPart(UriPartial.Query) ? null : url;
    }
}
