using Microsoft.Extensions.Logging;

namespace ShelfScout.Scheduling.Service;

internal static partial class Log
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "watch: {Retailer} scheduled {Schedule}; first run due {Due:u}")]
    public static partial void Scheduled(ILogger logger, string retailer, string schedule, DateTimeOffset due);

    [LoggerMessage(EventId = 2, Level = LogLevel.Information, Message = "watch: {Retailer} run started (due {Due:u})")]
    public static partial void RunStarted(ILogger logger, string retailer, DateTimeOffset due);

    [LoggerMessage(EventId = 3, Level = LogLevel.Information, Message = "watch: {Retailer} run {RunId} finished: {Status} in {Seconds:0.#}s; {Products} products, {Prices} prices, {Alerts} alerts, {Errors} errors, {Pages} pages; next due {Next:u}")]
    public static partial void RunFinished(ILogger logger, string retailer, long runId, string status, double seconds, int products, int prices, int alerts, int errors, int pages, DateTimeOffset next);

    [LoggerMessage(EventId = 8, Level = LogLevel.Warning, Message = "watch: {Retailer} run {RunId} finished: {Status} in {Seconds:0.#}s; {Errors} errors, {Pages} pages; next due {Next:u}")]
    public static partial void RunFinishedFailed(ILogger logger, string retailer, long runId, string status, double seconds, int errors, int pages, DateTimeOffset next);

    [LoggerMessage(EventId = 4, Level = LogLevel.Error, Message = "watch: {Retailer} run failed; next due {Next:u}")]
    public static partial void RunFailed(ILogger logger, string retailer, DateTimeOffset next, Exception exception);

    [LoggerMessage(EventId = 5, Level = LogLevel.Warning, Message = "watch: {Retailer} was still running at {Skipped} due time(s); skipped them, next due {Next:u}")]
    public static partial void Skipped(ILogger logger, string retailer, int skipped, DateTimeOffset next);

    [LoggerMessage(EventId = 6, Level = LogLevel.Information, Message = "watch: {Retailer} run interrupted by shutdown; the next start resumes it")]
    public static partial void Interrupted(ILogger logger, string retailer);

    [LoggerMessage(EventId = 7, Level = LogLevel.Information, Message = "watch: {Retailer} is due but {Limit} retailer(s) are already running; waiting for a slot")]
    public static partial void WaitingForSlot(ILogger logger, string retailer, int limit);
}
