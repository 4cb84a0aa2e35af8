namespace ShelfScout.DemoRetailer;

/// <summary>What to generate and where to listen.</summary>
public sealed record DemoStoreOptions
{
    public int Seed { get; init; } = 42;

    public int ProductCount { get; init; } = 60;

    public DemoTheme Theme { get; init; } = DemoTheme.JsonLd;

    /// <summary>TCP port on 127.0.0.1; 0 picks a free one (read <see cref="DemoStore.BaseUrl"/> after start).</summary>
    public int Port { get; init; }

    /// <summary>Initial simulated day; prices and stock are a function of (seed, product, day).</summary>
    public int Day { get; init; }

    /// <summary>Extra path prefixes written as <c>Disallow:</c> lines in robots.txt.</summary>
    public IReadOnlyList<string> ExtraRobotsDisallow { get; init; } = [];
}
