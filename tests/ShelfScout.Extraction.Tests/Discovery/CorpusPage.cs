using AngleSharp.Dom;
using ShelfScout.Extraction.Html;

namespace ShelfScout.Extraction.Tests.Discovery;

/// <summary>Loads saved real product pages from the shared corpus (see <see cref="Pricing.SharedCorpus"/>).</summary>
internal static class CorpusPage
{
    public static IDocument Load(string hash, Uri url)
    {
        var html = File.ReadAllText(Path.Combine(CorpusRoot(), "product-pages", "html", hash + ".html"));
        return HtmlDocumentLoader.Parse(html, url);
    }

    private static string CorpusRoot() => Pricing.SharedCorpus.PathOf();
}
