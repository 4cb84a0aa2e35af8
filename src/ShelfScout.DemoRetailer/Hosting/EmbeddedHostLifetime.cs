using Microsoft.Extensions.Hosting;

namespace ShelfScout.DemoRetailer.Hosting;

/// <summary>
/// Replaces the console lifetime: the store is embedded in tests and the CLI, so it must not take over
/// Ctrl+C or SIGTERM from its host process.
/// </summary>
internal sealed class EmbeddedHostLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
