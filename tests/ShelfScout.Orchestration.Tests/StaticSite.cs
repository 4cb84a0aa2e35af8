using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ShelfScout.Orchestration.Tests;

/// <summary>A store of a shape the demo retailer does not have, served as fixed pages on 127.0.0.1 (port 0).</summary>
internal sealed class StaticSite : IAsyncDisposable
{
    private readonly WebApplication _app;

    private StaticSite(WebApplication app, Uri baseUrl)
    {
        _app = app;
        BaseUrl = baseUrl;
    }

    public Uri BaseUrl { get; }

    /// <summary>Serves <paramref name="pages"/> by path; a path in <paramref name="redirects"/> answers 302 to its target instead.</summary>
    public static async Task<StaticSite> StartAsync(IReadOnlyDictionary<string, string> pages, IReadOnlyDictionary<string, string>? redirects = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        app.Run(async context =>
        {
            var path = context.Request.Path.Value ?? "/";
            if (redirects is not null && redirects.TryGetValue(path, out var target))
            {
                context.Response.StatusCode = 302;
                context.Response.Headers.Location = target;
                return;
            }

            // A page served by its query too ("/?page=2") when the site has one; otherwise the query is ignored, as most servers do.
            if (pages.TryGetValue(path + context.Request.QueryString.Value, out var html) || pages.TryGetValue(path, out html))
            {
                context.Response.ContentType = path.EndsWith(".txt", StringComparison.Ordinal) ? "text/plain" : "text/html; charset=utf-8";
                await context.Response.WriteAsync(html);
                return;
            }

            context.Response.StatusCode = 404;
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new StaticSite(app, new Uri(address.TrimEnd('/') + "/"));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
