using ShelfScout.Agents.Reviews;

namespace ShelfScout.Agents.Tests;

public sealed class ReviewBudgetTests
{
    [Fact]
    public void Take_UnderConcurrentWorkers_NeverGrantsMoreThanTheLimit()
    {
        var budget = new ReviewBudget(100);
        var granted = 0;

        Parallel.For(0, 64, _ => Interlocked.Add(ref granted, budget.Take(7)));

        Assert.Equal(100, granted);
        Assert.True(budget.Exhausted);
    }

    [Fact]
    public void Take_WithoutLimit_GrantsEverything() => Assert.Equal(5000, new ReviewBudget(null).Take(5000));
}
