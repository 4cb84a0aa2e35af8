using System.CommandLine;
using ShelfScout.Orchestration;
using ShelfScout.Storage;

namespace ShelfScout.Cli.Hosting;

/// <summary>Runs a command body and turns expected failures into one clear line on stderr and an exit code, never a stack trace.</summary>
internal static class CommandGuard
{
    public static async Task<int> RunAsync(ParseResult result, Func<CancellationToken, Task<int>> body, CancellationToken cancellationToken)
    {
        var error = result.InvocationConfiguration.Error;
        try
        {
            return await body(cancellationToken).ConfigureAwait(false);
        }
        catch (CliException ex)
        {
            // A usage error found after parsing (a bad URL, contradicting flags) gets the same hint as a parse error.
            var hint = ex.ExitCode == ExitCodes.Usage ? $"; see 'shelfscout {result.CommandResult.Command.Name} --help'" : string.Empty;
            return Fail(error, ex.Message + hint, ex.ExitCode);
        }
        catch (StoreUnavailableException ex)
        {
            return Fail(error, ex.Message, ExitCodes.Database);
        }
        catch (UnknownRetailerException ex)
        {
            return Fail(error, ex.Message, ExitCodes.Usage);
        }
        catch (RetailerConflictException ex)
        {
            return Fail(error, ex.Message, ExitCodes.Usage);
        }
        catch (RetailerBusyException ex)
        {
            return Fail(error, ex.Message, ExitCodes.FailedRun);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return Fail(error, "interrupted; the data saved so far is kept", ExitCodes.Interrupted);
        }
        catch (IOException ex)
        {
            return Fail(error, ex.Message, ExitCodes.Output);
        }
        catch (UnauthorizedAccessException ex)
        {
            return Fail(error, ex.Message, ExitCodes.Output);
        }
    }

    private static int Fail(TextWriter error, string message, int exitCode)
    {
        error.WriteLine($"shelfscout: error: {message.ReplaceLineEndings(" ")}");
        return exitCode;
    }
}
