using AngleSharp.Dom;
using ShelfScout.Extraction.Html;

namespace ShelfScout.Extraction.Tests.Discovery;

/// <summary>Loads saved real product pages from the shared corpus (../shared/corpus beside the repository root).</summary>
internal static class CorpusPage
{
    public static IDocument Load(string hash, Uri url)
    {
        var html = File.ReadAllText(Path.Combine(CorpusRoot(), "product-pages", "html", hash + ".html"));
        return HtmlDocumentLoader.Parse(html, url);
    }

    private static string CorpusRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "ShelfScout.slnx")))
            {
                return Path.Combine(directory.FullName, "..", "shared", "corpus");
            }
        }

        throw new DirectoryNotFoundException("Repository root (ShelfScout.slnx) not found above the test binaries.");
    }
}
