using System.Globalization;

namespace ShelfScout.DemoRetailer.Generation;

/// <summary>Generates a product's reviews, newest first; most products have a handful, a few have several pages.</summary>
internal static class ReviewGenerator
{
    private static readonly DateOnly LatestReviewDate = new(2025, 6, 30);

    public static IReadOnlyList<DemoReview> Generate(int seed, int productId, string productNoun)
    {
        var random = StableRandom.For(seed, "reviews", productId);
        var count = random.Next(100) switch
        {
            < 20 => 0,
            < 82 => random.Next(1, 8),
            _ => random.Next(8, 24),
        };
        var bias = random.Next(3);
        var reviews = new List<DemoReview>(count);
        for (var i = 0; i < count; i++)
        {
            var rating = Rating(random, bias);
            var (titles, bodies) = rating switch
            {
                >= 4 => (ReviewVocabulary.PositiveTitles, ReviewVocabulary.PositiveBodies),
                3 => (ReviewVocabulary.MixedTitles, ReviewVocabulary.MixedBodies),
                _ => (ReviewVocabulary.NegativeTitles, ReviewVocabulary.NegativeBodies),
            };
            var author = random.Pick(ReviewVocabulary.FirstNames) + " " + (char)('A' + random.Next(26)) + ".";
            var body = string.Format(CultureInfo.InvariantCulture, random.Pick(bodies), productNoun.ToLowerInvariant());
            var date = LatestReviewDate.AddDays(-random.Next(0, 720));
            reviews.Add(new DemoReview(author, rating, random.Pick(titles), body, date));
        }

        return reviews.OrderByDescending(r => r.Date).ToList();
    }

    private static int Rating(StableRandom random, int bias)
    {
        var roll = random.Next(100) + (bias * 8);
        return roll switch
        {
            < 6 => 1,
            < 13 => 2,
            < 28 => 3,
            < 60 => 4,
            _ => 5,
        };
    }
}
