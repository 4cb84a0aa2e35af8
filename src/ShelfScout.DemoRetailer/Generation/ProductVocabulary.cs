namespace ShelfScout.DemoRetailer.Generation;

/// <summary>Words the product generator combines into names, descriptions and brands.</summary>
internal static class ProductVocabulary
{
    public static readonly IReadOnlyList<string> Brands =
    [
        "Vital Roots", "Pure Meadow", "NutriPeak", "Green Harbour", "Kalahari Naturals", "Bloom & Balance",
        "Oak Valley", "Evergreen Labs", "Sunleaf", "TrueNorth Health", "Wild Fynbos", "Aurora Botanics",
        "Coastal Vitality", "Summit Sport", "Little Acorn", "Mountain Spring",
    ];

    public static readonly IReadOnlyList<string> Qualifiers =
    [
        "Organic", "Advanced", "Pure", "Daily", "Ultra", "Essential", "Natural", "Premium", "Active", "Gentle", "Complete", "Raw",
    ];

    public static readonly IReadOnlyList<string> Variants =
    [
        "Original", "Lemon", "Berry", "Vanilla", "Unflavoured", "Mint", "Citrus", "Chocolate", "Fragrance Free", "Sensitive",
        "Extra Strength", "Family Size", "Travel Size", "Value Pack", "Twin Pack", "Refill",
    ];

    public static readonly IReadOnlyList<string> Openers =
    [
        "{0} is made with carefully sourced ingredients and nothing you don't need.",
        "Our customers' favourite {1}, now in a new recipe from {0}.",
        "{0} brings you simple, honest {1} for everyday wellbeing.",
        "Trusted {1} from {0}, tested by independent laboratories.",
    ];

    public static readonly IReadOnlyList<string> Middles =
    [
        "Free from artificial colours, flavours and preservatives.",
        "Suitable for vegetarians and produced in a certified facility.",
        "Gluten free, dairy free and packed in recyclable materials.",
        "Formulated by nutritionists to support a balanced lifestyle.",
        "Each batch is checked for purity and potency.",
    ];

    public static readonly IReadOnlyList<string> Closers =
    [
        "Store in a cool, dry place out of reach of children.",
        "Use as directed. Consult your healthcare practitioner if pregnant or on medication.",
        "Not intended to diagnose, treat, cure or prevent any disease.",
        "Combine with a varied diet and regular exercise for best results.",
    ];
}
