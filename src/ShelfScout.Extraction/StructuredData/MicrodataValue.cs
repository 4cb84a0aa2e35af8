using AngleSharp.Dom;

namespace ShelfScout.Extraction.StructuredData;

/// <summary>The value of a microdata property element, by the element's kind.</summary>
internal static class MicrodataValue
{
    public static string Of(IElement element, PageUrls urls)
    {
        // Many shops put the machine value in content= on any element (<span itemprop="price" content="12.99">).
        if (element.GetAttribute("content") is { } content)
        {
            return content.Trim();
        }

        var url = element.LocalName switch
        {
            "audio" or "embed" or "iframe" or "img" or "source" or "track" or "video" => element.GetAttribute("src"),
            "a" or "area" or "link" => element.GetAttribute("href"),
            "object" => element.GetAttribute("data"),
            _ => null,
        };
        if (url is not null)
        {
            return urls.Absolute(url);
        }

        return element.LocalName switch
        {
            "meta" => string.Empty,
            "data" or "meter" when element.GetAttribute("value") is { } value => value.Trim(),
            "time" when element.GetAttribute("datetime") is { } datetime => datetime.Trim(),
            _ => ElementText.Of(element),
        };
    }
}
