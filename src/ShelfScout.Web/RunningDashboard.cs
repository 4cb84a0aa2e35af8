using Microsoft.AspNetCore.Builder;

namespace ShelfScout.Web;

/// <summary>A started dashboard: where it listens; dispose it to stop.</summary>
public sealed class RunningDashboard : IAsyncDisposable
{
    private readonly WebApplication _app;

    internal RunningDashboard(WebApplication app, Uri baseUrl)
    {
        _app = app;
        BaseUrl = baseUrl;
    }

    /// <summary>The root URL with a trailing slash, e.g. <c>http://127.0.0.1:8080/</c> (the real port when 0 was asked).</summary>
    public Uri BaseUrl { get; }

    /// <summary>Completes when <paramref name="cancellationToken"/> is cancelled (Ctrl+C), then stops the server.</summary>
    public async Task WaitAsync(CancellationToken cancellationToken)
    {
        try
        {
            await Task.Delay(Timeout.Infinite, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Ctrl+C or SIGTERM: the normal way a dashboard stops.
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync(CancellationToken.None).ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }
}
