using System.Net.Http.Headers;
using ShelfScout.Fetching.Resilience;

namespace ShelfScout.Fetching.Tests;

public sealed class RetryAfterTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void From_DeltaSeconds_IsThatLong() =>
        Assert.Equal(TimeSpan.FromSeconds(7), RetryAfter.From(new RetryConditionHeaderValue(TimeSpan.FromSeconds(7)), Now));

    [Fact]
    public void From_HttpDate_IsTheTimeUntilThen() =>
        Assert.Equal(TimeSpan.FromSeconds(20), RetryAfter.From(RetryConditionHeaderValue.Parse("Wed, 25 Nov 2026 12:00:20 GMT"), Now));

    [Fact]
    public void From_HugeOrPastValues_AreBounded()
    {
        Assert.Equal(RetryAfter.Cap, RetryAfter.From(new RetryConditionHeaderValue(TimeSpan.FromHours(5)), Now));
        Assert.Equal(TimeSpan.Zero, RetryAfter.From(new RetryConditionHeaderValue(Now.AddMinutes(-1)), Now));
        Assert.Null(RetryAfter.From(null, Now));
    }
}
