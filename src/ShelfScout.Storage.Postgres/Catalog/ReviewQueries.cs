using Npgsql;
using NpgsqlTypes;
using ShelfScout.Domain.Catalog;
using ShelfScout.Storage.Catalog;

namespace ShelfScout.Storage.Postgres.Catalog;

/// <summary>Reviews per product, deduplicated by <see cref="ReviewFingerprint"/>: a page's reviews go in as one statement over arrays.</summary>
internal sealed class ReviewQueries(StoreConnections database)
{
    private const string InsertSql = """
        INSERT INTO reviews (product_id, author, rating, title, body, date, dedup_hash)
        SELECT @productId, r.author, r.rating, r.title, r.body, r.date, r.hash
        FROM unnest(@authors, @ratings, @titles, @bodies, @dates, @hashes) WITH ORDINALITY AS r (author, rating, title, body, date, hash, n)
        ORDER BY r.n
        ON CONFLICT (product_id, dedup_hash) DO NOTHING;
        """;

    // The reviews and the product's read time in one statement (one transaction): a data-modifying CTE runs whether or
    // not the insert adds rows.
    private const string ReadSql = """
        WITH marked AS (UPDATE products SET reviews_read_at = GREATEST(reviews_read_at, @readAt) WHERE id = @productId)
        """;

    public Task<int> AddAsync(long productId, IReadOnlyList<ReviewData> reviews, CancellationToken cancellationToken) =>
        AddAsync(productId, reviews, readAt: null, cancellationToken);

    /// <summary>Adds the new reviews and, given <paramref name="readAt"/>, marks the product's reviews read then, in one statement.</summary>
    public async Task<int> AddAsync(long productId, IReadOnlyList<ReviewData> reviews, DateTimeOffset? readAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reviews);
        var prepared = Prepare(reviews);
        if (prepared.Count == 0 && readAt is null)
        {
            return 0;
        }

        await using var command = database.DataSource.CreateCommand();
        Bind(command, productId, prepared, readAt);
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The reviews with their fingerprints, computed before a write. One statement cannot insert a key twice under ON
    /// CONFLICT DO NOTHING only when the key is already stored, so repeats within the page are dropped here (the first one
    /// stays, as SQLite's row-by-row insert keeps it).
    /// </summary>
    public static IReadOnlyList<(ReviewData Review, string Hash)> Prepare(IReadOnlyList<ReviewData> reviews) =>
        reviews.Select(review => (Review: review, Hash: ReviewFingerprint.Compute(review)))
            .DistinctBy(r => r.Hash, StringComparer.Ordinal)
            .ToList();

    /// <summary>Adds the new reviews and, given <paramref name="readAt"/>, marks the product's reviews read, in the transaction.</summary>
    public static async Task<int> AddAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, long productId, IReadOnlyList<(ReviewData Review, string Hash)> prepared, DateTimeOffset? readAt, CancellationToken cancellationToken)
    {
        if (prepared.Count == 0 && readAt is null)
        {
            return 0;
        }

        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        Bind(command, productId, prepared, readAt);
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private static void Bind(NpgsqlCommand command, long productId, IReadOnlyList<(ReviewData Review, string Hash)> prepared, DateTimeOffset? readAt)
    {
        command.CommandText = readAt is null ? InsertSql : ReadSql + InsertSql;
        command.Bind("productId", productId);
        if (readAt is { } at)
        {
            command.Parameters.Add(new("readAt", NpgsqlDbType.TimestampTz) { Value = at.ToUniversalTime() });
        }

        command.Parameters.Add(new("authors", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = prepared.Select(r => Clean(r.Review.Author)).ToArray() });
        command.Parameters.Add(new("ratings", NpgsqlDbType.Array | NpgsqlDbType.Numeric) { Value = prepared.Select(r => r.Review.Rating).ToArray() });
        command.Parameters.Add(new("titles", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = prepared.Select(r => Clean(r.Review.Title)).ToArray() });
        command.Parameters.Add(new("bodies", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = prepared.Select(r => Clean(r.Review.Body)).ToArray() });
        command.Parameters.Add(new("dates", NpgsqlDbType.Array | NpgsqlDbType.Date) { Value = prepared.Select(r => r.Review.Date).ToArray() });
        command.Parameters.Add(new("hashes", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = prepared.Select(r => r.Hash).ToArray() });
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
