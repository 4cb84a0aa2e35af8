using System.Globalization;
using ShelfScout.Domain.Catalog;
using ShelfScout.Extraction.StructuredData;

namespace ShelfScout.Extraction.Reviews;

/// <summary>Reviews from schema.org <c>Review</c> items, wherever they sit (under a Product or on their own).</summary>
internal static class StructuredReviewReader
{
    public static IReadOnlyList<ReviewData> Read(StructuredDataSet data)
    {
        var reviews = new List<ReviewData>();
        var seen = new HashSet<ReviewData>();
        foreach (var item in data.Descendants().Where(i => i.IsType("Review")))
        {
            var rating = item.GetItems("reviewRating").Select(r => Decimal(r.GetText("ratingValue"), r.GetText("bestRating"))).FirstOrDefault(r => r is not null)
                ?? Decimal(item.GetText("reviewRating"), null);
            var review = new ReviewData(
                Clean(item.GetItems("author").Select(a => a.GetText("name")).FirstOrDefault(n => n is not null) ?? item.GetText("author")),
                rating,
                Clean(item.GetText("name") ?? item.GetText("headline")),
                Clean(item.GetText("reviewBody") ?? item.GetText("description") ?? item.GetText("text")),
                ReviewDates.Parse(item.GetText("datePublished") ?? item.GetText("dateCreated")));
            if (review.Body is null && review.Rating is null)
            {
                continue;
            }

            if (seen.Add(review))
            {
                reviews.Add(review);
            }
        }

        return reviews;
    }

    private static decimal? Decimal(string? value, string? best)
    {
        if (value is null || !decimal.TryParse(value.Replace(',', '.'), NumberStyles.Number, CultureInfo.InvariantCulture, out var rating))
        {
            return null;
        }

        // Normalise other scales to 5 stars so ratings compare across stores.
        if (best is not null && decimal.TryParse(best, NumberStyles.Number, CultureInfo.InvariantCulture, out var scale) && scale > 0 && scale != 5)
        {
            return Math.Round(rating / scale * 5, 1);
        }

        return rating;
    }

    private static string? Clean(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null : string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
