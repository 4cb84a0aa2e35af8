using System.Net.Http.Headers;

namespace ShelfScout.Fetching.Resilience;

/// <summary>Reads a Retry-After header (delta seconds or an HTTP date) as a bounded wait.</summary>
internal static class RetryAfter
{
    /// <summary>A server asking for more than this is waited on for this long only; the fetch must not stall a run.</summary>
    public static readonly TimeSpan Cap = TimeSpan.FromSeconds(60);

    public static TimeSpan? From(RetryConditionHeaderValue? header, DateTimeOffset now)
    {
        if (header is null)
        {
            return null;
        }

        TimeSpan? wait = header.Delta ?? (header.Date is { } date ? date - now : null);
        if (wait is not { } value)
        {
            return null;
        }

        if (value < TimeSpan.Zero)
        {
            return TimeSpan.Zero;
        }

        return value > Cap ? Cap : value;
    }
}
