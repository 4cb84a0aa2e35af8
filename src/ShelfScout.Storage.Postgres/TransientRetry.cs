using Npgsql;

namespace ShelfScout.Storage.Postgres;

/// <summary>
/// Runs a write again when PostgreSQL aborted it to break a deadlock (40P01) or a serialization conflict (40001):
/// concurrent writers that lock rows in different orders (a page's completion beside another's category upsert) may
/// meet that way, and the server's advice is to retry the whole transaction. Each attempt is a new transaction, so
/// nothing of the aborted one remains; after a few attempts the error goes to the caller.
/// </summary>
internal static class TransientRetry
{
    private const int MaxAttempts = 6;

    public static async Task<T> RunAsync<T>(Func<Task<T>> attempt, CancellationToken cancellationToken)
    {
        for (var n = 1; ; n++)
        {
            try
            {
                return await attempt().ConfigureAwait(false);
            }
            catch (PostgresException ex) when (n < MaxAttempts && ex.SqlState is PostgresErrorCodes.DeadlockDetected or PostgresErrorCodes.SerializationFailure)
            {
                // A short, growing, jittered pause, so the writers that met do not meet again at once.
                await Task.Delay(TimeSpan.FromMilliseconds((5 << n) + Random.Shared.Next(0, 10 << n)), cancellationToken).ConfigureAwait(false);
            }
        }
    }

    public static Task RunAsync(Func<Task> attempt, CancellationToken cancellationToken) =>
        RunAsync(async () => { await attempt().ConfigureAwait(false); return true; }, cancellationToken);
}
