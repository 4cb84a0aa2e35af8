using AngleSharp.Dom;

namespace ShelfScout.Extraction.Discovery;

/// <summary>Reads a page's breadcrumb trail (schema.org BreadcrumbList, microdata, or a visible breadcrumb nav), home excluded.</summary>
public sealed class BreadcrumbExtractor
{
    public IReadOnlyList<BreadcrumbItem> Extract(IDocument document, Uri pageUrl)
    {
        ArgumentNullException.ThrowIfNull(document);
        throw new NotImplementedException("Being written for issue 2 (discovery).");
    }
}
