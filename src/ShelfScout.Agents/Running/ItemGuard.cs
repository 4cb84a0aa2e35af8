using ShelfScout.Domain.Runs;

namespace ShelfScout.Agents.Running;

/// <summary>
/// Runs the work for one item (a page, a product) so that an unexpected failure of that item (a parser bug on a
/// strange page, a store hiccup) is recorded against its URL and the agent goes on with the others.
/// </summary>
internal static class ItemGuard
{
    /// <summary>The item's result, or <paramref name="failed"/> when it threw (cancellation still propagates).</summary>
    public static async Task<T> RunAsync<T>(AgentContext context, Stage stage, string url, T failed, Func<Task<T>> work, CancellationToken cancellationToken)
    {
        try
        {
            return await work().ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            await context.Recorder.RecordErrorAsync(stage, url, $"{ex.GetType().Name}: {ex.Message}", cancellationToken).ConfigureAwait(false);
            return failed;
        }
    }
}
