using System.Diagnostics;
using System.Globalization;
using BenchmarkDotNet.Running;
using ShelfScout.Benchmarks;
using ShelfScout.Extraction.Html;
using ShelfScout.Extraction.Products;

// `--corpus` (default): a quick whole-corpus timing, median/p90 per page; `--explain FILE URL`: the price ranking of
// any saved page; anything else goes to BenchmarkDotNet.
if (args.Length > 2 && args[0] == "--explain")
{
    var url = new Uri(args[2]);
    using var doc = HtmlDocumentLoader.Parse(File.ReadAllText(args[1]), url);
    var region = MainProductRegion.Locate(doc, [doc.Title ?? ""]);
    Console.WriteLine($"title: {region.Title?.OuterHtml[..Math.Min(200, region.Title.OuterHtml.Length)]}");
    foreach (var c in DomPriceReader.Rank(doc, url, region, null).Take(8))
    {
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{c.Score,6:F2} {(c.Struck ? "S" : " ")} {c.Amount,10} {c.Text}"));
    }

    PrintEvidence(doc, url);
    return;
}

if (args.Length > 0 && args[0] is not ("--corpus" or "--stages"))
{
    BenchmarkSwitcher.FromAssembly(typeof(ProductExtractionBenchmark).Assembly).Run(args);
    return;
}

IReadOnlyList<(string Id, Uri Url, string Html)> pages;
try
{
    pages = CorpusPages.Load();
}
catch (Exception e) when (e is DirectoryNotFoundException or FileNotFoundException)
{
    Console.Error.WriteLine($"benchmark: {e.Message}");
    Environment.Exit(2);
    return;
}

if (args.Length > 0 && args[0] == "--stages")
{
    StageTimes.Run(pages);
    return;
}

if (args.Length > 1 && args[0] == "--corpus")
{
    // --corpus ID: explain the DOM price ranking of one page (a tuning aid).
    var page = pages.First(p => p.Id.StartsWith(args[1], StringComparison.Ordinal));
    using var doc = HtmlDocumentLoader.Parse(page.Html, page.Url);
    var region = MainProductRegion.Locate(doc, [doc.Title ?? ""]);
    Console.WriteLine($"title: {region.Title?.OuterHtml[..Math.Min(200, region.Title.OuterHtml.Length)]}");
    foreach (var c in DomPriceReader.Rank(doc, page.Url, region, null).Take(8))
    {
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{c.Score,6:F2} {(c.Struck ? "S" : " ")} {c.Amount,10} {c.Text}"));
    }

    PrintEvidence(doc, page.Url);
    return;
}

var extractor = new ProductExtractor();
var parse = new List<double>();
var cpuExtract = TimeSpan.Zero;
var extract = new List<double>();
for (var round = 0; round < 4; round++)
{
    foreach (var (_, url, html) in pages)
    {
        var watch = Stopwatch.StartNew();
        using var document = HtmlDocumentLoader.Parse(html, url);
        var parsed = watch.Elapsed.TotalMilliseconds;
        watch.Restart();
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        extractor.Extract(document, url);
        var extracted = watch.Elapsed.TotalMilliseconds;
        if (round > 0)
        {
            cpuExtract += Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
        }
        if (round > 0)
        {
            // Round 0 warms the JIT.
            parse.Add(parsed);
            extract.Add(extracted);
        }
    }
}

// The gathered evidence of every field, for the tuning aids above.
static void PrintEvidence(AngleSharp.Dom.IDocument doc, Uri url)
{
    var (evidence, _, _) = ProductExtractor.Gather(doc, url);
    foreach (var property in typeof(ProductEvidence).GetProperties().Where(p => p.PropertyType.IsGenericType))
    {
        foreach (var candidate in ((System.Collections.IEnumerable)property.GetValue(evidence)!).Cast<object>().Take(8))
        {
            var text = candidate.ToString()!;
            Console.WriteLine($"{property.Name,-14} {text[..Math.Min(160, text.Length)]}");
        }
    }
}

static double Percentile(List<double> values, double p)
{
    var sorted = values.Order().ToList();
    return sorted[(int)Math.Min(sorted.Count - 1, Math.Round(p * (sorted.Count - 1)))];
}

Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{pages.Count} pages x 3 rounds; HTML median {Percentile(pages.Select(p => (double)p.Html.Length / 1024).ToList(), 0.5):F0} KiB"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"parse   median {Percentile(parse, 0.5),7:F2} ms  p90 {Percentile(parse, 0.9),7:F2} ms  max {parse.Max(),7:F2} ms"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"extract median {Percentile(extract, 0.5),7:F2} ms  p90 {Percentile(extract, 0.9),7:F2} ms  max {extract.Max(),7:F2} ms"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"extract CPU mean {cpuExtract.TotalMilliseconds / extract.Count,7:F2} ms per page (steadier than wall time on a shared machine)"));
