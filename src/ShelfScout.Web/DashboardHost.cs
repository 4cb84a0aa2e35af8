using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ShelfScout.Storage;
using ShelfScout.Storage.Dashboard;
using ShelfScout.Web.Api;
using ShelfScout.Web.Assets;
using ShelfScout.Web.Hosting;
using ShelfScout.Web.Pages;
using ShelfScout.Web.Security;
using ProductPage = ShelfScout.Web.Pages.ProductPage;

namespace ShelfScout.Web;

/// <summary>
/// The read-only web dashboard on Kestrel: server-built pages and a JSON API over the store's contracts. Minimal APIs
/// with <see cref="RequestDelegate"/> handlers and hand-encoded HTML only, so it compiles into the native CLI.
/// </summary>
public static class DashboardHost
{
    /// <summary>
    /// Starts listening; the caller disposes the returned dashboard to stop it. Throws
    /// <see cref="DashboardConfigurationException"/> for a non-loopback address without a token.
    /// </summary>
    public static async Task<RunningDashboard> StartAsync(IShelfStore store, IDashboardReader reader, DashboardOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(options);
        var token = string.IsNullOrWhiteSpace(options.Token) ? null : options.Token.Trim();
        if (!options.Listen.IsLoopback && token is null)
        {
            throw new DashboardConfigurationException(
                $"serving on {options.Listen}, which is not a loopback address, needs an access token: give --token TOKEN or set SHELFSCOUT_TOKEN");
        }

        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [] });
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Listen(options.Listen.EndPoint);
        });
        var app = builder.Build();
        app.Use(SecurityHeaders.ApplyAsync);
        if (token is not null)
        {
            app.Use(new TokenGate(token).ApplyAsync);
        }

        app.Use(ReadOnlyGate.ApplyAsync);
        Map(app, new DashboardData(store, reader, options.TimeProvider, options.RefreshSeconds));
        try
        {
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            await app.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new RunningDashboard(app, new Uri(address.TrimEnd('/') + "/"));
    }

    private static void Map(IEndpointRouteBuilder app, DashboardData data)
    {
        var assets = new EmbeddedAssets();
        app.MapGet("/", new RetailersPage(data).HandleAsync);
        app.MapGet("/categories", new CategoriesPage(data).HandleAsync);
        app.MapGet("/products", new ProductsPage(data).HandleAsync);
        app.MapGet("/products/{id}", new ProductPage(data).HandleAsync);
        app.MapGet("/alerts", new AlertsPage(data).HandleAsync);
        app.MapGet("/runs", new RunsPage(data).HandleAsync);
        app.MapGet("/runs/{id}", new RunPage(data).HandleAsync);
        app.MapGet("/assets/{**path}", assets.HandleAsync);

        var products = new ProductsApi(data);
        var catalog = new CatalogApi(data);
        app.MapGet("/api/retailers", catalog.RetailersAsync);
        app.MapGet("/api/categories", catalog.CategoriesAsync);
        app.MapGet("/api/products", products.ListAsync);
        app.MapGet("/api/products/{id}", products.OneAsync);
        app.MapGet("/api/products/{id}/history", products.HistoryAsync);
        app.MapGet("/api/alerts", catalog.AlertsAsync);
        app.MapGet("/api/runs", catalog.RunsAsync);
        app.MapGet("/api/runs/{id}", catalog.RunAsync);
    }
}
