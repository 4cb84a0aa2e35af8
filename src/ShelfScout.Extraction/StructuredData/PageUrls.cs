using AngleSharp.Dom;

namespace ShelfScout.Extraction.StructuredData;

/// <summary>Resolves attribute URLs against the page's <c>&lt;base href&gt;</c> or its own URL.</summary>
internal sealed class PageUrls
{
    private readonly Uri _base;

    public PageUrls(IDocument document, Uri pageUrl)
    {
        _base = pageUrl;
        var baseHref = document.QuerySelector("base[href]")?.GetAttribute("href");
        if (!string.IsNullOrWhiteSpace(baseHref) && Uri.TryCreate(pageUrl, baseHref.Trim(), out var resolved))
        {
            _base = resolved;
        }
    }

    public Uri Base => _base;

    public string Absolute(string value)
    {
        var trimmed = value.Trim();
        return Uri.TryCreate(_base, trimmed, out var uri) ? uri.AbsoluteUri : trimmed;
    }
}
