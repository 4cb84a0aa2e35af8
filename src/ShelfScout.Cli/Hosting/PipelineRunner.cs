using Microsoft.Extensions.Logging;
using ShelfScout.Cli.Rendering;
using ShelfScout.Fetching;
using ShelfScout.Orchestration;
using ShelfScout.Storage;
using Spectre.Console;

namespace ShelfScout.Cli.Hosting;

/// <summary>Runs the orchestrator for the CLI: live progress on stderr, then the results table (or JSON) on stdout.</summary>
internal sealed class PipelineRunner(IAnsiConsole output, IAnsiConsole progressConsole, ILoggerFactory loggerFactory)
{
    public async Task<RunSummary> RunAsync(IShelfStore store, RunRequest request, FetchOptions fetchOptions, bool showProgress, CancellationToken cancellationToken)
    {
        using var fetcher = new HttpPageFetcher(fetchOptions, TimeProvider.System, loggerFactory.CreateLogger<HttpPageFetcher>());
        var orchestrator = new MasterOrchestrator(store, fetcher, TimeProvider.System, loggerFactory.CreateLogger<MasterOrchestrator>());
        if (!showProgress)
        {
            return await orchestrator.RunAsync(request, progress: null, cancellationToken).ConfigureAwait(false);
        }

        return await RunProgress.ShowAsync(progressConsole, request, (progress, ct) => orchestrator.RunAsync(request, progress, ct), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>0 for a complete (or limited) run, 3 when pages were lost after the final retry pass, 1 for a failed run.</summary>
    public static int ExitCode(RunSummary summary) => summary.Status == "Failed" ? 1 : summary.LostPages > 0 ? 3 : 0;

    public void Render(RunSummary summary, bool json, System.Text.Json.Nodes.JsonObject? extra = null)
    {
        if (json)
        {
            Console.Out.WriteLine(SummaryJson.Serialize(summary, extra));
        }
        else
        {
            SummaryRenderer.Render(output, summary);
        }
    }
}
