namespace ShelfScout.Domain.Runs;

/// <summary>How a stage ended.</summary>
public enum StageStatus
{
    NotRun,
    Skipped,
    Succeeded,
    PartiallySucceeded,
    Failed,
    Cancelled,
}
