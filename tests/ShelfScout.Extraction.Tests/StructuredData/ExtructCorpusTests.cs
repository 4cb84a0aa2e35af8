using System.Text.Json;
using AngleSharp.Html.Parser;
using ShelfScout.Extraction.StructuredData;
using ShelfScout.Extraction.Tests.Pricing;

namespace ShelfScout.Extraction.Tests.StructuredData;

/// <summary>Our readers against what extruct extracted from the same pages: every item extruct found must be found by us.</summary>
public sealed class ExtructCorpusTests
{
    public static TheoryData<string> Pairs()
    {
        var data = new TheoryData<string>();
        foreach (var c in ExtructCase.Compared)
        {
            data.Add(c.Expected);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Pairs))]
    public void Read_ExtructSample_FindsEverythingExtructFound(string expectedFile)
    {
        var c = ExtructCase.Compared.First(x => x.Expected == expectedFile);
        var html = File.ReadAllText(SharedCorpus.PathOf("structured-data", "samples", c.Html));
        var document = new HtmlParser().ParseDocument(html);
        using var expectedJson = JsonDocument.Parse(File.ReadAllText(SharedCorpus.PathOf("structured-data", "samples", c.Expected)));

        var set = StructuredDataReader.Read(document, c.BaseUrl);

        var compared = 0;
        foreach (var key in c.Keys)
        {
            // extract()'s output is keyed by syntax; a single-syntax expectation is the list, one JSON-LD object,
            // or (older extruct) {"items": [...]}.
            var root = expectedJson.RootElement;
            var expectedElement = root.ValueKind != JsonValueKind.Object ? root
                : root.TryGetProperty(key, out var keyed) ? keyed
                : root.TryGetProperty("items", out var items) && root.EnumerateObject().Count() == 1 ? items
                : root;
            var (syntax, expected) = key switch
            {
                "microdata" => (StructuredSyntax.Microdata, ExtructExpectation.Microdata(expectedElement)),
                "json-ld" => (StructuredSyntax.JsonLd, ExtructExpectation.JsonLd(expectedElement)),
                "rdfa" => (StructuredSyntax.Rdfa, ExtructExpectation.Rdfa(expectedElement)),
                "opengraph" => (StructuredSyntax.OpenGraph, ExtructExpectation.OpenGraph(expectedElement)),
                _ => throw new InvalidOperationException("Unknown extruct key " + key),
            };
            var actual = set.Descendants().Where(i => i.Syntax == syntax).Select(i => ComparableItem.From(i)).ToList();

            if (expected.Count == 0)
            {
                Assert.True(actual.All(a => a.Types.Count == 0), $"{key}: extruct found nothing, we found {actual.Count} typed items");
            }

            foreach (var item in expected)
            {
                compared++;
                var differences = new List<string>();
                var covered = actual.Any(a =>
                {
                    var ok = a.Covers(item, c.BaseUrl, out var difference);
                    if (!ok && a.Types.SetEquals(item.Types))
                    {
                        differences.Add(difference);
                    }

                    return ok;
                });
                Assert.True(
                    covered,
                    $"{key}: no item of ours covers {{{string.Join(",", item.Types)}}} with {string.Join(",", item.Properties.Keys)}; " +
                    $"closest differences: {string.Join(" // ", differences.Take(3))}; ours: {actual.Count} items");
            }
        }

        Assert.True(compared > 0 || c.Keys.All(k => k is "microdata" or "rdfa"), "nothing compared for " + c.Expected);
    }
}
