using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ShelfScout.DemoRetailer.Hosting;

namespace ShelfScout.DemoRetailer;

/// <summary>An in-process demo shop served by Kestrel on 127.0.0.1, generated deterministically from its options.</summary>
public sealed class DemoStore : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly RequestLedger _ledger;
    private int _day;

    private DemoStore(WebApplication app, DemoCatalog catalog, RequestLedger ledger, DemoStoreOptions options, Uri baseUrl)
    {
        _app = app;
        _ledger = ledger;
        _day = options.Day;
        Catalog = catalog;
        catalog.Day = options.Day;
        Options = options;
        BaseUrl = baseUrl;
    }

    /// <summary>Root of the store with a trailing slash, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri BaseUrl { get; }

    /// <summary>The generator's truth for this store.</summary>
    public DemoCatalog Catalog { get; }

    public DemoStoreOptions Options { get; }

    /// <summary>The simulated day pages are rendered for; change it to move prices and stock.</summary>
    public int Day
    {
        get => Volatile.Read(ref _day);
        set
        {
            Volatile.Write(ref _day, value);
            Catalog.Day = value;
        }
    }

    /// <summary>Total requests received, including failed and not-found ones.</summary>
    public int RequestCount => _ledger.Total;

    /// <summary>The most requests the store answered at the same moment since it started (for per-host politeness tests).</summary>
    public int MaxConcurrentRequests => _ledger.MaxInFlight;

    /// <summary>Requests for product pages (<c>/products/{slug}</c>, and collection aliases), any status.</summary>
    public int ProductPageRequestCount => _ledger.ProductPages;

    /// <summary>Requests answered 304 Not Modified from If-None-Match / If-Modified-Since.</summary>
    public int NotModifiedCount => _ledger.NotModified;

    /// <summary>Requests received per path+query (e.g. <c>/products/x</c>, <c>/product-category/a/?page=2</c>).</summary>
    public IReadOnlyDictionary<string, int> RequestsByPath => _ledger.ByPath;

    /// <summary>Completes once <paramref name="count"/> more requests whose path+query matches have been served (for tests that act mid-crawl).</summary>
    public Task WhenServedAsync(Func<string, bool> matches, int count, CancellationToken cancellationToken) =>
        _ledger.WhenServedAsync(matches, count, cancellationToken);

    public static async Task<DemoStore> StartAsync(DemoStoreOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var catalog = DemoCatalog.Generate(options);
        var site = new DemoSite(catalog, options.Theme, options.ExtraRobotsDisallow);
        var ledger = new RequestLedger();

        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [] });
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton<IHostLifetime, EmbeddedHostLifetime>();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Listen(IPAddress.Loopback, options.Port);
        });
        var app = builder.Build();
        DemoStore? store = null;
        SiteRoutes.Map(app, site, ledger, () => store?.Day ?? options.Day, options.Faults, options.Seed);
        try
        {
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            await app.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        store = new DemoStore(app, catalog, ledger, options, new Uri(address.TrimEnd('/') + "/"));
        return store;
    }

    /// <summary>From now on every request whose path starts with <paramref name="pathPrefix"/> answers 500.</summary>
    public void FailPathsStartingWith(string pathPrefix)
    {
        ArgumentException.ThrowIfNullOrEmpty(pathPrefix);
        _ledger.FailPathsStartingWith(pathPrefix);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync(CancellationToken.None).ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }
}
