using System.Collections.Concurrent;
using System.Threading.Channels;
using Microsoft.Extensions.Time.Testing;

namespace ShelfScout.Fetching.Tests.Infrastructure;

/// <summary>
/// A <see cref="FakeTimeProvider"/> that reports every timer created on it, so a test can advance time exactly
/// when the fetcher starts waiting (retry backoff, Retry-After, per-host gap) instead of sleeping.
/// </summary>
internal sealed class WatchedTimeProvider : TimeProvider
{
    private readonly Channel<TimeSpan> _created = Channel.CreateUnbounded<TimeSpan>();

    public FakeTimeProvider Fake { get; } = new();

    /// <summary>Every timer due time requested so far, in creation order.</summary>
    public ConcurrentQueue<TimeSpan> Waits { get; } = new();

    public override DateTimeOffset GetUtcNow() => Fake.GetUtcNow();

    public override long GetTimestamp() => Fake.GetTimestamp();

    public override long TimestampFrequency => Fake.TimestampFrequency;

    public override TimeZoneInfo LocalTimeZone => Fake.LocalTimeZone;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = Fake.CreateTimer(callback, state, dueTime, period);
        Waits.Enqueue(dueTime);
        _created.Writer.TryWrite(dueTime);
        return timer;
    }

    /// <summary>Waits for the next timer shorter than <paramref name="below"/> to be created and returns its due time.</summary>
    public Task<TimeSpan> NextWaitAsync(TimeSpan below) => NextWaitAsync(below, CancellationToken.None);

    /// <summary>
    /// Completes <paramref name="work"/> by advancing fake time by each wait shorter than <paramref name="below"/>
    /// (per-attempt timeouts are set longer, so they never fire). Fails the test after 10 s of real time.
    /// </summary>
    public async Task<T> RunAsync<T>(Task<T> work, TimeSpan below)
    {
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (true)
        {
            // One reader at a time: the pending read is cancelled before returning so it cannot swallow a later timer.
            using var readStop = CancellationTokenSource.CreateLinkedTokenSource(stop.Token);
            var next = NextWaitAsync(below, readStop.Token);
            var finished = await Task.WhenAny(work, next);
            if (finished == work)
            {
                await readStop.CancelAsync();
                await next.ContinueWith(static _ => { }, TaskScheduler.Default);
                return await work;
            }

            Fake.Advance(await next);
        }
    }

    private async Task<TimeSpan> NextWaitAsync(TimeSpan below, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(10));
        while (true)
        {
            var due = await _created.Reader.ReadAsync(timeout.Token);
            if (due > TimeSpan.Zero && due < below)
            {
                return due;
            }
        }
    }
}
