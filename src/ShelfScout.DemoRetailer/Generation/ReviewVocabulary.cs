namespace ShelfScout.DemoRetailer.Generation;

/// <summary>Words the review generator combines into authors, titles and bodies.</summary>
internal static class ReviewVocabulary
{
    public static readonly IReadOnlyList<string> FirstNames =
    [
        "Thandi", "James", "Aisha", "Pieter", "Naledi", "Sophie", "Liam", "Zanele", "Marco", "Emma", "Sipho", "Chloe",
        "Ravi", "Hannah", "Johan", "Lerato", "Oliver", "Fatima", "Daniel", "Grace", "Kagiso", "Isabel", "Tom", "Mia",
    ];

    public static readonly IReadOnlyList<string> PositiveTitles =
    [
        "Excellent quality", "Will buy again", "Does what it says", "Highly recommend", "Great value", "Love it",
        "My new favourite", "Noticeable difference",
    ];

    public static readonly IReadOnlyList<string> MixedTitles =
    [
        "Decent but pricey", "It's okay", "Not bad", "Average", "Mixed feelings",
    ];

    public static readonly IReadOnlyList<string> NegativeTitles =
    [
        "Disappointed", "Not for me", "Did not work", "Arrived damaged", "Would not buy again",
    ];

    public static readonly IReadOnlyList<string> PositiveBodies =
    [
        "I have been using this {0} for a few weeks and I can really feel the difference.",
        "Fast delivery and the {0} is exactly as described.",
        "Better than the {0} I used to buy at the pharmacy, and cheaper too.",
        "My whole family uses this {0} now. Easy to take and no aftertaste.",
    ];

    public static readonly IReadOnlyList<string> MixedBodies =
    [
        "The {0} is fine, but I expected a bit more for the price.",
        "Works reasonably well, although the packaging could be better.",
        "Good {0} overall, delivery took longer than promised.",
    ];

    public static readonly IReadOnlyList<string> NegativeBodies =
    [
        "Unfortunately this {0} did nothing for me after a month.",
        "The seal was broken when it arrived. Customer service was helpful though.",
        "Did not agree with me at all, I stopped after a week.",
    ];
}
