using ShelfScout.Domain.Runs;

namespace ShelfScout.Cluster.Workers;

/// <summary>
/// Watches a lead run's progress for the crawl loop's first page count: reported only once the crawl is open and its
/// seeds are in the frontier, which is when other silos may join without starting a crawl of their own.
/// </summary>
internal sealed class SeedSignal : IProgress<AgentProgress>
{
    private readonly TaskCompletionSource _seeded = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task Seeded => _seeded.Task;

    public void Report(AgentProgress value)
    {
        if (value.Total is not null || value.Stage != Stage.Categories)
        {
            _seeded.TrySetResult();
        }
    }
}
