using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace ShelfScout.Extraction.Tests.StructuredData;

internal static class Html
{
    public static readonly Uri PageUrl = new("https://shop.example/p/anvil?ref=1");

    public static IDocument Parse(string html) => new HtmlParser().ParseDocument(html);

    public static string JsonLd(string json) => "<html><head><script type=\"application/ld+json\">" + json + "</script></head><body></body></html>";
}
