using AngleSharp.Dom;

namespace ShelfScout.Extraction.Products;

/// <summary>Product photos from the gallery next to the title: images whose container or alt text says product/gallery, or that repeat the title.</summary>
internal static class DomImageReader
{
    private const int MaxImages = 12;
    private static readonly string[] GalleryHints = ["gallery", "product", "zoom", "main-image", "mainimage", "hero", "slide", "thumb", "media", "photo", "picture", "pdp"];

    public static void Read(IDocument document, Uri pageUrl, MainProductRegion region, string? productName, ProductEvidence evidence)
    {
        var titleWords = productName is null ? [] : TextSimilarity.Words(productName);
        var found = 0;
        foreach (var image in region.Window(1500, 1500).Where(e => e.LocalName == "img"))
        {
            if (found >= MaxImages)
            {
                break;
            }

            var src = Source(image);
            if (src is null || region.InChrome(image) || image.Closest("a[href]") is { } link && IsOtherPage(link, pageUrl))
            {
                continue;
            }

            var alt = image.GetAttribute("alt") ?? string.Empty;
            var container = string.Concat(image.ParentElement is { } p ? DomText.Hints(p) : "", " ", image.ParentElement?.ParentElement is { } g ? DomText.Hints(g) : "", " ", DomText.Hints(image));
            var inGallery = PriceCues.ContainsAny(container, GalleryHints) && !PriceCues.ContainsAny(container, PriceCues.ElsewhereHints) && !container.Contains("logo", StringComparison.Ordinal);
            var namesProduct = titleWords.Count > 0 && TextSimilarity.Best(alt, [productName!]) > 0.6;
            if ((inGallery || namesProduct) && Uri.TryCreate(pageUrl, src, out var absolute) && absolute.Scheme.StartsWith("http", StringComparison.Ordinal))
            {
                ProductEvidence.Add(evidence.Images, absolute.AbsoluteUri, Sources.Dom, namesProduct ? 0.6 : 0.4);
                found++;
            }
        }
    }

    private static string? Source(IElement image)
    {
        foreach (var name in new[] { "data-zoom-image", "data-large", "data-src", "data-original", "src" })
        {
            var value = image.GetAttribute(name)?.Trim();
            if (!string.IsNullOrEmpty(value) && !value.StartsWith("data:", StringComparison.OrdinalIgnoreCase) && !value.EndsWith(".svg", StringComparison.OrdinalIgnoreCase) && !value.EndsWith(".gif", StringComparison.OrdinalIgnoreCase))
            {
                return value;
            }
        }

        return null;
    }

    private static bool IsOtherPage(IElement link, Uri pageUrl)
    {
        var href = link.GetAttribute("href");
        return href is not null && !href.StartsWith('#') && Uri.TryCreate(pageUrl, href, out var target)
               && target.AbsolutePath != pageUrl.AbsolutePath
               && !IsImageFile(target.AbsolutePath);
    }

    private static bool IsImageFile(string path) =>
        path.EndsWith(".jpg", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".jpeg", StringComparison.OrdinalIgnoreCase)
        || path.EndsWith(".png", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".webp", StringComparison.OrdinalIgnoreCase);
}
