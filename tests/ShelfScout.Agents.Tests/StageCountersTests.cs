using ShelfScout.Agents.Running;
using ShelfScout.Domain.Runs;

namespace ShelfScout.Agents.Tests;

public sealed class StageCountersTests
{
    [Fact]
    public void ToResult_SomeFailures_IsPartial()
    {
        var counters = new StageCounters();
        Parallel.For(0, 100, i =>
        {
            counters.Start();
            if (i % 10 == 0)
            {
                counters.Fail();
            }
            else
            {
                counters.Succeed(changed: 1);
            }
        });

        var result = counters.ToResult(Stage.Prices, TimeSpan.Zero, null);

        Assert.Equal((StageStatus.PartiallySucceeded, 100, 90, 10, 90), (result.Status, result.Processed, result.Succeeded, result.Failed, result.Changed));
    }

    [Fact]
    public void ToResult_NothingSucceeded_IsFailed()
    {
        var counters = new StageCounters();
        counters.Start();
        counters.Fail();

        Assert.Equal(StageStatus.Failed, counters.ToResult(Stage.Reviews, TimeSpan.Zero, null).Status);
    }
}
