using Microsoft.Extensions.Logging;
using ShelfScout.Domain.Runs;

namespace ShelfScout.Orchestration;

internal static partial class Log
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Run {RunId} started for {Retailer} at {Url}")]
    public static partial void RunStarted(ILogger logger, long runId, string retailer, string url);

    [LoggerMessage(EventId = 2, Level = LogLevel.Information, Message = "Run {RunId} finished: {Status}")]
    public static partial void RunFinished(ILogger logger, long runId, RunStatus status);

    // The reason is logged as text: the failure is recorded in the run, and a stack trace would break the CLI's promise of one clear line.
    [LoggerMessage(EventId = 3, Level = LogLevel.Error, Message = "Agent {Agent} failed ({Reason}); the run continues with partial data")]
    public static partial void AgentFailed(ILogger logger, string agent, string reason);

    [LoggerMessage(EventId = 4, Level = LogLevel.Warning, Message = "Could not renew the run lock of retailer {RetailerId}; it is tried again")]
    public static partial void RunLockRenewalFailed(ILogger logger, long retailerId, Exception exception);

    [LoggerMessage(EventId = 5, Level = LogLevel.Information, Message = "A run of {Retailer} to join crawl {CrawlId} ends: that crawl is complete, replaced or has no work left")]
    public static partial void RunNotJoined(ILogger logger, string retailer, long crawlId);
}
