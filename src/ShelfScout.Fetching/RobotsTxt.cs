using System.Globalization;
using ShelfScout.Fetching.Robots;

namespace ShelfScout.Fetching;

/// <summary>A parsed robots.txt (RFC 9309 plus the common Sitemap and Crawl-delay extensions).</summary>
public sealed class RobotsTxt
{
    private const string OurProductToken = "shelfscout";

    private readonly List<RobotsGroup> _groups;

    private RobotsTxt(List<RobotsGroup> groups, IReadOnlyList<Uri> sitemaps)
    {
        _groups = groups;
        Sitemaps = sitemaps;
    }

    /// <summary>A robots.txt that allows everything (used when a site has none).</summary>
    public static RobotsTxt AllowAll { get; } = new([], []);

    /// <summary>Absolute URLs of the Sitemap lines, in file order.</summary>
    public IReadOnlyList<Uri> Sitemaps { get; }

    /// <summary>Parses robots.txt text; relative Sitemap lines are dropped because there is no base URL.</summary>
    public static RobotsTxt Parse(string content) => Parse(content, baseUrl: null);

    /// <summary>Parses robots.txt text, resolving relative Sitemap lines against <paramref name="baseUrl"/>.</summary>
    public static RobotsTxt Parse(string content, Uri? baseUrl)
    {
        ArgumentNullException.ThrowIfNull(content);
        var groups = new List<RobotsGroup>();
        var sitemaps = new List<Uri>();
        RobotsGroup? current = null;
        var lastWasUserAgent = false;

        foreach (var rawLine in content.Split('\n'))
        {
            var line = StripComment(rawLine).Trim().TrimStart('\uFEFF');
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                continue;
            }

            var key = line[..colon].Trim().ToLowerInvariant();
            var value = line[(colon + 1)..].Trim();
            switch (key)
            {
                case "user-agent":
                    if (current is null || !lastWasUserAgent)
                    {
                        current = new RobotsGroup();
                        groups.Add(current);
                    }

                    current.UserAgents.Add(ProductToken(value));
                    lastWasUserAgent = true;
                    continue;
                case "allow" or "disallow" when current is not null && value.Length > 0:
                    current.Rules.Add(new RobotsRule(key == "allow", value));
                    break;
                case "crawl-delay" when current is not null:
                    if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds)
                        && seconds >= 0 && seconds < TimeSpan.MaxValue.TotalSeconds)
                    {
                        current.CrawlDelay = TimeSpan.FromSeconds(seconds);
                    }

                    break;
                case "sitemap":
                    if (ResolveSitemap(value, baseUrl) is { } sitemap)
                    {
                        sitemaps.Add(sitemap);
                    }

                    // Sitemap lines are not part of any group, so they do not end one.
                    continue;
            }

            lastWasUserAgent = false;
        }

        return new RobotsTxt(groups, sitemaps);
    }

    /// <summary>
    /// Whether <paramref name="userAgent"/> may fetch <paramref name="pathAndQuery"/>: the longest matching
    /// Allow/Disallow pattern wins, Allow wins a tie, no match means allowed.
    /// </summary>
    public bool IsAllowed(string pathAndQuery, string userAgent)
    {
        ArgumentNullException.ThrowIfNull(pathAndQuery);
        var path = pathAndQuery.Length == 0 ? "/" : RobotsRule.NormalizeEscapes(pathAndQuery);
        if (path.Equals("/robots.txt", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        RobotsRule? best = null;
        foreach (var group in GroupsFor(userAgent))
        {
            foreach (var rule in group.Rules)
            {
                if (rule.Matches(path)
                    && (best is null || rule.Length > best.Length || (rule.Length == best.Length && rule.Allow && !best.Allow)))
                {
                    best = rule;
                }
            }
        }

        return best?.Allow ?? true;
    }

    /// <summary>The Crawl-delay that applies to <paramref name="userAgent"/>, if the file sets one.</summary>
    public TimeSpan? CrawlDelay(string userAgent) =>
        GroupsFor(userAgent).Select(g => g.CrawlDelay).Where(d => d.HasValue).Max();

    private List<RobotsGroup> GroupsFor(string userAgent)
    {
        // RFC 9309 §2.2.1: the groups naming our product token, merged; else the "*" groups, merged; else none.
        var token = ProductToken(userAgent ?? string.Empty);
        if (token.Length == 0)
        {
            token = OurProductToken;
        }

        var named = _groups.Where(g => g.UserAgents.Contains(token, StringComparer.OrdinalIgnoreCase)).ToList();
        return named.Count > 0 ? named : _groups.Where(g => g.UserAgents.Contains("*", StringComparer.Ordinal)).ToList();
    }

    /// <summary>"ShelfScout/1.0 (+https://...)" and "ShelfScout" both become "shelfscout".</summary>
    private static string ProductToken(string userAgent)
    {
        var end = userAgent.AsSpan().IndexOfAny('/', ' ', '(');
        var token = end < 0 ? userAgent : userAgent[..end];
        return token.Trim().ToLowerInvariant();
    }

    private static string StripComment(string line)
    {
        var hash = line.IndexOf('#', StringComparison.Ordinal);
        return hash < 0 ? line : line[..hash];
    }

    private static Uri? ResolveSitemap(string value, Uri? baseUrl)
    {
        if (Uri.TryCreate(value, UriKind.Absolute, out var absolute)
            && (absolute.Scheme == Uri.UriSchemeHttp || absolute.Scheme == Uri.UriSchemeHttps))
        {
            return absolute;
        }

        return baseUrl is not null && value.Length > 0 && Uri.TryCreate(baseUrl, value, out var resolved) ? resolved : null;
    }
}
