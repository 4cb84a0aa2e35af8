namespace ShelfScout.Fetching.Politeness;

/// <summary>The gate of a fetcher that is alone: nothing to share, so every request passes at once and robots.txt is its own to load.</summary>
public sealed class LocalHostGate : IHostGate
{
    public static LocalHostGate Instance { get; } = new();

    private LocalHostGate()
    {
    }

    public ValueTask<IAsyncDisposable> EnterAsync(string host, TimeSpan minimumGap, CancellationToken cancellationToken) => ValueTask.FromResult<IAsyncDisposable>(Pass.Instance);

    public ValueTask PushedBackAsync(string host, TimeSpan wait, CancellationToken cancellationToken) => ValueTask.CompletedTask;

    public ValueTask<SharedRobots?> GetRobotsAsync(string host, Uri robotsUrl, CancellationToken cancellationToken) => ValueTask.FromResult<SharedRobots?>(null);

    public ValueTask ShareRobotsAsync(string host, Uri robotsUrl, SharedRobots robots, CancellationToken cancellationToken) => ValueTask.CompletedTask;

    private sealed class Pass : IAsyncDisposable
    {
        public static Pass Instance { get; } = new();

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
