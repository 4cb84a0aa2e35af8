namespace ShelfScout.Cluster.Cli;

/// <summary>An expected failure: printed as one <c>shelfscout: error:</c> line with its exit code.</summary>
internal sealed class ClusterCliException(string message, int exitCode) : Exception(message)
{
    public int ExitCode { get; } = exitCode;
}
