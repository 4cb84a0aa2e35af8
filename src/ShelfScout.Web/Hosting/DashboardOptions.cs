namespace ShelfScout.Web.Hosting;

/// <summary>How the dashboard is served.</summary>
public sealed record DashboardOptions
{
    public ListenAddress Listen { get; init; } = new(System.Net.IPAddress.Loopback, 8080);

    /// <summary>The access token; required when <see cref="Listen"/> is not a loopback address, optional (still enforced) on loopback.</summary>
    public string? Token { get; init; }

    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>How often a page showing a run in progress reloads itself.</summary>
    public int RefreshSeconds { get; init; } = 5;
}
