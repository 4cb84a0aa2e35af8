namespace ShelfScout.Storage.Dashboard;

/// <summary>A retailer at a glance: how much is stored, its latest run and how many alerts it raised recently.</summary>
public sealed record RetailerOverview(
    long Id,
    string Name,
    string BaseUrl,
    int Products,
    int Categories,
    int RecentAlerts,
    RunRecord? LastRun);
