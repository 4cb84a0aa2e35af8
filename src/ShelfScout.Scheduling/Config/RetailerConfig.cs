using ShelfScout.Domain.Alerts;
using ShelfScout.Fetching;
using ShelfScout.Orchestration;
using ShelfScout.Scheduling.Schedules;

namespace ShelfScout.Scheduling.Config;

/// <summary>One retailer of a watch config, already mapped to what a run takes: the request, the fetch options, its schedule and its notification targets.</summary>
public sealed record RetailerConfig(
    string Name,
    RunRequest Request,
    FetchOptions Fetch,
    ISchedule? Schedule,
    IReadOnlyList<NotificationTarget> Notify);
