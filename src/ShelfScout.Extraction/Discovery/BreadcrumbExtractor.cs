using AngleSharp.Dom;

namespace ShelfScout.Extraction.Discovery;

/// <summary>Reads a page's breadcrumb trail (schema.org BreadcrumbList, microdata, or a visible breadcrumb nav), home excluded.</summary>
/// <remarks>
/// Sources are tried from the most to the least explicit: JSON-LD, microdata/RDFa, a breadcrumb-labelled element,
/// then an unlabelled short list starting at the home page. Home is recognised by its URL (the site root), so
/// "Home", "Startseite" and "Accueil" need no word list; a linkless first crumb falls back to a few home words.
/// </remarks>
public sealed class BreadcrumbExtractor
{
    private static readonly HashSet<string> HomeWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "home", "homepage", "home page", "startseite", "start", "accueil", "inicio", "início", "home page", "hem",
        "forside", "etusivu", "strona główna", "domů", "főoldal", "главная", "ホーム", "首页", "you are here", "you are here:",
    };

    private static readonly Func<IDocument, Uri, IReadOnlyList<BreadcrumbItem>>[] Sources =
    [
        JsonLdBreadcrumbReader.Read,
        MarkupBreadcrumbReader.Read,
        VisibleBreadcrumbReader.ReadLabelled,
        VisibleBreadcrumbReader.ReadUnlabelled,
    ];

    /// <summary>The trail from the first category to the page itself; empty when the page shows none.</summary>
    public IReadOnlyList<BreadcrumbItem> Extract(IDocument document, Uri pageUrl)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(pageUrl);

        foreach (var source in Sources)
        {
            var trail = source(document, pageUrl);
            if (trail.Count > 0)
            {
                return Clean(trail, pageUrl);
            }
        }

        return [];
    }

    private static List<BreadcrumbItem> Clean(IReadOnlyList<BreadcrumbItem> trail, Uri pageUrl)
    {
        var cleaned = new List<BreadcrumbItem>();
        for (var i = 0; i < trail.Count; i++)
        {
            var item = trail[i];
            var url = item.Url is not null && SiteUrl.IsSameSite(item.Url, pageUrl) ? SiteUrl.Canonical(item.Url) : item.Url;
            var isHome = url is not null
                ? SiteUrl.IsSiteRoot(url) && SiteUrl.IsSameSite(url, pageUrl)
                : i == 0 && HomeWords.Contains(item.Name.TrimEnd(':'));
            if (isHome || cleaned.Count > 0 && cleaned[^1].Name == item.Name && Equals(cleaned[^1].Url, url))
            {
                continue;
            }

            cleaned.Add(item with { Url = url });
        }

        return cleaned;
    }
}
