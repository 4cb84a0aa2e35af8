using System.Globalization;
using System.Text.Json;
using ShelfScout.DemoRetailer;
using ShelfScout.Domain.Catalog;
using ShelfScout.Testing;

namespace ShelfScout.Cli.Tests;

/// <summary><c>shelfscout extract</c> on saved files and live loopback URLs, run in-process.</summary>
public sealed class ExtractCommandTests
{
    private const string ProductHtml = """
        <html><head><title>Blue Kettle | Shop</title>
        <script type="application/ld+json">{"@context":"https://schema.org","@type":"Product","name":"Blue Kettle","sku":"BK-17",
          "offers":{"@type":"Offer","price":"39.99","priceCurrency":"GBP","availability":"https://schema.org/InStock"}}</script></head>
        <body><main><h1>Blue Kettle</h1><span class="price">£39.99</span><p>SKU: BK-17</p><button>Add to basket</button></main></body></html>
        """;

    [Fact]
    public async Task Extract_SavedFile_PrintsProductWithSources()
    {
        using var directory = new TempDirectory();
        var file = directory.File("kettle.html");
        await File.WriteAllTextAsync(file, ProductHtml);

        var result = await CliRunner.RunAsync("extract", "--url", "https://shop.example/p/kettle", file);

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.StdOut);
        var record = Assert.Single(json.RootElement.EnumerateArray().ToList());
        Assert.Equal(file, record.GetProperty("source").GetString());
        Assert.Equal("https://shop.example/p/kettle", record.GetProperty("url").GetString());
        var product = record.GetProperty("product");
        Assert.Equal("39.99", product.GetProperty("price").GetString());
        Assert.Equal("GBP", product.GetProperty("currency").GetString());
        Assert.Equal("InStock", product.GetProperty("availability").GetString());
        Assert.Equal("BK-17", product.GetProperty("sku").GetString());
        Assert.Equal("jsonld", record.GetProperty("sources").GetProperty("price").GetString());
    }

    [Fact]
    public async Task Extract_MissingFileAmongOthers_ErrorRecordThenOthersStillExtracted()
    {
        using var directory = new TempDirectory();
        var file = directory.File("kettle.html");
        await File.WriteAllTextAsync(file, ProductHtml);
        var missing = directory.File("missing.html");

        var result = await CliRunner.RunAsync("extract", "--format", "jsonl", missing, file);

        Assert.NotEqual(0, result.ExitCode);
        var error = Assert.Single(result.StdErr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("missing.html", error, StringComparison.Ordinal);
        var lines = result.StdOut.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(2, lines.Count);
        Assert.Equal(missing, lines[0].GetProperty("source").GetString());
        Assert.Equal("no such file", lines[0].GetProperty("error").GetString());
        Assert.Equal("39.99", lines[1].GetProperty("product").GetProperty("price").GetString());
    }

    [Fact]
    public async Task Extract_UnreadableInputs_EachGetsAnErrorRecordAndTheBatchGoesOn()
    {
        using var directory = new TempDirectory();
        var file = directory.File("kettle.html");
        await File.WriteAllTextAsync(file, ProductHtml);
        var image = directory.File("photo.png");
        await File.WriteAllBytesAsync(image, [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0]);
        var folder = directory.File("saved-pages");
        Directory.CreateDirectory(folder);
        var large = directory.File("large.html");
        await using (var stream = File.Create(large))
        {
            await stream.WriteAsync(System.Text.Encoding.UTF8.GetBytes("<html><body>"));
            stream.SetLength(11 * 1024 * 1024);
        }

        var result = await CliRunner.RunAsync("extract", "--format", "jsonl", "/dev/zero", folder, image, large, file);

        Assert.NotEqual(0, result.ExitCode);
        var records = result.StdOut.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(5, records.Count);
        Assert.Contains("MiB", records[0].GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Contains("folder", records[1].GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Equal("not an HTML file", records[2].GetProperty("error").GetString());
        Assert.Contains("MiB", records[3].GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.False(records[4].TryGetProperty("error", out _));
        Assert.Equal("39.99", records[4].GetProperty("product").GetProperty("price").GetString());
        Assert.Equal(4, result.StdErr.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public async Task Extract_PageWithDuplicateJsonKeys_ExtractsWithoutReaderFailures()
    {
        using var directory = new TempDirectory();
        var file = directory.File("kettle.html");
        await File.WriteAllTextAsync(file, ProductHtml.Replace("\"sku\":\"BK-17\",", "\"sku\":\"BK-17\",\"sku\":\"BK-17\",", StringComparison.Ordinal));

        var result = await CliRunner.RunAsync("extract", "--format", "jsonl", file);

        Assert.Equal(0, result.ExitCode);
        var record = JsonDocument.Parse(result.StdOut).RootElement;
        Assert.Equal("BK-17", record.GetProperty("product").GetProperty("sku").GetString());
        Assert.Equal(0, record.GetProperty("readerFailures").GetArrayLength());
    }

    [Fact]
    public async Task Extract_PageThatIsNotAProduct_SaysSo()
    {
        using var directory = new TempDirectory();
        var file = directory.File("about.html");
        await File.WriteAllTextAsync(file, "<html><head><title>About us</title></head><body><h1>About us</h1><p>Founded in 1999.</p></body></html>");

        var result = await CliRunner.RunAsync("extract", "--format", "jsonl", file);

        Assert.Equal(0, result.ExitCode);
        var record = JsonDocument.Parse(result.StdOut).RootElement;
        Assert.False(record.GetProperty("isProductPage").GetBoolean());
        Assert.Equal(JsonValueKind.Null, record.GetProperty("product").ValueKind);
    }

    [Fact]
    public async Task Extract_TableFormat_OneRowPerInput()
    {
        using var directory = new TempDirectory();
        var file = directory.File("kettle.html");
        await File.WriteAllTextAsync(file, ProductHtml);

        var result = await CliRunner.RunAsync("extract", "--format", "table", file);

        var lines = result.StdOut.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.StartsWith("source", lines[0], StringComparison.Ordinal);
        Assert.Contains("39.99", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Extract_UrlCountDiffersFromInputs_OneLineError()
    {
        var result = await CliRunner.RunAsync("extract", "--url", "https://a.example/1", "--url", "https://a.example/2", "x.html", "y.html", "z.html");

        Assert.NotEqual(0, result.ExitCode);
        Assert.Single(result.StdErr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Theory]
    [InlineData(DemoTheme.JsonLd)]
    [InlineData(DemoTheme.Microdata)]
    [InlineData(DemoTheme.Plain)]
    public async Task Extract_LiveDemoProductPages_MatchTheCatalogue(DemoTheme theme)
    {
        await using var store = await TestStores.StartAsync(productCount: 16, theme: theme);
        var products = store.Catalog.Products.ToList();
        var urls = products.Select(p => new Uri(store.BaseUrl, p.RelativeUrl).AbsoluteUri).ToArray();

        var result = await CliRunner.RunAsync(["extract", "--format", "jsonl", .. urls]);

        Assert.Equal(0, result.ExitCode);
        var records = result.StdOut.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(products.Count, records.Count);
        for (var i = 0; i < products.Count; i++)
        {
            var offer = store.Catalog.OfferFor(products[i], store.Day);
            var product = records[i].GetProperty("product");
            Assert.Equal(products[i].Name, product.GetProperty("name").GetString());
            Assert.Equal(products[i].Sku, product.GetProperty("sku").GetString());
            Assert.True(
                offer.RegularPrice?.ToString(CultureInfo.InvariantCulture) == product.GetProperty("regularPrice").GetString(),
                $"{urls[i]}: regular price {offer.RegularPrice} expected, got {product.GetProperty("regularPrice")}");
            Assert.Equal(offer.Price, decimal.Parse(product.GetProperty("price").GetString()!, CultureInfo.InvariantCulture));
            var availability = AvailabilityNames.FromSchemaValue(product.GetProperty("availability").GetString());
            Assert.Equal(offer.Availability == Availability.OutOfStock, availability == Availability.OutOfStock);
        }
    }

    [Theory]
    [InlineData(DemoTheme.JsonLd)]
    [InlineData(DemoTheme.Plain)]
    public async Task Extract_LiveDemoHomeAndCategoryPages_AreNotProductPages(DemoTheme theme)
    {
        await using var store = await TestStores.StartAsync(productCount: 16, theme: theme);
        var category = store.Catalog.Categories.First(c => store.Catalog.ProductsIn(c).Count >= 2);
        string[] urls = [store.BaseUrl.AbsoluteUri, new Uri(store.BaseUrl, category.RelativeUrl).AbsoluteUri];

        var result = await CliRunner.RunAsync(["extract", "--format", "jsonl", .. urls]);

        var records = result.StdOut.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(2, records.Count);
        Assert.All(records, r => Assert.False(r.GetProperty("isProductPage").GetBoolean(), r.GetProperty("source").GetString()));
    }

    [Fact]
    public async Task Extract_UnreachableUrl_OneLineErrorAndErrorRecordNonZeroExit()
    {
        // Port 1 on loopback: nothing listens, the connection is refused at once.
        var result = await CliRunner.RunAsync("extract", "--format", "jsonl", "http://127.0.0.1:1/p/kettle");

        Assert.NotEqual(0, result.ExitCode);
        var error = Assert.Single(result.StdErr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("shelfscout: error: http://127.0.0.1:1/p/kettle", error, StringComparison.Ordinal);
        var record = JsonDocument.Parse(result.StdOut).RootElement;
        Assert.Equal("http://127.0.0.1:1/p/kettle", record.GetProperty("source").GetString());
        Assert.False(string.IsNullOrEmpty(record.GetProperty("error").GetString()));
    }
}
