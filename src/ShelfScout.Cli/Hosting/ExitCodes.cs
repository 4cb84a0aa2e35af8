namespace ShelfScout.Cli.Hosting;

/// <summary>
/// The process exit codes, one per kind of outcome (documented in <c>--help</c> and docs/exit-codes.md). The
/// numbers 1 to 5 predate this list and are kept so scripts written against them keep working.
/// </summary>
internal static class ExitCodes
{
    public const int Ok = 0;

    /// <summary>The run ran and failed: every stage failed, or an extract input could not be read.</summary>
    public const int FailedRun = 1;

    /// <summary>Bad command line: unknown command or option, a bad or missing value.</summary>
    public const int Usage = 2;

    /// <summary>The database cannot be opened, created or read.</summary>
    public const int Database = 3;

    /// <summary>The output (-o file, export target) cannot be written.</summary>
    public const int Output = 4;

    /// <summary>The store's host does not accept connections.</summary>
    public const int Unreachable = 5;

    /// <summary>The run finished but some pages or items were lost (see the errors in the summary).</summary>
    public const int PartialRun = 6;

    /// <summary>Stopped by Ctrl+C or SIGTERM (128 + SIGINT).</summary>
    public const int Interrupted = 130;

    public const string HelpText =
        "Exit codes: 0 ok, 1 failed run, 2 usage error, 3 database error, 4 output error, 5 store unreachable, " +
        "6 partial run (some pages lost), 130 interrupted (Ctrl+C or SIGTERM).";
}
