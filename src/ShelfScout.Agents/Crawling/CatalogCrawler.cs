using System.Threading.Channels;
using ShelfScout.Domain.Runs;
using ShelfScout.Extraction.Products;
using ShelfScout.Storage.Frontier;

namespace ShelfScout.Agents.Crawling;

/// <summary>
/// The crawl loop: claims batches of frontier entries with a lease, hands them to workers (up to the run's concurrency)
/// and stops when the frontier has nothing left that this stage takes and no worker is busy (a busy worker may still
/// queue more). Everything it learns is in the store the moment a page is done, so a killed run loses only its leases.
/// </summary>
internal sealed class CatalogCrawler(AgentContext context, CrawlSession session, ProductExtractor extractor, Stage stage)
{
    /// <summary>How often the progress bar learns how many pages are done of those discovered (one indexed count query).</summary>
    private static readonly TimeSpan ProgressEvery = TimeSpan.FromSeconds(1);

    /// <summary>Runs the loop; <paramref name="includeProducts"/> false leaves product cards and sitemap products for the products stage.</summary>
    public async Task RunAsync(bool includeProducts, CancellationToken cancellationToken)
    {
        var workers = Math.Max(1, context.Limits.Concurrency);
        var handler = new PageHandler(context, session, extractor, stage);
        var channel = Channel.CreateBounded<FrontierEntry>(new BoundedChannelOptions(workers) { SingleWriter = true, SingleReader = workers == 1 });
        using var progress = new SemaphoreSlim(0);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var outstanding = 0;

        async Task WorkAsync()
        {
            try
            {
                await foreach (var entry in channel.Reader.ReadAllAsync(stop.Token).ConfigureAwait(false))
                {
                    try
                    {
                        await HandleGuardedAsync(handler, entry, stop.Token).ConfigureAwait(false);
                    }
                    finally
                    {
                        Interlocked.Decrement(ref outstanding);
                        progress.Release();
                    }
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // A store failure: nothing more can be recorded, so the whole loop stops.
                await stop.CancelAsync().ConfigureAwait(false);
                throw;
            }
        }

        // Renews the leases of every page this run holds (claimed, queued for a worker or being fetched) every third of
        // the lease, on its own timer: the claim loop can be blocked for longer than a lease (a full hand-off queue,
        // workers waiting for a host slot another silo holds), and a page whose lease lapses is taken over and fetched
        // twice. A store failure stops the whole loop, as a worker's does.
        async Task RenewAsync(CancellationToken token)
        {
            var lease = context.Limits.FrontierLease;
            try
            {
                while (true)
                {
                    await Task.Delay(lease / 3, context.TimeProvider, token).ConfigureAwait(false);
                    await context.Store.RenewLeasesAsync(session.Crawl.Id, session.Owner, lease, context.TimeProvider.GetUtcNow(), token).ConfigureAwait(false);
                }
            }
            catch (OperationCanceledException) when (token.IsCancellationRequested)
            {
                // The loop ended (or was stopped).
            }
            catch
            {
                await stop.CancelAsync().ConfigureAwait(false);
                throw;
            }
        }

        var running = Enumerable.Range(0, workers).Select(_ => Task.Run(WorkAsync, CancellationToken.None)).ToList();
        using var renewing = CancellationTokenSource.CreateLinkedTokenSource(stop.Token);
        var renewal = Task.Run(() => RenewAsync(renewing.Token), CancellationToken.None);
        try
        {
            var claim = new FrontierClaim(session.Owner, context.RunId, workers, context.Limits.FrontierLease, includeProducts ? null : CrawlSeeds.LastNavigationPriority);
            var reported = context.TimeProvider.GetTimestamp();
            var first = true;
            int? doneBefore = null;
            while (true)
            {
                stop.Token.ThrowIfCancellationRequested();
                if (first || context.TimeProvider.GetElapsedTime(reported) >= ProgressEvery)
                {
                    (reported, first) = (context.TimeProvider.GetTimestamp(), false);
                    doneBefore = await ReportProgressAsync(doneBefore, stop.Token).ConfigureAwait(false);
                }

                var batch = await context.Store.ClaimAsync(session.Crawl.Id, claim, context.TimeProvider.GetUtcNow(), stop.Token).ConfigureAwait(false);
                if (batch.Count > 0)
                {
                    foreach (var entry in batch)
                    {
                        Interlocked.Increment(ref outstanding);
                        await channel.Writer.WriteAsync(entry, stop.Token).ConfigureAwait(false);
                    }

                    continue;
                }

                if (Volatile.Read(ref outstanding) == 0)
                {
                    break;
                }

                await progress.WaitAsync(stop.Token).ConfigureAwait(false);
            }
        }
        finally
        {
            channel.Writer.TryComplete();
            try
            {
                await Task.WhenAll(running).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                // Ctrl+C: the entries in flight keep their lease and are given back by the orchestrator.
            }
            finally
            {
                // The renewal stops only once no worker holds a page; it throws only for a store failure.
                await renewing.CancelAsync().ConfigureAwait(false);
                await renewal.ConfigureAwait(false);
            }
        }
    }

    /// <summary>
    /// Pages this loop has done (fetched, failed for good, or confirmed by a card) of those it has to do (discovered and
    /// not done when it started, plus what it discovers), for the progress bar. Returns the pages done before the loop.
    /// </summary>
    private async Task<int> ReportProgressAsync(int? doneBefore, CancellationToken cancellationToken)
    {
        var counts = await context.Store.CountFrontierAsync(session.Crawl.Id, cancellationToken).ConfigureAwait(false);
        var done = counts.Done + counts.Failed + counts.Seen;
        var before = doneBefore ?? done;
        var discovered = counts.Total - counts.Deferred - before;
        context.Recorder.Report(stage, $"{done - before} of {discovered} pages", done - before, discovered);
        return before;
    }

    /// <summary>One page's unexpected failure (a parser bug, a hostile page) fails that entry, never the crawl.</summary>
    private async Task HandleGuardedAsync(PageHandler handler, FrontierEntry entry, CancellationToken cancellationToken)
    {
        try
        {
            await handler.HandleAsync(entry, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException and not Storage.StoreUnavailableException)
        {
            await handler.FailAsync(entry, $"{ex.GetType().Name}: {ex.Message}", cancellationToken).ConfigureAwait(false);
        }
    }
}
