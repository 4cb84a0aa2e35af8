using System.Collections.Concurrent;
using System.IO.Compression;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ShelfScout.Fetching.Tests.Infrastructure;

/// <summary>A real Kestrel server on 127.0.0.1 with misbehaving endpoints, logging every request it receives.</summary>
internal sealed class TestSite : IAsyncDisposable
{
    public const int HugeBodyBytes = 200_000;
    public const int RetryAfterSeconds = 5;

    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, int> _hits = new(StringComparer.Ordinal);

    private TestSite(WebApplication app, InFlightTracker tracker)
    {
        _app = app;
        Tracker = tracker;
    }

    public Uri BaseUrl { get; private set; } = null!;

    /// <summary>Path and query of every request received, in arrival order.</summary>
    public ConcurrentQueue<string> Requests { get; } = new();

    public InFlightTracker Tracker { get; }

    /// <summary>Completed when a request for /slow has arrived.</summary>
    public TaskCompletionSource SlowArrived { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <param name="robotsTxt">Body of /robots.txt; null serves a 404.</param>
    /// <param name="robotsStatus">Status of /robots.txt when it is not 200.</param>
    /// <param name="tracker">Shared tracker, to measure concurrency across several sites.</param>
    /// <param name="robotsRedirect">When set, /robots.txt answers with a redirect there instead.</param>
    /// <param name="wwwRobotsTxt">When set, the robots.txt served to requests whose Host starts with "www." (a second origin of the same site).</param>
    public static async Task<TestSite> StartAsync(string? robotsTxt = null, int robotsStatus = 200, InFlightTracker? tracker = null, string? robotsRedirect = null, string? wwwRobotsTxt = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var site = new TestSite(app, tracker ?? new InFlightTracker());
        site.Map(robotsTxt, robotsStatus, robotsRedirect, wwwRobotsTxt);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        site.BaseUrl = new Uri(address + "/");
        return site;
    }

    public Uri Url(string pathAndQuery) => new(BaseUrl, pathAndQuery);

    public int Hits(string path) => _hits.GetValueOrDefault(path);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private void Map(string? robotsTxt, int robotsStatus, string? robotsRedirect, string? wwwRobotsTxt)
    {
        _app.Use(async (context, next) =>
        {
            var path = context.Request.Path.Value ?? "/";
            Requests.Enqueue(path + context.Request.QueryString.Value);
            _hits.AddOrUpdate(path, 1, static (_, n) => n + 1);
            Tracker.Enter();
            try
            {
                await next(context);
            }
            finally
            {
                Tracker.Exit();
            }
        });

        _app.MapGet("/robots.txt", async (HttpContext context) =>
        {
            // Long enough that concurrent fetchers all ask while the first load is still in flight.
            await Task.Delay(50, context.RequestAborted);
            if (wwwRobotsTxt is not null && context.Request.Host.Host.StartsWith("www.", StringComparison.OrdinalIgnoreCase))
            {
                return Results.Text(wwwRobotsTxt, "text/plain");
            }

            return robotsRedirect is not null ? Results.Redirect(robotsRedirect)
                : robotsTxt is null ? Results.NotFound()
                : robotsStatus != 200 ? Results.StatusCode(robotsStatus)
                : Results.Text(robotsTxt, "text/plain");
        });
        _app.MapGet("/page/{*rest}", (string? rest) => Results.Text($"<html><body>page {rest}</body></html>", "text/html"));
        _app.MapGet("/user-agent", (HttpContext context) => Results.Text(context.Request.Headers.UserAgent.ToString()));
        _app.MapGet("/flaky/{name}", (string name, int fail) =>
            Hits("/flaky/" + name) <= fail ? Results.StatusCode(500) : Results.Text("recovered " + name));
        _app.MapGet("/always500", () => Results.StatusCode(503));
        _app.MapGet("/missing", () => Results.NotFound());
        _app.MapGet("/throttled", (HttpContext context) =>
        {
            if (Hits("/throttled") > 1)
            {
                return Results.Text("finally");
            }

            context.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return Results.StatusCode(429);
        });
        _app.MapGet("/slow", async (HttpContext context) =>
        {
            SlowArrived.TrySetResult();
            try
            {
                await Task.Delay(Timeout.Infinite, context.RequestAborted);
            }
            catch (OperationCanceledException)
            {
                // The client gave up, which is what the test wants.
            }
        });
        _app.MapGet("/busy/{n}", async (int n, HttpContext context) =>
        {
            await Task.Delay(25, context.RequestAborted);
            return Results.Text("busy " + n.ToString(System.Globalization.CultureInfo.InvariantCulture));
        });
        _app.MapGet("/huge", async (HttpContext context) =>
        {
            // Chunked: no Content-Length, so only streaming can notice the size.
            var chunk = new byte[8192];
            Array.Fill(chunk, (byte)'x');
            for (var sent = 0; sent < HugeBodyBytes && !context.RequestAborted.IsCancellationRequested; sent += chunk.Length)
            {
                await context.Response.Body.WriteAsync(chunk, context.RequestAborted);
                await context.Response.Body.FlushAsync(context.RequestAborted);
            }
        });
        _app.MapGet("/huge-declared", async (HttpContext context) =>
        {
            context.Response.ContentLength = HugeBodyBytes;
            await context.Response.Body.WriteAsync(new byte[HugeBodyBytes], context.RequestAborted);
        });
        _app.MapGet("/redirect", () => Results.Redirect("/page/landed"));
        // Hostile redirects: a loop, a long chain, and a jump to any absolute URL the test names.
        _app.MapGet("/loop/a", () => Results.Redirect("/loop/b"));
        _app.MapGet("/loop/b", () => Results.Redirect("/loop/a"));
        _app.MapGet("/chain/{n:int}", (int n) => n <= 0 ? Results.Text("end of chain") : Results.Redirect("/chain/" + (n - 1).ToString(System.Globalization.CultureInfo.InvariantCulture)));
        _app.MapGet("/to", (string target) => Results.Redirect(target));
        // Fails its first `times` requests with `kind` (500, 503, 429 with Retry-After: 1, or a connection reset), then serves.
        _app.MapGet("/faulty/{name}", (string name, string kind, int times, HttpContext context) =>
        {
            if (Hits("/faulty/" + name) > times)
            {
                return Results.Text("served " + name);
            }

            switch (kind)
            {
                case "reset":
                    context.Abort();
                    return Results.Empty;
                case "429":
                    context.Response.Headers.RetryAfter = "1";
                    return Results.StatusCode(429);
                default:
                    return Results.StatusCode(int.Parse(kind, System.Globalization.CultureInfo.InvariantCulture));
            }
        });
        _app.MapGet("/gzip", async (HttpContext context) =>
        {
            using var compressed = new MemoryStream();
            await using (var gzip = new GZipStream(compressed, CompressionLevel.Fastest, leaveOpen: true))
            {
                await gzip.WriteAsync(Encoding.UTF8.GetBytes("<html>compressed body</html>"));
            }

            context.Response.Headers.ContentEncoding = "gzip";
            context.Response.ContentType = "text/html";
            await context.Response.Body.WriteAsync(compressed.ToArray());
        });
    }
}
