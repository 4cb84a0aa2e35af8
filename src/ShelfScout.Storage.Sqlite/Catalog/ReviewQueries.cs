using ShelfScout.Domain.Catalog;
using ShelfScout.Storage.Catalog;

namespace ShelfScout.Storage.Sqlite.Catalog;

/// <summary>Reviews per product, deduplicated by <see cref="ReviewFingerprint"/>.</summary>
internal sealed class ReviewQueries(SqliteDatabase database)
{
    private const string InsertSql = """
        INSERT INTO reviews (product_id, author, rating, title, body, date, dedup_hash)
        VALUES ($productId, $author, $rating, $title, $body, $date, $hash)
        ON CONFLICT (product_id, dedup_hash) DO NOTHING;
        """;

    private const string ReadSql = """
        UPDATE products SET reviews_read_at = MAX(COALESCE(reviews_read_at, ''), $at) WHERE id = $productId;
        """;

    public Task<int> AddAsync(long productId, IReadOnlyList<ReviewData> reviews, CancellationToken cancellationToken) =>
        AddAsync(productId, reviews, readAt: null, cancellationToken);

    /// <summary>Adds the new reviews and, given <paramref name="readAt"/>, marks the product's reviews read then, in one write.</summary>
    public Task<int> AddAsync(long productId, IReadOnlyList<ReviewData> reviews, DateTimeOffset? readAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reviews);
        if (reviews.Count == 0 && readAt is null)
        {
            return Task.FromResult(0);
        }

        var prepared = Prepare(reviews);
        return database.WriteAsync(session => Add(session, productId, prepared, readAt), cancellationToken);
    }

    /// <summary>The reviews with their fingerprints, computed before a write so the writer does none of that work.</summary>
    public static IReadOnlyList<(ReviewData Review, string Hash)> Prepare(IReadOnlyList<ReviewData> reviews) =>
        reviews.Select(review => (Review: review, Hash: ReviewFingerprint.Compute(review))).ToList();

    /// <summary>Adds the new reviews and, given <paramref name="readAt"/>, marks the product's reviews read, in the session's transaction.</summary>
    public static int Add(WriteSession session, long productId, IReadOnlyList<(ReviewData Review, string Hash)> prepared, DateTimeOffset? readAt)
    {
        var added = 0;
        foreach (var (review, hash) in prepared)
        {
            added += session.Command(InsertSql)
                .Bind("$productId", productId)
                .Bind("$author", Clean(review.Author))
                .Bind("$rating", review.Rating)
                .Bind("$title", Clean(review.Title))
                .Bind("$body", Clean(review.Body))
                .Bind("$date", review.Date)
                .Bind("$hash", hash)
                .ExecuteNonQuery();
        }

        if (readAt is { } at)
        {
            session.Command(ReadSql).Bind("$productId", productId).Bind("$at", at).ExecuteNonQuery();
        }

        return added;
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
