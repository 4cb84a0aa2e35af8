namespace ShelfScout.Cluster.Cli;

/// <summary>Exit codes of <c>shelfscout-cluster</c>, the same numbers as <c>shelfscout</c> where the meaning is shared (docs/exit-codes.md).</summary>
internal static class ExitCodes
{
    public const int Ok = 0;

    /// <summary>The run ended Failed or Stopped (<c>submit --wait</c>).</summary>
    public const int FailedRun = 1;

    public const int Usage = 2;

    public const int Database = 3;

    /// <summary>No silo of the cluster answers at the gateway port.</summary>
    public const int Unreachable = 5;

    public const int Interrupted = 130;
}
