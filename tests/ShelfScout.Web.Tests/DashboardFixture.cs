using Microsoft.Playwright;
using ShelfScout.DemoRetailer;
using ShelfScout.Domain.Catalog;
using ShelfScout.Fetching;
using ShelfScout.Orchestration;
using ShelfScout.Storage.Records;
using ShelfScout.Storage.Sqlite;
using ShelfScout.Testing;
using ShelfScout.Web.Hosting;

namespace ShelfScout.Web.Tests;

/// <summary>
/// One database filled by a real crawl of the demo retailer over two days (day 0, then day 1 with changed prices
/// and stock), one product with a hostile name added to it, the dashboard on a real loopback socket (port 0) and
/// Debian's chromium driven by Playwright. Shared by the browser tests of a class; each test opens its own context.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "xUnit disposes a fixture through IAsyncLifetime.DisposeAsync, which disposes every field.")]
public sealed class DashboardFixture : IAsyncLifetime
{
    /// <summary>Markup that would run script if any page wrote the name as HTML.</summary>
    public const string HostileName = "<img src=x onerror=\"window.__pwned=1\"><script>window.__pwned=2</script> Evil & \"Co\" 'Tonic'";

    public const string HostileSku = "HOSTILE-0001";

    public const string ChromiumPath = "/usr/bin/chromium";

    private readonly TempDirectory _directory = new();
    private DemoStore? _demo;
    private RunningDashboard? _dashboard;
    private IPlaywright? _playwright;

    public SqliteShelfStore Store { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    public Uri BaseUrl => _dashboard!.BaseUrl;

    public long RetailerId { get; private set; }

    public long HostileProductId { get; private set; }

    public async Task InitializeAsync()
    {
        var ct = CancellationToken.None;
        _demo = await DemoStore.StartAsync(new DemoStoreOptions { ProductCount = 40, Seed = 17 }, ct);
        Store = await SqliteShelfStore.OpenAsync(_directory.DatabasePath(), TimeProvider.System, ct);
        using (var fetcher = new HttpPageFetcher(
            new FetchOptions { Concurrency = 8, PerHostConcurrency = 8, PerHostDelay = TimeSpan.Zero, MaxRetries = 1, RetryBaseDelay = TimeSpan.FromMilliseconds(10) },
            TimeProvider.System))
        {
            var orchestrator = new MasterOrchestrator(Store, fetcher, TimeProvider.System);
            var request = new RunRequest { Url = _demo.BaseUrl, RetailerName = "Demo", Limits = new Agents.AgentLimits { Concurrency = 4 } };
            var first = await orchestrator.RunAsync(request, progress: null, ct);
            _demo.Day = 1;
            await orchestrator.RunAsync(request, progress: null, ct);
            RetailerId = first.Retailer.Id;
        }

        var now = DateTimeOffset.UtcNow;
        HostileProductId = await Store.UpsertProductAsync(
            RetailerId,
            new Uri(_demo.BaseUrl, "/products/hostile").ToString(),
            new ProductData { Name = HostileName, Sku = HostileSku, Price = 9.99m, Currency = "EUR", Availability = Availability.InStock, Images = ["javascript:alert(1)"] },
            now,
            ct);
        await Store.RecordPriceAsync(HostileProductId, new PriceObservation(9.99m, null, "EUR", now, "test"), ct);
        await Store.RecordStockAsync(HostileProductId, new StockObservation(Availability.InStock, null, now, "test"), ct);

        _dashboard = await DashboardHost.StartAsync(Store, Store, new DashboardOptions { Listen = new ListenAddress(System.Net.IPAddress.Loopback, 0) }, ct);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
        });
    }

    /// <summary>A fresh page in its own context, failing the test on any script error or CSP violation it reports.</summary>
    public async Task<(IPage Page, List<string> Errors)> OpenAsync()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = BaseUrl.ToString(), ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        // A guard against a hang, not a timing assertion: generous, as CI shares its two cores with other jobs.
        context.SetDefaultTimeout(30_000);
        var page = await context.NewPageAsync();
        var errors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                errors.Add(message.Text);
            }
        };
        page.PageError += (_, error) => errors.Add(error);
        return (page, errors);
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (_dashboard is not null)
        {
            await _dashboard.DisposeAsync();
        }

        if (Store is not null)
        {
            await Store.DisposeAsync();
        }

        if (_demo is not null)
        {
            await _demo.DisposeAsync();
        }

        _directory.Dispose();
    }
}
