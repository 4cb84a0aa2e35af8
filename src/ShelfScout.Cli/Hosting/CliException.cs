namespace ShelfScout.Cli.Hosting;

/// <summary>Bad input or an unusable environment: printed as one line, exits non-zero.</summary>
internal sealed class CliException(string message, int exitCode = 2) : Exception(message)
{
    public int ExitCode { get; } = exitCode;
}
