using AngleSharp.Dom;
using ShelfScout.Domain.Catalog;
using ShelfScout.Extraction.Html;

namespace ShelfScout.Extraction.Tests.Discovery;

/// <summary>Builds documents from storefront snippets the way the crawler does (through the shared loader).</summary>
internal static class Page
{
    public static readonly Uri Home = new("https://shop.example.com/");

    public static IDocument Body(string bodyHtml, Uri? url = null, string head = "") =>
        HtmlDocumentLoader.Parse(
            $"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>t</title>{head}</head><body>{bodyHtml}</body></html>",
            url ?? Home);

    public static string Paths(IEnumerable<Uri> urls) => string.Join(" ", urls.Select(u => u.PathAndQuery));

    /// <summary>The tree as "Name(Child(...),...)" so one assertion shows the whole hierarchy.</summary>
    public static string Shape(IEnumerable<CategoryNode> nodes) =>
        string.Join(",", nodes.Select(n => n.Children.Count == 0 ? n.Name : $"{n.Name}({Shape(n.Children)})"));
}
