namespace ShelfScout.Fetching.Tests.Infrastructure;

/// <summary>Counts requests a server is handling right now and the most it ever handled at once.</summary>
internal sealed class InFlightTracker
{
    private readonly Lock _lock = new();
    private int _current;

    public int Max { get; private set; }

    public void Enter()
    {
        lock (_lock)
        {
            _current++;
            Max = Math.Max(Max, _current);
        }
    }

    public void Exit()
    {
        lock (_lock)
        {
            _current--;
        }
    }
}
