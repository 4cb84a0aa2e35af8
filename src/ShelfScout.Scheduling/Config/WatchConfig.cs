namespace ShelfScout.Scheduling.Config;

/// <summary>A validated <c>shelfscout.json</c>/<c>.yaml</c>: one database, the retailers to watch, and how many may run at once.</summary>
public sealed record WatchConfig(string Path, string Database, int MaxConcurrentRetailers, IReadOnlyList<RetailerConfig> Retailers)
{
    public const int DefaultMaxConcurrentRetailers = 2;

    /// <summary>The retailer called <paramref name="name"/> (case-insensitive), or null.</summary>
    public RetailerConfig? Find(string name) =>
        Retailers.FirstOrDefault(r => string.Equals(r.Name, name, StringComparison.OrdinalIgnoreCase));
}
