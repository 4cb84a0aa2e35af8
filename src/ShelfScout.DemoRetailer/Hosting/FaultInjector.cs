using System.Collections.Concurrent;
using Microsoft.AspNetCore.Http;
using ShelfScout.DemoRetailer.Generation;

namespace ShelfScout.DemoRetailer.Hosting;

/// <summary>Answers a request with a fault when <see cref="DemoFaults"/> says so for this path and attempt.</summary>
internal sealed class FaultInjector(DemoFaults faults, int seed)
{
    private readonly ConcurrentDictionary<string, int> _attempts = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _faults = new(StringComparer.Ordinal);

    /// <summary>True when the request was answered (or dropped) with a fault; false to serve it normally.</summary>
    public async Task<bool> InjectAsync(HttpContext context, string pathAndQuery)
    {
        var attempt = _attempts.AddOrUpdate(pathAndQuery, 1, static (_, n) => n + 1);
        var roll = StableRandom.For(seed, "fault", attempt, StableHash(pathAndQuery)).NextDouble();
        if (roll < faults.Delays)
        {
            await Task.Delay(faults.Delay, context.RequestAborted).ConfigureAwait(false);
            return false;
        }

        if (_faults.GetValueOrDefault(pathAndQuery) >= faults.MaxFaultsPerPath)
        {
            return false;
        }

        roll = StableRandom.For(seed, "fault-kind", attempt, StableHash(pathAndQuery)).NextDouble();
        if (roll < faults.ServerErrors)
        {
            Count(pathAndQuery);
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            return true;
        }

        if (roll < faults.ServerErrors + faults.TooManyRequests)
        {
            Count(pathAndQuery);
            context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
            context.Response.Headers.RetryAfter = faults.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return true;
        }

        if (roll < faults.ServerErrors + faults.TooManyRequests + faults.Resets)
        {
            Count(pathAndQuery);
            context.Abort();
            return true;
        }

        return false;
    }

    private void Count(string pathAndQuery) => _faults.AddOrUpdate(pathAndQuery, 1, static (_, n) => n + 1);

    private static long StableHash(string text)
    {
        // FNV-1a: string.GetHashCode varies between processes, and the faults must not.
        var hash = 14695981039346656037UL;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return (long)hash;
    }
}
