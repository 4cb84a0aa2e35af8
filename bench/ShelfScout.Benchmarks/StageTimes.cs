using System.Diagnostics;
using System.Globalization;
using ShelfScout.Extraction.Html;
using ShelfScout.Extraction.Products;
using ShelfScout.Extraction.Products.Variants;
using ShelfScout.Extraction.StructuredData;

namespace ShelfScout.Benchmarks;

/// <summary>`--stages`: the median and mean time of each reader of the extraction over the corpus, to find hot spots.</summary>
internal static class StageTimes
{
    public static void Run(IReadOnlyList<(string Id, Uri Url, string Html)> pages)
    {
        var times = new Dictionary<string, List<double>>(StringComparer.Ordinal);
        for (var round = 0; round < 3; round++)
        {
            foreach (var (_, url, html) in pages)
            {
                using var document = HtmlDocumentLoader.Parse(html, url);
                var watch = Stopwatch.StartNew();
                void Time(string stage, Action action)
                {
                    watch.Restart();
                    action();
                    if (round > 0)
                    {
                        if (!times.TryGetValue(stage, out var list))
                        {
                            times[stage] = list = [];
                        }

                        list.Add(watch.Elapsed.TotalMilliseconds);
                    }
                }

                Time("sd: script text", () =>
                {
                    foreach (var script in document.QuerySelectorAll("script"))
                    {
                        _ = script.TextContent;
                    }
                });
                Time("sd: json scripts", () =>
                {
                    foreach (var script in document.QuerySelectorAll("script"))
                    {
                        if ((script.GetAttribute("type") ?? string.Empty).EndsWith("json", StringComparison.OrdinalIgnoreCase))
                        {
                            _ = RelaxedJson.Parse(script.TextContent);
                        }
                    }
                });
                Time("sd: clean all", () =>
                {
                    foreach (var script in document.QuerySelectorAll("script"))
                    {
                        _ = JsonTextCleaner.Clean(script.TextContent);
                    }
                });
                Time("sd: meta", () => OpenGraphReader.ReadMeta(document));
                Time("sd: embedded-json", () => EmbeddedJsonReader.Read(document));
                Time("sd: jsonld", () => JsonLdReader.Read(document, url));
                Time("sd: microdata", () => MicrodataReader.Read(document, url));
                Time("sd: rdfa", () => RdfaReader.Read(document, url));
                StructuredDataSet data = null!;
                Time("structured-data", () => data = StructuredDataReader.Read(document, url));
                var evidence = new ProductEvidence();
                var references = new List<string> { document.Title ?? string.Empty };
                Time("structured-product", () => StructuredProductReader.Read(data, url, references, evidence));
                MainProductRegion region = null!;
                Time("dom-region", () => region = MainProductRegion.Locate(document, references));
                Time("dom-price", () => DomPriceReader.Read(document, url, region, null, evidence));
                Time("dom-availability", () => DomAvailabilityReader.Read(document, url, region, evidence));
                Time("dom-identifiers", () => DomIdentifierReader.Read(document, url, region, evidence));
                Time("dom-rating", () => DomRatingReader.Read(document, region, evidence));
                Time("variants", () =>
                {
                    evidence.AddVariants(EmbeddedVariantReader.FromScripts(data.EmbeddedJson), Sources.EmbeddedJson, 1.5);
                    evidence.AddVariants(EmbeddedVariantReader.FromVariationsForm(document), Sources.Attribute, 1.5);
                    evidence.AddVariantStock(StorefrontStock.FromScripts(data.EmbeddedJson, url, references), Sources.EmbeddedJson);
                    evidence.AddVariantStock(StorefrontStock.FromVariationsForm(document), Sources.Attribute);
                });
                Time("dom-images", () => DomImageReader.Read(document, url, region, null, evidence));
                Time("breadcrumbs", () => BreadcrumbEvidence.Read(document, url, null, evidence));
                Time("fusion", () => ProductFusion.Decide(evidence, url, region.Title is not null));
                Time("whole Extract", () => new ProductExtractor().Extract(document, url));
            }
        }

        foreach (var (stage, list) in times)
        {
            var sorted = list.Order().ToList();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{stage,-20} median {sorted[sorted.Count / 2],7:F2} ms  mean {list.Average(),7:F2} ms  p90 {sorted[(int)(0.9 * (sorted.Count - 1))],7:F2} ms"));
        }
    }
}
