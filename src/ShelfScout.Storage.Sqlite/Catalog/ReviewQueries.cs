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

    public Task<int> AddAsync(long productId, IReadOnlyList<ReviewData> reviews, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reviews);
        if (reviews.Count == 0)
        {
            return Task.FromResult(0);
        }

        var prepared = reviews.Select(review => (Review: review, Hash: ReviewFingerprint.Compute(review))).ToList();
        return database.WriteAsync(
            session =>
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

                return added;
            },
            cancellationToken);
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
