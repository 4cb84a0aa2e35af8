using ShelfScout.Domain.Runs;

namespace ShelfScout.Agents.Running;

/// <summary>Thread-safe counters of one stage, shared by its parallel workers, and the stage's result built from them.</summary>
public sealed class StageCounters
{
    private int _processed;
    private int _succeeded;
    private int _failed;
    private int _changed;

    public int Processed => Volatile.Read(ref _processed);

    public int Succeeded => Volatile.Read(ref _succeeded);

    public int Failed => Volatile.Read(ref _failed);

    public int Changed => Volatile.Read(ref _changed);

    /// <summary>Counts an item started; returns how many have started.</summary>
    public int Start() => Interlocked.Increment(ref _processed);

    public void Succeed(int changed = 0)
    {
        Interlocked.Increment(ref _succeeded);
        Interlocked.Add(ref _changed, changed);
    }

    public void Fail() => Interlocked.Increment(ref _failed);

    /// <summary>Failed when nothing succeeded, partial when some items failed, succeeded otherwise.</summary>
    public StageResult ToResult(Stage stage, TimeSpan elapsed, string? note, int? changed = null)
    {
        var status = Succeeded == 0 && Processed > 0 ? StageStatus.Failed : Failed > 0 ? StageStatus.PartiallySucceeded : StageStatus.Succeeded;
        return new StageResult(stage, status, Processed, Succeeded, Failed, changed ?? Changed, elapsed, note);
    }
}
