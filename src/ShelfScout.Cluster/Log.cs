using Microsoft.Extensions.Logging;

namespace ShelfScout.Cluster;

internal static partial class Log
{
    [LoggerMessage(1, LogLevel.Information, "Silo share of {Retailer} started (round {Round}, lead {Lead})")]
    public static partial void ShareStarted(ILogger logger, string retailer, int round, bool lead);

    [LoggerMessage(2, LogLevel.Warning, "Silo share of {Retailer} failed")]
    public static partial void ShareFailed(ILogger logger, string retailer, Exception exception);

    [LoggerMessage(3, LogLevel.Information, "Retailer {Retailer}: round {Round} dispatched to {Silos} silos")]
    public static partial void RoundDispatched(ILogger logger, string retailer, int round, int silos);

    [LoggerMessage(4, LogLevel.Information, "Retailer {Retailer}: run ended {State}")]
    public static partial void RunEnded(ILogger logger, string retailer, string state);

    [LoggerMessage(5, LogLevel.Information, "Retailer {Retailer}: scheduled {Schedule}, next due {Due}")]
    public static partial void Scheduled(ILogger logger, string retailer, string schedule, DateTimeOffset due);

    [LoggerMessage(6, LogLevel.Information, "Retailer {Retailer}: scheduled run fired on {Silo}")]
    public static partial void ScheduleFired(ILogger logger, string retailer, string silo);

    [LoggerMessage(7, LogLevel.Information, "Retailer {Retailer}: due time skipped, the previous run is still going")]
    public static partial void ScheduleSkipped(ILogger logger, string retailer);

    [LoggerMessage(8, LogLevel.Information, "Retailer {Retailer}: {Silos} silos that joined the cluster since round {Round} began join it")]
    public static partial void SilosJoinedLate(ILogger logger, string retailer, int round, int silos);

    [LoggerMessage(9, LogLevel.Information, "Silo share of {Retailer} (round {Round}) declined: crawl {CrawlId} is complete, replaced or has no work left")]
    public static partial void ShareDeclined(ILogger logger, string retailer, int round, long crawlId);

    [LoggerMessage(10, LogLevel.Information, "Retailer {Retailer}: run resumed from its persisted state (round {Round}, {Silos} silos had a share)")]
    public static partial void RunResumed(ILogger logger, string retailer, int round, int silos);

    [LoggerMessage(11, LogLevel.Warning, "Silo share of {Retailer} (round {Round}): could not tell the retailer grain, attempt {Attempt}")]
    public static partial void ReportRetried(ILogger logger, string retailer, int round, int attempt, Exception exception);
}
