using System.Text.Json;
using Microsoft.Playwright;
using ShelfScout.Domain.Catalog;
using ShelfScout.Domain.Runs;
using ShelfScout.Storage.Alerts;
using ShelfScout.Storage.Dashboard;

namespace ShelfScout.Web.Tests;

/// <summary>The dashboard in a real browser over a two-day demo crawl: what a user clicks, types and reads.</summary>
public sealed class BrowserTests(DashboardFixture fixture) : IClassFixture<DashboardFixture>
{
    [Fact]
    public async Task Alert_LeadsToItsProduct_WhoseChartDrawsTheStoredHistory()
    {
        var (page, errors) = await fixture.OpenAsync();
        await page.GotoAsync("/alerts");
        await page.SelectOptionAsync("select[name=kind]", "price-drop");
        await NavigateAsync(page, "**/alerts?kind=price-drop**", () => page.ClickAsync("form.filters button[type=submit]"));
        var kinds = await page.Locator("table.alerts tbody tr").EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.kind)");
        Assert.NotEmpty(kinds);
        Assert.All(kinds, kind => Assert.Equal("price-drop", kind));

        var newest = (await fixture.Store.GetLatestAlertsAsync(new AlertQuery { Kinds = [PriceAlertKind.PriceDrop], Limit = 1 }, CancellationToken.None)).Single();
        await NavigateAsync(page, $"**/products/{newest.ProductId}", () => page.Locator("table.alerts tbody tr").First.Locator("a.product-link").ClickAsync());
        Assert.Equal(newest.Name, await page.Locator("h1").TextContentAsync());

        await page.WaitForSelectorAsync("#chart[data-ready=drawn]");
        var drawn = await page.EvaluateAsync<JsonElement>("document.getElementById('chart').uplot.data");
        var history = (await fixture.Store.GetProductHistoryAsync(newest.ProductId, CancellationToken.None))!;
        Assert.True(history.Prices.Count >= 2, "a price drop needs two stored prices");
        var xs = drawn[0].EnumerateArray().Select(x => x.GetDouble()).ToList();
        var prices = drawn[1].EnumerateArray().Select(y => y.GetDecimal()).ToList();
        for (var i = 0; i < history.Prices.Count; i++)
        {
            Assert.Equal(history.Prices[i].ObservedAt.ToUnixTimeMilliseconds() / 1000.0, xs[i], 3);
            Assert.Equal(history.Prices[i].Price, prices[i]);
        }

        // Beyond the stored rows there is at most the last price held until the product was last seen.
        Assert.InRange(xs.Count - history.Prices.Count, 0, 1);
        Assert.All(prices.Skip(history.Prices.Count), p => Assert.Equal(history.Prices[^1].Price, p));
        Assert.Equal(history.Stock.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), await page.GetAttributeAsync("#chart", "data-bands"));

        // The Omnibus reference of a drop after one earlier price is that earlier price.
        var omnibus = await page.Locator("#omnibus").TextContentAsync();
        Assert.StartsWith(newest.OldPrice!.Value.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture), omnibus);
        Assert.Equal(history.Prices.Count + history.Stock.Count, await page.Locator("#changes tbody tr").CountAsync());
        Assert.Empty(errors);
    }

    [Fact]
    public async Task AvailabilityFilter_ListsExactlyTheProductsInThatState()
    {
        var (page, errors) = await fixture.OpenAsync();
        var expected = await CountLatestStockAsync(Availability.OutOfStock);
        Assert.True(expected > 0, "the seeded demo has out-of-stock products on day 1");

        await page.GotoAsync("/products");
        await page.SelectOptionAsync("select[name=availability]", "OutOfStock");
        await NavigateAsync(page, "**availability=OutOfStock**", () => page.ClickAsync("form.filters button[type=submit]"));

        var stock = await page.Locator("table.products tbody td.stock").AllTextContentsAsync();
        Assert.Equal(expected, stock.Count);
        Assert.All(stock, text => Assert.StartsWith("Out of stock", text));
        Assert.StartsWith($"{expected} products", await page.Locator("#result-count").TextContentAsync());
        Assert.Empty(errors);
    }

    [Fact]
    public async Task Paging_WalksEveryProductOnce()
    {
        var (page, errors) = await fixture.OpenAsync();
        var total = (await fixture.Store.QueryProductsAsync(new ProductQuery { Limit = 1 }, CancellationToken.None)).Total;
        await page.GotoAsync("/products?size=15");
        var seen = new List<string>();
        while (true)
        {
            seen.AddRange(await page.Locator("table.products tbody tr td:first-child a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))"));
            if (await page.Locator("a[rel=next]").CountAsync() == 0)
            {
                break;
            }

            var next = await page.GetAttributeAsync("a[rel=next]", "href");
            await NavigateAsync(page, "**" + next, () => page.ClickAsync("a[rel=next]"));
        }

        Assert.Equal(total, seen.Count);
        Assert.Equal(total, seen.Distinct(StringComparer.Ordinal).Count());
        Assert.Empty(errors);
    }

    [Fact]
    public async Task Keyboard_SearchesBySku_AndOpensTheRowWithoutAMouse()
    {
        var (page, errors) = await fixture.OpenAsync();
        var product = (await fixture.Store.QueryProductsAsync(new ProductQuery { Sort = ProductSort.PriceDescending, Limit = 1 }, CancellationToken.None)).Items.Single();
        await page.GotoAsync("/products");

        await page.Keyboard.PressAsync("/");
        Assert.Equal("q", await page.EvaluateAsync<string>("document.activeElement.name"));
        await page.Keyboard.TypeAsync(product.Sku!);
        await NavigateAsync(page, "**q=**", () => page.Keyboard.PressAsync("Enter"));
        Assert.Equal(1, await page.Locator("table.products tbody tr").CountAsync());

        await page.Keyboard.PressAsync("j");
        Assert.Equal($"/products/{product.Id}", await page.EvaluateAsync<string>("document.activeElement.getAttribute('href')"));
        await NavigateAsync(page, $"**/products/{product.Id}", () => page.Keyboard.PressAsync("Enter"));
        Assert.Equal(product.Name, await page.Locator("h1").TextContentAsync());
        Assert.Empty(errors);
    }

    [Fact]
    public async Task Keyboard_JAndK_MoveThroughTheRows_AndNFollowsThePager()
    {
        var (page, errors) = await fixture.OpenAsync();
        await page.GotoAsync("/products?size=5");
        var hrefs = await page.Locator("table.products tbody tr td:first-child a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        await page.Keyboard.PressAsync("j");
        await page.Keyboard.PressAsync("j");
        await page.Keyboard.PressAsync("j");
        await page.Keyboard.PressAsync("k");
        Assert.Equal(hrefs[1], await page.EvaluateAsync<string>("document.activeElement.getAttribute('href')"));

        await NavigateAsync(page, "**page=2**", () => page.Keyboard.PressAsync("n"));
        Assert.Equal("/products?page=2&size=5", new Uri(page.Url).PathAndQuery);
        Assert.Empty(errors);
    }

    [Fact]
    public async Task HostileProductName_RendersAsText_AndRunsNoScript()
    {
        var (page, errors) = await fixture.OpenAsync();
        await page.GotoAsync($"/products?q={DashboardFixture.HostileSku}");
        Assert.Equal(DashboardFixture.HostileName, await page.Locator("table.products tbody a").First.TextContentAsync());

        await page.GotoAsync($"/products/{fixture.HostileProductId}");
        Assert.Equal(DashboardFixture.HostileName, await page.Locator("h1").TextContentAsync());
        Assert.Equal(DashboardFixture.HostileName + " · ShelfScout", await page.TitleAsync());
        await page.WaitForSelectorAsync("#chart[data-ready=drawn]");
        Assert.Equal("undefined", await page.EvaluateAsync<string>("typeof window.__pwned"));
        Assert.Equal(0, await page.Locator("main img[src=x], main script").CountAsync());
        // A javascript: image URL is never written as one.
        Assert.Equal(0, await page.Locator("img[src^='javascript']").CountAsync());
        Assert.Empty(errors);
    }

    [Fact]
    public async Task EveryPage_Loads_WithoutScriptErrorsOrPolicyViolations()
    {
        var (page, errors) = await fixture.OpenAsync();
        var runs = await fixture.Store.GetRunsAsync(null, 10, CancellationToken.None);
        string[] paths = ["/", "/categories", "/products", $"/products/{fixture.HostileProductId}", "/alerts", "/runs", $"/runs/{runs[0].Id}"];
        foreach (var path in paths)
        {
            var response = await page.GotoAsync(path);
            Assert.Equal(200, response!.Status);
            Assert.Contains("script-src 'self'", (await response.AllHeadersAsync())["content-security-policy"], StringComparison.Ordinal);
            Assert.Equal(1, await page.Locator("h1").CountAsync());
        }

        Assert.Equal(2, runs.Count);
        Assert.Empty(errors);
    }

    [Fact]
    public async Task CategoryTree_NodeLinksToItsProducts()
    {
        var (page, errors) = await fixture.OpenAsync();
        await page.GotoAsync("/categories");
        var leaf = page.Locator(".tree .leaf a").First;
        var label = await leaf.TextContentAsync();
        var count = await leaf.Locator("xpath=..").Locator(".count").TextContentAsync();
        // Expanded as a user would: each enclosing node's summary clicked, outermost first.
        var enclosing = leaf.Locator("xpath=ancestor::details");
        Assert.False(await leaf.IsVisibleAsync());
        for (var i = 0; i < await enclosing.CountAsync(); i++)
        {
            await enclosing.Nth(i).Locator("xpath=./summary").ClickAsync();
        }

        await NavigateAsync(page, "**/products?retailer=*&category=*", () => leaf.ClickAsync());
        var listed = await page.Locator("table.products tbody tr").CountAsync();
        Assert.False(string.IsNullOrEmpty(label));
        Assert.Equal($"{listed} products", count);
        Assert.Empty(errors);
    }

    /// <summary>Starts waiting for the URL before the action that navigates, so a fast navigation is not missed.</summary>
    private static Task NavigateAsync(IPage page, string url, Func<Task> action) =>
        Task.WhenAll(page.WaitForURLAsync(url, new PageWaitForURLOptions { WaitUntil = WaitUntilState.DOMContentLoaded }), action());

    private async Task<int> CountLatestStockAsync(Availability availability)
    {
        var count = 0;
        foreach (var product in await fixture.Store.GetProductRefsAsync(fixture.RetailerId, CancellationToken.None))
        {
            var history = await fixture.Store.GetProductHistoryAsync(product.Id, CancellationToken.None);
            if (history is { Stock.Count: > 0 } && history.Product.DelistedAt is null && history.Stock[^1].Availability == availability)
            {
                count++;
            }
        }

        return count;
    }
}
