using ShelfScout.Orchestration;
using ShelfScout.Storage;

namespace ShelfScout.Cli.Hosting;

/// <summary>Runs a command body and turns expected failures into one clear line on stderr and an exit code, never a stack trace.</summary>
internal static class CommandGuard
{
    public const int Cancelled = 130;

    public static async Task<int> RunAsync(Func<CancellationToken, Task<int>> body, CancellationToken cancellationToken)
    {
        try
        {
            return await body(cancellationToken).ConfigureAwait(false);
        }
        catch (CliException ex)
        {
            return Fail(ex.Message, ex.ExitCode);
        }
        catch (StoreUnavailableException ex)
        {
            return Fail(ex.Message, 3);
        }
        catch (UnknownRetailerException ex)
        {
            return Fail(ex.Message, 2);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return Fail("cancelled; data saved so far is kept", Cancelled);
        }
        catch (IOException ex)
        {
            return Fail(ex.Message, 4);
        }
        catch (UnauthorizedAccessException ex)
        {
            return Fail(ex.Message, 4);
        }
    }

    private static int Fail(string message, int exitCode)
    {
        Console.Error.WriteLine($"shelfscout: error: {message}");
        return exitCode;
    }
}
