namespace ShelfScout.Domain.Runs;

/// <summary>
/// How a run ended (or that it is still running), as the run's record stores it (<see cref="RunStatusNames"/>) and every
/// surface shows it. A run that did not get everything it set out to get is never <see cref="Succeeded"/>.
/// </summary>
public enum RunStatus
{
    /// <summary>Started and not finished: still working, or its process died (a later run of the retailer marks it <see cref="Interrupted"/>).</summary>
    Running,

    /// <summary>Every stage it ran succeeded, with nothing lost and the crawl's coverage complete.</summary>
    Succeeded,

    /// <summary>Every stage succeeded within limits the run was given (<c>--max-products</c> and the like).</summary>
    Limited,

    /// <summary>Some of the work failed or is missing (a stage partly failed, pages lost, coverage below its estimate).</summary>
    PartiallySucceeded,

    /// <summary>Every stage it ran failed.</summary>
    Failed,

    /// <summary>Stopped before its end (Ctrl+C, SIGTERM, its process gone); a later run resumes its crawl.</summary>
    Interrupted,

    /// <summary>Not started because another run of the same retailer holds its run lock.</summary>
    Refused,

    /// <summary>Nothing to do: every stage was skipped.</summary>
    Skipped,

    /// <summary>
    /// A run asked to join one crawl (a cluster's follower share) that was no longer joinable: complete, replaced, or
    /// without work left. It opened no crawl and stored nothing.
    /// </summary>
    NotJoined,
}

/// <summary>The text a run's status is stored and shown as: its name, except <see cref="RunStatus.Running"/>, stored as <c>running</c> since the first schema.</summary>
public static class RunStatusNames
{
    public static string ToText(RunStatus status) => status == RunStatus.Running ? "running" : status.ToString();
}
