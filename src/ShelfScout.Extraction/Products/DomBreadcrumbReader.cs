using AngleSharp.Dom;
using ShelfScout.Extraction.StructuredData;

namespace ShelfScout.Extraction.Products;

/// <summary>The category trail: a schema.org BreadcrumbList, else a visible breadcrumb nav; the home link and the product itself are dropped.</summary>
internal static class DomBreadcrumbReader
{
    private static readonly string[] HomeNames = ["home", "startseite", "accueil", "inicio", "início", "главная", "strona główna", "domov", "úvod", "etusivu", "hem", "forside", "avaleht", "pagina iniziale", "home page", "sākums", "pradžia", "anasayfa", "ana sayfa", "kezdőlap", "首页", "首頁", "ホーム", "홈"];

    public static void Read(IDocument document, StructuredDataSet data, string? productName, ProductEvidence evidence)
    {
        foreach (var list in data.Descendants().Where(i => i.IsType("BreadcrumbList")))
        {
            var names = list.GetItems("itemListElement")
                .Select(e => (Position: int.TryParse(e.GetText("position"), out var p) ? p : int.MaxValue, Name: e.GetText("name") ?? e.GetItems("item").Select(i => i.GetText("name")).FirstOrDefault()))
                .OrderBy(e => e.Position)
                .Select(e => e.Name)
                .OfType<string>()
                .ToList();
            if (Clean(names, productName) is { Count: > 0 } trail)
            {
                evidence.Breadcrumbs.Add(new Candidate<IReadOnlyList<string>>(trail, Sources.Of(list.Syntax), 1));
                return;
            }
        }

        var nav = document.QuerySelector("[aria-label*=breadcrumb i], [class*=breadcrumb i], [id*=breadcrumb i]");
        if (nav is not null)
        {
            var names = nav.QuerySelectorAll("a, [aria-current], li:last-child").Select(a => DomText.Spaced(a)).Where(t => t.Length is > 0 and < 80).Distinct(StringComparer.Ordinal).ToList();
            if (Clean(names, productName) is { Count: > 0 } trail)
            {
                evidence.Breadcrumbs.Add(new Candidate<IReadOnlyList<string>>(trail, Sources.Dom, 0.7));
            }
        }
    }

    private static List<string> Clean(List<string> names, string? productName)
    {
        var trail = names.Select(DomText.Collapse).Where(n => n.Length > 0).ToList();
        if (trail.Count > 0 && HomeNames.Contains(trail[0].ToLowerInvariant()))
        {
            trail.RemoveAt(0);
        }

        if (trail.Count > 0 && productName is not null && TextSimilarity.Best(trail[^1], [productName]) > 0.8)
        {
            trail.RemoveAt(trail.Count - 1);
        }

        return trail;
    }
}
