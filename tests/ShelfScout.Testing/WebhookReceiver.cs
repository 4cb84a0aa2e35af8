using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ShelfScout.Testing;

/// <summary>
/// A real webhook receiver on 127.0.0.1 (Kestrel, port 0) that records every POST (body and headers) and can answer
/// the first N requests with a failure status, or every request with one.
/// </summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<Request> _requests = new();
    private int _failuresLeft;

    private WebhookReceiver(WebApplication app) => _app = app;

    /// <summary>One recorded POST; <see cref="Answered"/> is the status the receiver gave it.</summary>
    public sealed record Request(byte[] Body, IReadOnlyDictionary<string, string> Headers, int Answered);

    public Uri Url { get; private set; } = null!;

    /// <summary>Status given to the first <see cref="FailFirst"/> requests.</summary>
    public int FailureStatus { get; set; } = StatusCodes.Status503ServiceUnavailable;

    /// <summary>When set, every request is answered with this status.</summary>
    public int? AlwaysStatus { get; set; }

    public IReadOnlyList<Request> Requests => [.. _requests];

    /// <summary>Requests answered 2xx.</summary>
    public IReadOnlyList<Request> Accepted => [.. _requests.Where(r => r.Answered is >= 200 and < 300)];

    public int FailFirst
    {
        get => Volatile.Read(ref _failuresLeft);
        set => Volatile.Write(ref _failuresLeft, value);
    }

    public static async Task<WebhookReceiver> StartAsync(CancellationToken cancellationToken = default)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [] });
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var receiver = new WebhookReceiver(app);
        app.MapPost("/{**path}", receiver.HandleAsync);
        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        receiver.Url = new Uri(address.TrimEnd('/') + "/hook");
        return receiver;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync(CancellationToken.None).ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }

    private async Task HandleAsync(HttpContext context)
    {
        using var buffer = new MemoryStream();
        await context.Request.Body.CopyToAsync(buffer, context.RequestAborted).ConfigureAwait(false);
        var headers = context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        var status = AlwaysStatus
            ?? (Interlocked.Decrement(ref _failuresLeft) >= 0 ? FailureStatus : StatusCodes.Status204NoContent);
        _requests.Enqueue(new Request(buffer.ToArray(), headers, status));
        context.Response.StatusCode = status;
    }
}
