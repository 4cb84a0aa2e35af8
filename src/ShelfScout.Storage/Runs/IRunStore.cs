using ShelfScout.Domain.Runs;
using ShelfScout.Storage.Frontier;

namespace ShelfScout.Storage.Runs;

/// <summary>Runs as recorded history: who runs them, their stage results and errors, how they ended.</summary>
public interface IRunStore
{
    /// <summary>Records a new run; <paramref name="owner"/> says which process runs it (see <see cref="LeaseOwner"/>).</summary>
    Task<long> StartRunAsync(long retailerId, DateTimeOffset startedAt, string settingsJson, string? owner, CancellationToken cancellationToken);

    /// <summary>A retailer's runs still marked running: live elsewhere, or left behind by a process that was killed.</summary>
    Task<IReadOnlyList<(long RunId, string? Owner)>> GetUnfinishedRunsAsync(long retailerId, CancellationToken cancellationToken);

    Task RecordRunErrorAsync(long runId, RunError error, CancellationToken cancellationToken);

    Task RecordStageResultAsync(long runId, StageResult result, CancellationToken cancellationToken);

    Task FinishRunAsync(long runId, DateTimeOffset finishedAt, RunStatus status, CancellationToken cancellationToken);

    Task<IReadOnlyList<RunError>> GetRunErrorsAsync(long runId, CancellationToken cancellationToken);
}
