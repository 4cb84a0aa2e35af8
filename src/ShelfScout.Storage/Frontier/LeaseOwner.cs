using System.Diagnostics;
using System.Globalization;

namespace ShelfScout.Storage.Frontier;

/// <summary>
/// The process a run belongs to: machine and process id. A run (and its frontier leases) whose process is gone from this
/// machine can be taken back at once; one held on another machine only when its leases expire.
/// </summary>
public sealed record LeaseOwner(string Machine, int ProcessId)
{
    public static LeaseOwner Current { get; } = new(Environment.MachineName, Environment.ProcessId);

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Machine}:{ProcessId}");

    /// <summary>The owner string a run's frontier leases carry.</summary>
    public string ForRun(long runId) => string.Create(CultureInfo.InvariantCulture, $"{this}:{runId}");

    public static LeaseOwner? Parse(string? text)
    {
        var parts = text?.Split(':');
        return parts is { Length: >= 2 } && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var pid)
            ? new LeaseOwner(parts[0], pid)
            : null;
    }

    /// <summary>True when the owner is a process of this machine that no longer runs.</summary>
    public bool IsGoneFromThisMachine()
    {
        if (!string.Equals(Machine, Environment.MachineName, StringComparison.Ordinal) || ProcessId == Environment.ProcessId)
        {
            return false;
        }

        try
        {
            using var process = Process.GetProcessById(ProcessId);
            return process.HasExited;
        }
        catch (ArgumentException)
        {
            return true; // no such process
        }
        catch (InvalidOperationException)
        {
            return true;
        }
    }
}
