namespace ShelfScout.Fetching.Robots;

/// <summary>A robots.txt group: the user-agent lines that open it and the rules that follow them.</summary>
internal sealed class RobotsGroup
{
    public List<string> UserAgents { get; } = [];

    public List<RobotsRule> Rules { get; } = [];

    public TimeSpan? CrawlDelay { get; set; }
}
