using System.Text.RegularExpressions;
using ShelfScout.Extraction.Tests.Pricing;

namespace ShelfScout.Extraction.Tests.StructuredData;

/// <summary>
/// One page/expectation pair of <c>structured-data/INDEX.tsv</c> (extruct's test suite).
/// Left out, because they test extruct's output shapes rather than what a page says:
/// "uniform" and "flat" variants (nested=False, uniform=True), return_html_node and add_text_content variants,
/// and microformat/Dublin Core pages (syntaxes ShelfScout does not read). Pairs whose expectation is inline in
/// extruct's test code have no file to compare with. Also left out, as extruct quirks or test-code details the
/// INDEX does not record (see <see cref="Quirks"/>).
/// </summary>
internal sealed record ExtructCase(string Html, string Expected, string Syntax, string Options, Uri BaseUrl)
{
    private static readonly Regex BaseUrlOption = new(@"base_url=([^\s;]+)");

    /// <summary>Expectation file, and the extruct keys it is not compared on ("*" for all), with why.</summary>
    private static readonly Dictionary<string, (string Keys, string Why)> Quirks = new(StringComparer.Ordinal)
    {
        ["schema.org/SearchAction.001.json"] = ("*", "extruct expands schema.org's query-input text into a PropertyValueSpecification object"),
        ["w3c/microdata.object.json"] = ("*", "the base URL the test passes (http://www.example.com/microdata/) is only in extruct's test code"),
        ["wikipedia/xhtml+rdfa.expanded.json"] = ("*", "relies on RDFa Core rel/rev chaining, beyond the RDFa Lite we read"),
        ["misc/Portfolio_Niels_Lubberman.json"] = ("*", "extruct's RDFa includes rel=icon/alternate links as xhv: properties (RDFa Core, not Lite)"),
        ["songkick/tovestyrke.json"] = ("rdfa", "extruct's RDFa includes rel=icon/alternate links as xhv: properties (RDFa Core, not Lite)"),
    };

    public static IReadOnlyList<ExtructCase> All { get; } = Load();

    public static IReadOnlyList<ExtructCase> Compared { get; } = All.Where(c => c.IsCompared).ToList();

    public bool IsCompared =>
        !Syntax.Contains("uniform", StringComparison.Ordinal) &&
        !Syntax.StartsWith("microformat", StringComparison.Ordinal) &&
        !Syntax.StartsWith("dublincore", StringComparison.Ordinal) &&
        !Options.Contains("nested=False", StringComparison.Ordinal) &&
        !Options.Contains("return_html_node", StringComparison.Ordinal) &&
        !Options.Contains("add_text_content", StringComparison.Ordinal) &&
        File.Exists(SharedCorpus.PathOf("structured-data", "samples", Expected)) &&
        !(Quirks.TryGetValue(Expected, out var quirk) && quirk.Keys == "*");

    /// <summary>The extruct output keys this pair compares.</summary>
    public IReadOnlyList<string> Keys => AllKeys
        .Where(k => !(Quirks.TryGetValue(Expected, out var quirk) && quirk.Keys == k))
        .ToList();

    private IReadOnlyList<string> AllKeys => Syntax switch
    {
        _ when Syntax.Contains("only ['rdfa']", StringComparison.Ordinal) => ["rdfa"],
        _ when Syntax.StartsWith("all", StringComparison.Ordinal) => ["microdata", "json-ld", "opengraph", "rdfa"],
        _ => [Syntax.Split(' ')[0]],
    };

    public override string ToString() => Expected;

    private static List<ExtructCase> Load()
    {
        var rows = File.ReadAllLines(SharedCorpus.PathOf("structured-data", "INDEX.tsv"))
            .Skip(1).Where(l => l.Length > 0).Select(l => l.Split('\t')).ToList();

        // "see test" rows get the base URL that another row of the same page states.
        return rows.Select(f =>
        {
            var match = BaseUrlOption.Match(f[3]);
            if (!match.Success && f[3].Contains("see test", StringComparison.Ordinal))
            {
                match = rows.Where(r => r[0] == f[0]).Select(r => BaseUrlOption.Match(r[3])).FirstOrDefault(m => m.Success) ?? match;
            }

            var baseUrl = new Uri(match.Success ? match.Groups[1].Value : "http://example.com/");
            return new ExtructCase(f[0], f[1], f[2], f[3], baseUrl);
        }).ToList();
    }
}
