using Microsoft.Extensions.Logging;
using ShelfScout.Cli.Rendering;
using ShelfScout.Domain.Runs;
using ShelfScout.Fetching;
using ShelfScout.Orchestration;
using ShelfScout.Storage;
using Spectre.Console;

namespace ShelfScout.Cli.Hosting;

/// <summary>Runs the orchestrator for the CLI: live progress on stderr, then the results table (or JSON) on stdout.</summary>
internal sealed class PipelineRunner(IAnsiConsole output, TextWriter outputWriter, IAnsiConsole progressConsole, ILoggerFactory loggerFactory)
{
    public async Task<RunSummary> RunAsync(IShelfStore store, RunRequest request, FetchOptions fetchOptions, bool showProgress, CancellationToken cancellationToken)
    {
        using var fetcher = new HttpPageFetcher(fetchOptions, TimeProvider.System, loggerFactory.CreateLogger<HttpPageFetcher>());
        var orchestrator = new MasterOrchestrator(store, fetcher, TimeProvider.System, loggerFactory.CreateLogger<MasterOrchestrator>());
        var summary = showProgress
            ? await RunProgress.ShowAsync(progressConsole, request, (progress, ct) => orchestrator.RunAsync(request, progress, ct), cancellationToken).ConfigureAwait(false)
            : await orchestrator.RunAsync(request, progress: null, cancellationToken).ConfigureAwait(false);

        // A run that noticed the interruption and wound down still ends as interrupted, not as a result.
        cancellationToken.ThrowIfCancellationRequested();
        return summary;
    }

    /// <summary>0 for a complete (or limited) run, even when failed attempts were recovered; 6 for a partial run (a stage partly failed, or pages lost after the final retry pass); 1 for a failed run.</summary>
    public static int ExitCode(RunSummary summary) => summary.Status switch
    {
        RunStatus.Failed => ExitCodes.FailedRun,
        RunStatus.PartiallySucceeded => ExitCodes.PartialRun,
        _ => summary.LostPages > 0 ? ExitCodes.PartialRun : ExitCodes.Ok,
    };

    public void Render(RunSummary summary, bool json, System.Text.Json.Nodes.JsonObject? extra = null, string? databasePath = null)
    {
        if (json)
        {
            outputWriter.WriteLine(SummaryJson.Serialize(summary, extra));
        }
        else
        {
            SummaryRenderer.Render(output, summary, databasePath);
        }
    }
}
