using AngleSharp.Dom;
using BenchmarkDotNet.Attributes;
using ShelfScout.Extraction.Html;
using ShelfScout.Extraction.Products;

namespace ShelfScout.Benchmarks;

/// <summary>BenchmarkDotNet: engine time on a small, medium and large corpus page (parsing excluded, measured apart).</summary>
[MemoryDiagnoser]
public class ProductExtractionBenchmark
{
    private readonly ProductExtractor _extractor = new();
    private IDocument _document = null!;
    private (string Id, Uri Url, string Html) _page;

    /// <summary>Rank of the page by HTML size: 0 the smallest, 50 the median, 100 the largest.</summary>
    [Params(0, 50, 100)]
    public int SizePercentile { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var pages = CorpusPages.Load().OrderBy(p => p.Html.Length).ToList();
        _page = pages[Math.Min(pages.Count - 1, SizePercentile * pages.Count / 100)];
        _document = HtmlDocumentLoader.Parse(_page.Html, _page.Url);
    }

    [Benchmark]
    public object Extract() => _extractor.Extract(_document, _page.Url);

    [Benchmark]
    public object ParseAndExtract()
    {
        using var document = HtmlDocumentLoader.Parse(_page.Html, _page.Url);
        return _extractor.Extract(document, _page.Url);
    }
}
