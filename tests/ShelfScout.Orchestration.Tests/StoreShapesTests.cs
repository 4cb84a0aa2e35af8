using System.Globalization;
using Microsoft.Data.Sqlite;
using ShelfScout.DemoRetailer;
using ShelfScout.Domain.Catalog;
using ShelfScout.Storage.Records;

namespace ShelfScout.Orchestration.Tests;

/// <summary>
/// Real-store shapes of the demo retailer (issue 6), each crawled end to end over loopback HTTP and checked against
/// the demo's own truth. A failure message lists the frontier rows of the pages concerned, so a wrong decision of
/// the crawler can be read off the test output.
/// </summary>
public sealed class StoreShapesTests
{
    [Fact]
    public async Task Run_SubcategoriesLinkedOnlyFromTheirParentsPage_FindsEveryCategoryUnderItsParentAndEveryProduct()
    {
        await using var harness = await PipelineHarness.StartAsync(new DemoStoreOptions { Seed = 7, ProductCount = 40, MenuDepth = 1 });

        var summary = await RunAsync(harness);

        await AssertProductsPlacedAsync(harness);
        await AssertCategoriesMatchAsync(harness, summary);
        await AssertNoRunErrorsAsync(harness, summary);
    }

    [Fact]
    public async Task Run_ScriptedPagerWithProductCount_FetchesEveryPageThroughThePageQuery()
    {
        await using var harness = await PipelineHarness.StartAsync(new DemoStoreOptions { Seed = 7, ProductCount = 60, ScriptedPager = true });
        var catalog = harness.Demo.Catalog;
        var pagedLeaves = catalog.Categories.Where(c => c.IsLeaf && PageCount(harness, c) > 1).ToList();
        Assert.NotEmpty(pagedLeaves);

        var summary = await RunAsync(harness);

        var unfetched = pagedLeaves
            .SelectMany(c => Enumerable.Range(2, PageCount(harness, c) - 1).Select(n => c.RelativeUrl + "?page=" + n.ToString(CultureInfo.InvariantCulture)))
            .Where(path => !harness.Demo.RequestsByPath.ContainsKey(path))
            .ToList();
        Assert.True(
            unfetched.Count == 0,
            $"listing pages never fetched: {string.Join(", ", unfetched)}" + await FrontierAsync(harness, pagedLeaves.Take(4).Select(c => c.RelativeUrl)));
        await AssertProductsPlacedAsync(harness);
        await AssertNoRunErrorsAsync(harness, summary);
    }

    [Fact]
    public async Task Run_ProductsOnlyInTheProductSitemap_AreStoredAndPlacedByTheirBreadcrumb()
    {
        await using var harness = await PipelineHarness.StartAsync(new DemoStoreOptions { Seed = 7, ProductCount = 40, SitemapOnlyProducts = 8 });
        var catalog = harness.Demo.Catalog;
        Assert.Equal(8, catalog.Products.Count(p => !catalog.IsListed(p)));

        var summary = await RunAsync(harness);

        await AssertProductsPlacedAsync(harness);
        await AssertNoRunErrorsAsync(harness, summary);
    }

    [Fact]
    public async Task Run_EveryProductUnderCollectionAndVariantPaths_StoresOneRecordPerProductAtItsCanonicalUrl()
    {
        await using var harness = await PipelineHarness.StartAsync(new DemoStoreOptions { Seed = 7, ProductCount = 40, ProductPathAliases = true });

        var summary = await RunAsync(harness);

        var exported = await ExportAsync(harness);
        var duplicated = exported.GroupBy(p => p.Sku).Where(g => g.Count() > 1).ToList();
        Assert.True(
            duplicated.Count == 0,
            $"{exported.Count} records for {harness.Demo.Catalog.ExpectedProducts} products; duplicated: "
                + string.Join(" | ", duplicated.Take(5).Select(g => string.Join(", ", g.Select(p => p.Url))))
                + await FrontierAsync(harness, duplicated.Take(2).SelectMany(g => g.Select(p => new Uri(p.Url).PathAndQuery))));
        await AssertProductsPlacedAsync(harness);
        await AssertNoRunErrorsAsync(harness, summary);
    }

    [Fact]
    public async Task Run_LoginGatesCustomersOnlyAndLandingPages_AreNeverStoredAsProducts()
    {
        var options = new DemoStoreOptions { Seed = 7, ProductCount = 40, LoginForPriceProducts = 4, CustomersOnlyPage = true, LandingPage = true };
        await using var harness = await PipelineHarness.StartAsync(options);
        var catalog = harness.Demo.Catalog;
        var notProducts = catalog.NonProductPaths();
        Assert.Equal(6, notProducts.Count);

        var summary = await RunAsync(harness);

        var truth = catalog.Products.Select(p => Absolute(harness, p.RelativeUrl)).ToHashSet(StringComparer.Ordinal);
        var exported = await ExportAsync(harness);
        var falseProducts = exported.Where(p => !truth.Contains(p.Url)).ToList();
        Assert.True(
            falseProducts.Count == 0,
            "stored as products: " + string.Join(" | ", falseProducts.Select(p => p.Url + " \"" + p.Name + "\""))
                + await FrontierAsync(harness, falseProducts.Select(p => new Uri(p.Url).PathAndQuery)));
        var gatePathsOnly = notProducts.Select(p => p.Split('?')[0]).ToHashSet(StringComparer.Ordinal);
        Assert.DoesNotContain(exported, p => gatePathsOnly.Contains(new Uri(p.Url).AbsolutePath));
        await AssertProductsStoredAsync(harness);
        await AssertNoRunErrorsAsync(harness, summary);
    }

    [Fact]
    public async Task Run_LandingPageFeaturingAFewProducts_IsNeitherACategoryNorACategoryOfItsProducts()
    {
        await using var harness = await PipelineHarness.StartAsync(new DemoStoreOptions { Seed = 7, ProductCount = 40, LandingPage = true });
        var catalog = harness.Demo.Catalog;

        var summary = await RunAsync(harness);

        var stored = await harness.Store.GetCategoriesAsync(summary.Retailer.Id, CancellationToken.None);
        var bogus = stored.Select(c => c.Path).Except(catalog.Categories.Select(c => c.Path), StringComparer.Ordinal).ToList();
        Assert.True(bogus.Count == 0, "categories the store does not have: " + string.Join(" | ", bogus) + await FrontierAsync(harness, [DemoCatalog.LandingPath]));
        await AssertProductsPlacedAsync(harness);
        await AssertNoRunErrorsAsync(harness, summary);
    }

    [Fact]
    public async Task Run_QuoteOnlyAndLoginForPriceProducts_AreStoredAsProductsWithNoPrice()
    {
        var options = new DemoStoreOptions { Seed = 7, ProductCount = 40, QuoteOnlyProducts = 5, LoginForPriceProducts = 5 };
        await using var harness = await PipelineHarness.StartAsync(options);
        var catalog = harness.Demo.Catalog;
        var priceless = catalog.Products.Where(p => catalog.PriceDisplayOf(p) != PriceDisplay.Shown).ToList();
        Assert.Equal(10, priceless.Count);

        var summary = await RunAsync(harness);

        var exported = (await ExportAsync(harness)).ToDictionary(p => p.Url, StringComparer.Ordinal);
        var missing = priceless.Where(p => !exported.ContainsKey(Absolute(harness, p.RelativeUrl))).ToList();
        Assert.True(
            missing.Count == 0,
            $"{missing.Count} of {priceless.Count} products without a shown price not stored: {string.Join(", ", missing.Select(p => p.RelativeUrl))}"
                + await FrontierAsync(harness, missing.Take(4).Select(p => p.RelativeUrl)));
        foreach (var product in priceless)
        {
            var found = exported[Absolute(harness, product.RelativeUrl)];
            Assert.Equal(product.Name, found.Name);
            Assert.Equal(product.Sku, found.Sku);
            Assert.Null(found.Price);
        }

        await AssertProductsPlacedAsync(harness);
        await AssertNoRunErrorsAsync(harness, summary);
    }

    [Theory]
    [InlineData(DemoTheme.JsonLd)]
    [InlineData(DemoTheme.Plain)]
    public async Task Run_BackOrderProducts_AreStoredAsProductsOnBackOrder(DemoTheme theme)
    {
        // A product is a product whether or not it ships today: its page says "back-order" beside an order button that
        // takes the cart button's place, and without markup (Plain) the page's own words are all there is to read.
        var options = new DemoStoreOptions { Seed = 7, ProductCount = 40, Theme = theme, BackOrderProducts = 6 };
        await using var harness = await PipelineHarness.StartAsync(options);
        var catalog = harness.Demo.Catalog;
        var backOrdered = catalog.Products.Where(p => catalog.OfferFor(p, 0).Availability == Availability.BackOrder).ToList();
        Assert.Equal(6, backOrdered.Count);

        var summary = await RunAsync(harness);

        var exported = (await ExportAsync(harness)).ToDictionary(p => p.Url, StringComparer.Ordinal);
        var wrong = backOrdered
            .Select(p => (p.RelativeUrl, Found: exported.GetValueOrDefault(Absolute(harness, p.RelativeUrl))))
            .Where(p => p.Found?.Availability != AvailabilityNames.ToSchemaName(Availability.BackOrder))
            .ToList();
        Assert.True(
            wrong.Count == 0,
            $"{wrong.Count} of 6 back-order products not stored as such: {string.Join(", ", wrong.Select(w => $"{w.RelativeUrl} ({w.Found?.Availability ?? "not stored"})"))}"
                + await FrontierAsync(harness, wrong.Take(4).Select(w => w.RelativeUrl)));
        await AssertProductsPlacedAsync(harness);
        await AssertNoRunErrorsAsync(harness, summary);
    }

    [Fact]
    public async Task Run_AllShapesTogether_FindsExactlyTheTruthsCategoriesAndProductsAndNothingElse()
    {
        var options = new DemoStoreOptions
        {
            Seed = 11,
            ProductCount = 60,
            MenuDepth = 1,
            ScriptedPager = true,
            SitemapOnlyProducts = 6,
            ProductPathAliases = true,
            QuoteOnlyProducts = 3,
            LoginForPriceProducts = 3,
            CustomersOnlyPage = true,
            LandingPage = true,
        };
        await using var harness = await PipelineHarness.StartAsync(options);

        var summary = await RunAsync(harness);

        await AssertProductsPlacedAsync(harness);
        await AssertCategoriesMatchAsync(harness, summary);
        await AssertNoRunErrorsAsync(harness, summary);
    }

    /// <summary>Exactly the truth's categories, each under its parent, with the right leaf flag.</summary>
    private static async Task AssertCategoriesMatchAsync(PipelineHarness harness, RunSummary summary)
    {
        var catalog = harness.Demo.Catalog;
        var stored = await harness.Store.GetCategoriesAsync(summary.Retailer.Id, CancellationToken.None);
        var byId = stored.ToDictionary(c => c.Id);
        var found = stored.Select(c => (c.Path, Parent: c.ParentId is { } p ? byId[p].Path : null, c.IsLeaf)).Order().ToList();
        var expected = catalog.Categories
            .Select(c => (c.Path, Parent: c.ParentId is { } p ? catalog.CategoryById(p).Path : null, c.IsLeaf))
            .Order()
            .ToList();
        var missing = catalog.Categories.Where(c => !found.Contains((c.Path, c.ParentId is { } p ? catalog.CategoryById(p).Path : null, c.IsLeaf))).ToList();
        var bogus = stored.Where(c => !expected.Contains((c.Path, c.ParentId is { } p ? byId[p].Path : null, c.IsLeaf))).ToList();
        Assert.True(
            missing.Count == 0 && bogus.Count == 0,
            $"{missing.Count} of {expected.Count} categories missing or misplaced: {string.Join(" | ", missing.Select(c => c.Path))}; "
                + $"stored but not in the store: {string.Join(" | ", bogus.Select(c => c.Path + " <" + c.Url + ">"))}"
                + await FrontierAsync(harness, missing.Take(6).Select(c => c.RelativeUrl).Concat(bogus.Take(3).Select(c => new Uri(c.Url).PathAndQuery))));
        Assert.Equal(expected, found);
    }

    private static async Task AssertNoRunErrorsAsync(PipelineHarness harness, RunSummary summary)
    {
        if (summary.Errors.Count > 0)
        {
            Assert.Fail(string.Join(Environment.NewLine, summary.Errors.Take(10))
                + await FrontierAsync(harness, summary.Errors.Take(3).Select(e => e.Url is null ? "?" : new Uri(e.Url).PathAndQuery)));
        }
    }

    private static Task<RunSummary> RunAsync(PipelineHarness harness) => harness.RunAsync(r => r with { Prices = false, Reviews = false });

    private static int PageCount(PipelineHarness harness, DemoCategory category) => harness.Demo.Catalog.ListingPageCount(category);

    /// <summary>
    /// Exactly the truth's products, once each, at their canonical URL, with the shown price (none when hidden), and
    /// linked to the categories the truth places them in.
    /// </summary>
    private static Task AssertProductsPlacedAsync(PipelineHarness harness) => AssertProductsAsync(harness, placement: true);

    /// <summary>Exactly the truth's products, once each, at their canonical URL, with the shown price (none when hidden).</summary>
    private static Task AssertProductsStoredAsync(PipelineHarness harness) => AssertProductsAsync(harness, placement: false);

    private static async Task AssertProductsAsync(PipelineHarness harness, bool placement)
    {
        var catalog = harness.Demo.Catalog;
        var exported = await ExportAsync(harness);
        var byUrl = exported.GroupBy(p => p.Url, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var missing = catalog.Products.Where(p => !byUrl.ContainsKey(Absolute(harness, p.RelativeUrl))).ToList();
        Assert.True(
            missing.Count == 0,
            $"{missing.Count} of {catalog.ExpectedProducts} products not stored: {string.Join(", ", missing.Take(10).Select(p => p.RelativeUrl))}"
                + await FrontierAsync(harness, missing.Take(4).Select(p => p.RelativeUrl)));
        Assert.Equal(catalog.ExpectedProducts, exported.Count);
        foreach (var truth in catalog.Products)
        {
            var found = Assert.Single(byUrl[Absolute(harness, truth.RelativeUrl)]);
            Assert.Equal(truth.Name, found.Name);
            Assert.Equal(truth.Sku, found.Sku);
            Assert.Equal(catalog.PriceDisplayOf(truth) == PriceDisplay.Shown ? catalog.OfferFor(truth, 0).Price : null, found.Price);
            if (!placement)
            {
                continue;
            }

            var expected = catalog.PlacedIn(truth).Select(c => c.Path).Order(StringComparer.Ordinal).ToList();
            var placed = found.Categories.Order(StringComparer.Ordinal).ToList();
            Assert.True(
                expected.SequenceEqual(placed),
                $"{truth.RelativeUrl} (listed: {catalog.IsListed(truth)}) expected in [{string.Join(" | ", expected)}] but in [{string.Join(" | ", placed)}]"
                    + await FrontierAsync(harness, [truth.RelativeUrl]));
        }
    }

    private static async Task<List<ProductExport>> ExportAsync(PipelineHarness harness)
    {
        var exported = new List<ProductExport>();
        await foreach (var product in harness.Store.ExportProductsAsync(null, CancellationToken.None))
        {
            exported.Add(product);
        }

        return exported;
    }

    private static string Absolute(PipelineHarness harness, string relativeUrl) => new Uri(harness.Demo.BaseUrl, relativeUrl).AbsoluteUri;

    /// <summary>The frontier rows whose URL contains one of the paths, as text for a failure message.</summary>
    private static async Task<string> FrontierAsync(PipelineHarness harness, IEnumerable<string> paths)
    {
        var lines = new List<string>();
        await using var connection = new SqliteConnection($"Data Source={harness.DatabasePath};Mode=ReadOnly");
        await connection.OpenAsync();
        foreach (var path in paths.Distinct(StringComparer.Ordinal))
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT url, reason, context_key, state, page_kind, note FROM frontier WHERE instr(url, $path) > 0 ORDER BY id LIMIT 8;";
            command.Parameters.AddWithValue("$path", path);
            await using var reader = await command.ExecuteReaderAsync();
            var any = false;
            while (await reader.ReadAsync())
            {
                any = true;
                lines.Add(string.Join(" | ", Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? "-" : reader.GetValue(i).ToString())));
            }

            if (!any)
            {
                lines.Add(path + " | not in the frontier");
            }
        }

        return lines.Count == 0 ? string.Empty : Environment.NewLine + "frontier (url | reason | context | state | kind | note):" + Environment.NewLine + string.Join(Environment.NewLine, lines);
    }
}
