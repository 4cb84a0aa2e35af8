using ShelfScout.Scheduling.Config;

namespace ShelfScout.Scheduling.Tests;

internal static class Configs
{
    public static WatchConfig Parse(string json, int maxConcurrentRetailers = 2) =>
        WatchConfigLoader.Parse(json, "/tmp/watch-test/shelfscout.json", requireSchedules: true) with { MaxConcurrentRetailers = maxConcurrentRetailers };

    /// <summary>A config with one retailer per (name, every) pair, on loopback URLs that no test connects to.</summary>
    public static WatchConfig Every(params (string Name, string Every)[] retailers) =>
        Parse("{\"retailers\": [" + string.Join(",", retailers.Select(r => "{\"name\": \"" + r.Name + "\", \"url\": \"http://127.0.0.1:9/\", \"schedule\": {\"every\": \"" + r.Every + "\"}}")) + "]}");
}
