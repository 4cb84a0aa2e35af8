using System.Collections.Concurrent;
using ShelfScout.Domain.Runs;
using ShelfScout.Storage;

namespace ShelfScout.Agents.Running;

/// <summary>
/// Where agents report during a run: every failure becomes a <see cref="RunError"/> in the store and in memory,
/// progress goes to the caller's <see cref="IProgress{T}"/>, and monitoring alerts are collected for the summary.
/// Safe for concurrent use.
/// </summary>
public sealed class RunRecorder(IShelfStore store, long runId, TimeProvider timeProvider, IProgress<AgentProgress>? progress)
{
    private readonly ConcurrentQueue<RunError> _errors = new();
    private readonly ConcurrentDictionary<Stage, int> _errorCounts = new();

    public long RunId => runId;

    public IReadOnlyCollection<RunError> Errors => _errors;

    public int ErrorCount(Stage stage) => _errorCounts.GetValueOrDefault(stage);

    /// <summary>Records one failure. Writing it to the store is best effort: a store failure here must not hide the original one.</summary>
    public async Task RecordErrorAsync(Stage stage, string? url, string reason, CancellationToken cancellationToken)
    {
        var error = new RunError(stage, url, reason, timeProvider.GetUtcNow());
        _errors.Enqueue(error);
        _errorCounts.AddOrUpdate(stage, 1, static (_, n) => n + 1);
        await store.RecordRunErrorAsync(runId, error, cancellationToken).ConfigureAwait(false);
    }

    public void Report(Stage stage, string activity, int done, int? total) =>
        progress?.Report(new AgentProgress(stage, activity, done, total, ErrorCount(stage)));
}
