using Microsoft.Extensions.Logging;

namespace ShelfScout.Fetching;

/// <summary>Source-generated log messages of the fetching project.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 1001, Level = LogLevel.Information, Message = "Retrying {Url} (attempt {Attempt}) in {Delay} after {Reason}")]
    public static partial void Retrying(ILogger logger, Uri? url, int attempt, TimeSpan delay, string reason);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Debug, Message = "robots.txt disallows {Url}")]
    public static partial void DisallowedByRobots(ILogger logger, Uri url);

    [LoggerMessage(EventId = 1003, Level = LogLevel.Debug, Message = "Loaded {RobotsUrl}: {Outcome} (HTTP {StatusCode})")]
    public static partial void RobotsLoaded(ILogger logger, Uri robotsUrl, FetchOutcome outcome, int statusCode);

    [LoggerMessage(EventId = 1004, Level = LogLevel.Information, Message = "{RobotsUrl} could not be read ({Reason}); treating the site as allowing everything")]
    public static partial void RobotsUnavailable(ILogger logger, Uri robotsUrl, string reason);

    // The reason is FetchResult.Describe() ("HTTP 404", "too many redirects"), which people read; the outcome's enum
    // name would only repeat it in internal words.
    [LoggerMessage(EventId = 1005, Level = LogLevel.Warning, Message = "Fetch of {Url} failed: {Reason}")]
    public static partial void FetchFailed(ILogger logger, Uri url, string reason);

    [LoggerMessage(EventId = 1006, Level = LogLevel.Debug, Message = "Fetched {Url}: HTTP {StatusCode}, {Bytes} bytes")]
    public static partial void Fetched(ILogger logger, Uri url, int statusCode, int bytes);

    [LoggerMessage(EventId = 1007, Level = LogLevel.Debug, Message = "{Url} redirected (HTTP {StatusCode}) to {Target}")]
    public static partial void Redirected(ILogger logger, Uri url, int statusCode, Uri target);

    [LoggerMessage(EventId = 1008, Level = LogLevel.Information, Message = "{Host} asked to slow down (HTTP {StatusCode}): no request to it for {Wait}")]
    public static partial void HostPushedBack(ILogger logger, string host, int statusCode, TimeSpan wait);

    [LoggerMessage(EventId = 1009, Level = LogLevel.Warning, Message = "Could not share {Url} through the host gate; it is loaded here")]
    public static partial void RobotsShareFailed(ILogger logger, Uri url, Exception exception);
}
