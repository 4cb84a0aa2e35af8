using System.CommandLine;
using ShelfScout.Cli.Commands;
using ShelfScout.Cli.Hosting;

namespace ShelfScout.Cli;

/// <summary>Builds the <c>shelfscout</c> command tree and runs it: parse errors become one line and exit code 2.</summary>
internal static class CliApp
{
    public static RootCommand Build(GlobalOptions global)
    {
        var root = new RootCommand(
            "ShelfScout: discover and monitor a retailer's whole catalogue with no per-site configuration." + Environment.NewLine + Environment.NewLine +
            "Database upkeep: shelfscout db check PATH, db vacuum PATH, db backup PATH DEST." + Environment.NewLine + Environment.NewLine +
            ExitCodes.HelpText);
        global.AddTo(root);
        root.Subcommands.Add(RunCommand.Create(global));
        root.Subcommands.Add(ExportCommand.Create());
        root.Subcommands.Add(DbCommand.Create());
        root.Subcommands.Add(DemoCommand.Create(global));
        root.Subcommands.Add(DemoStoreCommand.Create());
        root.Subcommands.Add(ExtractCommand.Create());
        root.Subcommands.Add(AlertsCommand.Create(global));
        root.Subcommands.Add(HistoryCommand.Create(global));
        root.Subcommands.Add(ExplainCommand.Create(global));
        root.Subcommands.Add(WatchCommand.Create(global));
        root.Subcommands.Add(ServeCommand.Create());
        return root;
    }

    /// <summary>Runs one command line with the given writers (the real console in Program, string writers in tests).</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var root = Build(new GlobalOptions());
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            await error.WriteLineAsync(UsageError.Describe(parse, root)).ConfigureAwait(false);
            return ExitCodes.Usage;
        }

        // Signals are handled by the caller (InterruptSignal), which cancels the token; the library must not race it.
        var configuration = new InvocationConfiguration
        {
            Output = output,
            Error = error,
            ProcessTerminationTimeout = null,
            EnableDefaultExceptionHandler = false,
        };
        try
        {
            return await parse.InvokeAsync(configuration, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await error.WriteLineAsync("shelfscout: error: interrupted").ConfigureAwait(false);
            return ExitCodes.Interrupted;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Expected failures are handled by CommandGuard; this is a bug, still reported as one line, not a stack trace.
            await error.WriteLineAsync($"shelfscout: error: unexpected {ex.GetType().Name}: {ex.Message.ReplaceLineEndings(" ")} (please report this)").ConfigureAwait(false);
            return ExitCodes.FailedRun;
        }
    }
}
