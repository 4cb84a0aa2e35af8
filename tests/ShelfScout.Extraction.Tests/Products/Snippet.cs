using ShelfScout.Domain.Catalog;
using ShelfScout.Extraction.Html;
using ShelfScout.Extraction.Products;

namespace ShelfScout.Extraction.Tests.Products;

/// <summary>Runs the engine on a small hand-written page.</summary>
internal static class Snippet
{
    public static readonly Uri Url = new("https://shop.example/p/blue-kettle-12345");

    public static ProductExtraction Extract(string body, string head = "", Uri? url = null)
    {
        var html = $"<!doctype html><html><head><title>Blue Kettle | Shop</title>{head}</head><body>{body}</body></html>";
        using var document = HtmlDocumentLoader.Parse(html, url ?? Url);
        return new ProductExtractor().Extract(document, url ?? Url);
    }

    /// <summary>The page as <c>extract</c> reads it: the lenient reading with its recognition.</summary>
    public static ProductReading Read(string body, string head = "", Uri? url = null, string title = "Blue Kettle | Shop")
    {
        var html = $"<!doctype html><html><head><title>{title}</title>{head}</head><body>{body}</body></html>";
        using var document = HtmlDocumentLoader.Parse(html, url ?? Url);
        return new ProductExtractor().Read(document, url ?? Url);
    }

    public static ProductData Product(string body, string head = "", Uri? url = null)
    {
        var extraction = Extract(body, head, url);
        Assert.True(extraction.IsProductPage, "expected a product page");
        return extraction.Product!;
    }

    /// <summary>A plain product layout: title, then the buy box whose inner HTML is given.</summary>
    public static string BuyBox(string inner) =>
        $"<main><div class=\"product\"><h1>Blue Kettle</h1><div class=\"buy-box\">{inner}</div></div></main>";
}
