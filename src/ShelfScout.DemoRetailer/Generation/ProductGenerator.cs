using System.Globalization;
using System.Text;

namespace ShelfScout.DemoRetailer.Generation;

/// <summary>Generates products into the leaves of a category tree; leaf popularity is skewed so some leaves paginate.</summary>
internal static class ProductGenerator
{
    public const string ImageRoot = "/images/products/";

    public static IReadOnlyList<DemoProduct> Generate(int seed, int productCount, CategoryTree tree)
    {
        var leaves = tree.Categories.Where(c => c.IsLeaf).ToList();
        var random = StableRandom.For(seed, "products");
        var byPopularity = leaves.ToList();
        random.Shuffle(byPopularity);
        var weights = byPopularity.Select((_, rank) => 1.0 / (rank + 1)).ToArray();
        var totalWeight = weights.Sum();

        var names = new HashSet<string>(StringComparer.Ordinal);
        var slugs = new HashSet<string>(StringComparer.Ordinal);
        var products = new List<DemoProduct>(productCount);
        for (var id = 1; id <= productCount; id++)
        {
            var productRandom = StableRandom.For(seed, "product", id);
            var primary = PickWeighted(byPopularity, weights, totalWeight, productRandom);
            var categoryIds = new List<int> { primary.Id };
            if (leaves.Count > 1 && productRandom.Chance(25))
            {
                var second = productRandom.Pick(leaves.Where(l => l.Id != primary.Id).ToList());
                categoryIds.Add(second.Id);
            }

            var brand = productRandom.Pick(ProductVocabulary.Brands);
            var name = UniqueName(productRandom, brand, primary.Name, tree.SizesByLeaf[primary.Id], names);
            var slug = Slug.From(name);
            if (!slugs.Add(slug))
            {
                slug = slug + "-" + id.ToString(CultureInfo.InvariantCulture);
                slugs.Add(slug);
            }

            var images = Enumerable.Range(1, productRandom.Next(2, 5))
                .Select(n => ImageRoot + slug + "-" + n.ToString(CultureInfo.InvariantCulture) + ".png")
                .ToList();
            var reviews = ReviewGenerator.Generate(seed, id, primary.Name);
            var rating = reviews.Count == 0
                ? 0m
                : Math.Round((decimal)reviews.Sum(r => r.Rating) / reviews.Count, 1, MidpointRounding.AwayFromZero);
            products.Add(new DemoProduct(
                Id: id,
                Slug: slug,
                Name: name,
                Sku: Sku(brand, primary.Slug, id),
                Gtin: Gtin13(productRandom, id),
                Mpn: productRandom.Chance(70) ? Mpn(productRandom) : null,
                Brand: brand,
                Description: Description(productRandom, brand, primary.Name),
                CategoryIds: categoryIds,
                ImageRelativeUrls: images,
                Rating: rating,
                Reviews: reviews,
                RelativeUrl: "/products/" + slug));
        }

        return products;
    }

    private static DemoCategory PickWeighted(List<DemoCategory> leaves, double[] weights, double total, StableRandom random)
    {
        var target = random.NextDouble() * total;
        for (var i = 0; i < leaves.Count; i++)
        {
            target -= weights[i];
            if (target < 0)
            {
                return leaves[i];
            }
        }

        return leaves[^1];
    }

    private static string UniqueName(StableRandom random, string brand, string noun, IReadOnlyList<string> sizes, HashSet<string> taken)
    {
        for (var attempt = 0; attempt < 40; attempt++)
        {
            // Later attempts add a variant word, so big catalogues still get plausible, distinct names.
            var variant = attempt < 3 ? string.Empty : " " + random.Pick(ProductVocabulary.Variants);
            var candidate = $"{brand} {random.Pick(ProductVocabulary.Qualifiers)} {noun}{variant} {random.Pick(sizes)}";
            if (taken.Add(candidate))
            {
                return candidate;
            }
        }

        var fallback = $"{brand} {noun} Value Pack {taken.Count.ToString(CultureInfo.InvariantCulture)}";
        taken.Add(fallback);
        return fallback;
    }

    private static string Sku(string brand, string leafSlug, int id)
    {
        var initials = string.Concat(brand.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => char.IsAsciiLetter(w[0])).Select(w => w[0]));
        var leafCode = leafSlug.Replace("-", string.Empty, StringComparison.Ordinal);
        leafCode = leafCode[..Math.Min(3, leafCode.Length)].ToUpperInvariant();
        return string.Create(CultureInfo.InvariantCulture, $"{initials.ToUpperInvariant()}-{leafCode}-{id:D5}");
    }

    /// <summary>A valid EAN-13 with a South African prefix; the product id in the digits keeps it unique.</summary>
    internal static string Gtin13(StableRandom random, int id)
    {
        var body = string.Create(CultureInfo.InvariantCulture, $"600{random.Next(1000, 10000)}{id % 100000:D5}");
        var sum = 0;
        for (var i = 0; i < 12; i++)
        {
            sum += (body[i] - '0') * (i % 2 == 0 ? 1 : 3);
        }

        return body + ((10 - (sum % 10)) % 10).ToString(CultureInfo.InvariantCulture);
    }

    private static string Mpn(StableRandom random)
    {
        var letters = new StringBuilder();
        letters.Append((char)('A' + random.Next(26))).Append((char)('A' + random.Next(26)));
        return string.Create(CultureInfo.InvariantCulture, $"{letters}-{random.Next(10000, 100000)}");
    }

    private static string Description(StableRandom random, string brand, string noun) =>
        string.Format(CultureInfo.InvariantCulture, random.Pick(ProductVocabulary.Openers), brand, noun.ToLowerInvariant())
        + " " + random.Pick(ProductVocabulary.Middles)
        + " " + random.Pick(ProductVocabulary.Closers);
}
