using System.Globalization;
using ShelfScout.Domain.Catalog;
using ShelfScout.Extraction.Pricing;
using ShelfScout.Extraction.Products.Variants;
using ShelfScout.Extraction.StructuredData;

namespace ShelfScout.Extraction.Products;

/// <summary>
/// Turns the page's structured data (JSON-LD, microdata, RDFa, OpenGraph and product meta tags) into candidates:
/// it picks the main Product item (named like the page, carrying offers, not a related product) and reads its offer.
/// </summary>
internal static class StructuredProductReader
{
    private static readonly string[] ProductTypes = ["Product", "ProductGroup", "IndividualProduct", "ProductModel", "SomeProducts", "Vehicle", "Car", "Book"];
    private static readonly string[] ElsewhereProperties = ["isRelatedTo", "isSimilarTo", "isAccessoryOrSparePartFor", "isConsumableFor", "itemListElement", "relatedLink", "mentions", "hasPart", "isVariantOf"];

    public static void Read(StructuredDataSet data, Uri pageUrl, IReadOnlyList<string> referenceNames, ProductEvidence evidence)
    {
        var products = MainProducts(data, pageUrl, referenceNames);
        foreach (var (product, rank) in products.Select((p, i) => (p, i)))
        {
            // The best-ranked product speaks loudest; another (a second syntax of the same product) still counts.
            var weight = rank == 0 ? 2.0 : 0.8;
            ReadProduct(product, pageUrl, weight, evidence);
            evidence.AddVariants(StructuredVariantReader.Read(GroupOf(product, data) ?? product, pageUrl), Sources.Of(product.Syntax), weight);
        }

        evidence.HasStructuredProduct = products.Count > 0;
        ReadMeta(data.Meta, evidence);
    }

    /// <summary>The ProductGroup that lists <paramref name="product"/> among its variants, when the page has one.</summary>
    private static StructuredItem? GroupOf(StructuredItem product, StructuredDataSet data) =>
        data.Descendants().FirstOrDefault(g => g.GetItems("hasVariant").Any(v => ReferenceEquals(v, product)));

    private static List<StructuredItem> MainProducts(StructuredDataSet data, Uri pageUrl, IReadOnlyList<string> referenceNames)
    {
        var elsewhere = new HashSet<StructuredItem>(ReferenceEqualityComparer.Instance);
        foreach (var item in data.Descendants())
        {
            foreach (var property in ElsewhereProperties)
            {
                foreach (var nested in item.GetItems(property))
                {
                    elsewhere.Add(nested);
                }
            }

            // A product group speaks for its variants: they are read as its variant list, not as rival main products.
            if (ProductTypes.Any(item.IsType))
            {
                foreach (var variant in item.GetItems("hasVariant"))
                {
                    elsewhere.Add(variant);
                }
            }
        }

        var scored = data.Descendants()
            .Where(i => ProductTypes.Any(i.IsType) && !elsewhere.Contains(i))
            .Select(i => (Item: i, Score: ScoreProduct(i, pageUrl, referenceNames)))
            .OrderByDescending(p => p.Score)
            .ToList();
        if (scored.Count == 0)
        {
            return [];
        }

        // One product per syntax: JSON-LD and microdata often both describe the main product.
        return scored.GroupBy(p => p.Item.Syntax).Select(g => g.First()).OrderByDescending(p => p.Score).Select(p => p.Item).ToList();
    }

    private static double ScoreProduct(StructuredItem item, Uri pageUrl, IReadOnlyList<string> referenceNames)
    {
        var score = 0.0;
        score += item.GetItems("offers").Any() ? 2 : 0;
        score += item.GetText("name") is { } name ? TextSimilarity.Best(name, referenceNames) * 2 : -1;
        score += item.GetText("url") is { } url && Uri.TryCreate(pageUrl, url, out var u) && u.AbsolutePath == pageUrl.AbsolutePath ? 1 : 0;
        score += item.Syntax == StructuredSyntax.JsonLd ? 0.2 : 0;
        return score;
    }

    private static void ReadProduct(StructuredItem product, Uri pageUrl, double weight, ProductEvidence evidence)
    {
        var source = Sources.Of(product.Syntax);
        ProductEvidence.Add(evidence.Name, product.GetText("name"), source, weight);
        ProductEvidence.Add(evidence.Sku, product.GetText("sku") ?? product.GetText("productID"), source, weight);
        ProductEvidence.Add(evidence.Mpn, product.GetText("mpn"), source, weight);
        ProductEvidence.Add(evidence.Gtin, Gtin(product), source, weight);
        ProductEvidence.Add(evidence.Brand, product.GetItems("brand").Concat(product.GetItems("manufacturer")).Select(b => b.GetText("name")).FirstOrDefault(n => n is not null) ?? product.GetText("brand"), source, weight);
        ProductEvidence.Add(evidence.Description, product.GetText("description"), source, weight);
        foreach (var image in Images(product))
        {
            ProductEvidence.Add(evidence.Images, Absolute(pageUrl, image), source, weight);
        }

        if (product.GetItems("aggregateRating").FirstOrDefault() is { } rating)
        {
            ProductEvidence.Add(evidence.Rating, Number(rating.GetText("ratingValue")), source, weight);
            ProductEvidence.Add(evidence.ReviewCount, (int?)Number(rating.GetText("reviewCount") ?? rating.GetText("ratingCount")), source, weight);
        }

        var offers = product.GetItems("offers").ToList();
        var variantOffers = product.GetItems("hasVariant").SelectMany(v => v.GetItems("offers")).ToList();
        var offer = offers.Count > 0 ? ChooseOffer(offers, pageUrl) : ChooseOffer(variantOffers, pageUrl, preferPurchasable: true);
        if (offer is null)
        {
            return;
        }

        var price = offer.GetText("price") ?? offer.GetText("lowPrice") ?? offer.GetItems("priceSpecification").Select(s => s.GetText("price")).FirstOrDefault(p => p is not null);
        var currency = offer.GetText("priceCurrency") ?? offer.GetItems("priceSpecification").Select(s => s.GetText("priceCurrency")).FirstOrDefault(p => p is not null);
        ProductEvidence.Add(evidence.Price, Amount(price, currency), source, weight);
        ProductEvidence.Add(evidence.Currency, currency, source, weight);
        ProductEvidence.Add(evidence.Sku, offer.GetText("sku"), source, weight * 0.6);
        ProductEvidence.Add(evidence.Gtin, Gtin(offer), source, weight * 0.6);
        var all = offers.Count > 0 ? offers : variantOffers;
        var availability = all.Select(o => AvailabilityNames.FromSchemaValue(o.GetText("availability"))).Where(a => a != Availability.Unknown).ToList();
        if (availability.Count > 0)
        {
            // The offer the URL selects (a variant's) speaks for the page; otherwise a product is buyable when any of
            // its offers is, and else the chosen offer's state stands.
            var chosen = AvailabilityNames.FromSchemaValue(offer.GetText("availability"));
            var state = chosen != Availability.Unknown && all.Count > 1 && IsSelectedByUrl(offer, pageUrl) ? chosen
                : availability.Contains(Availability.InStock) ? Availability.InStock : chosen != Availability.Unknown ? chosen : availability[0];
            // What the page shows a shopper is fresher than markup (often a cached template): markup counts less here.
            evidence.Availability.Add(new Candidate<Availability>(state, source, weight * 0.6));
        }

        ProductEvidence.Add(evidence.StockQuantity, (int?)Number(offer.GetItems("inventoryLevel").Select(l => l.GetText("value")).FirstOrDefault() ?? offer.GetText("inventoryLevel")), source, weight);
    }

    /// <param name="preferPurchasable">For a group's variant offers: without one the URL selects, the first that can be bought.</param>
    private static StructuredItem? ChooseOffer(List<StructuredItem> offers, Uri pageUrl, bool preferPurchasable = false)
    {
        var priced = offers.SelectMany(o => o.IsType("AggregateOffer") && o.GetItems("offers").Any() && o.GetText("lowPrice") is null ? o.GetItems("offers") : [o])
            .Where(o => o.GetText("price") is not null || o.GetText("lowPrice") is not null || o.GetItems("priceSpecification").Any())
            .ToList();
        return priced.FirstOrDefault(o => IsSelectedByUrl(o, pageUrl))
               ?? (preferPurchasable ? priced.FirstOrDefault(o => AvailabilityNames.FromSchemaValue(o.GetText("availability")) is not (Availability.OutOfStock or Availability.Discontinued)) : null)
               ?? priced.FirstOrDefault();
    }

    /// <summary>The offer the page URL selects (its SKU in the query, or the offer's own URL with the same query: <c>?variant=…</c>).</summary>
    private static bool IsSelectedByUrl(StructuredItem offer, Uri pageUrl)
    {
        var query = pageUrl.Query + pageUrl.Fragment;
        return (offer.GetText("sku") is { Length: > 2 } sku && query.Contains(sku, StringComparison.OrdinalIgnoreCase))
               || (offer.GetText("url") is { } url && Uri.TryCreate(pageUrl, url, out var u) && u.Query.Length > 1 && u.Query == pageUrl.Query);
    }

    private static void ReadMeta(IReadOnlyDictionary<string, IReadOnlyList<string>> meta, ProductEvidence evidence)
    {
        string? Get(params string[] keys) => keys.Select(k => meta.TryGetValue(k, out var v) ? v.FirstOrDefault(x => !string.IsNullOrWhiteSpace(x)) : null).FirstOrDefault(v => v is not null);

        var currency = Get("product:price:currency", "og:price:currency", "product:sale_price:currency");
        ProductEvidence.Add(evidence.Price, Amount(Get("product:sale_price:amount", "product:price:amount", "og:price:amount", "product:price", "og:price"), currency), Sources.Meta, 0.9);
        ProductEvidence.Add(evidence.Currency, currency, Sources.Meta, 0.9);
        var availability = AvailabilityNames.FromSchemaValue(Get("product:availability", "og:availability")?.Replace(" ", string.Empty, StringComparison.Ordinal));
        if (availability != Availability.Unknown)
        {
            evidence.Availability.Add(new Candidate<Availability>(availability, Sources.Meta, 0.9));
        }

        ProductEvidence.Add(evidence.Sku, Get("product:retailer_item_id", "product:sku"), Sources.Meta, 0.7);
        ProductEvidence.Add(evidence.Brand, Get("product:brand", "og:brand"), Sources.Meta, 0.7);
        ProductEvidence.Add(evidence.Name, Get("og:title"), Sources.OpenGraph, 0.4);
        ProductEvidence.Add(evidence.Images, Get("og:image", "og:image:url", "og:image:secure_url", "twitter:image"), Sources.OpenGraph, 0.5);
        ProductEvidence.Add(evidence.Description, Get("og:description", "description"), Sources.OpenGraph, 0.3);
    }

    private static string? Gtin(StructuredItem item) =>
        item.GetText("gtin13") ?? item.GetText("gtin") ?? item.GetText("gtin14") ?? item.GetText("gtin12") ?? item.GetText("gtin8") ?? item.GetText("isbn");

    private static IEnumerable<string> Images(StructuredItem product)
    {
        if (!product.Properties.TryGetValue("image", out var values))
        {
            yield break;
        }

        foreach (var value in values)
        {
            var url = value.Item is { } image ? image.GetText("contentUrl") ?? image.GetText("url") : value.Text;
            if (!string.IsNullOrWhiteSpace(url))
            {
                yield return url;
            }
        }
    }

    /// <summary>Schema.org prices use '.' as the decimal point; anything else goes through the price parser.</summary>
    internal static decimal? Amount(string? text, string? currency)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var trimmed = text.Trim();
        if (decimal.TryParse(trimmed, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            // "24.990" in pesos or yen is twenty-four thousand: a currency without decimals groups thousands with the dot.
            var dot = trimmed.IndexOf('.', StringComparison.Ordinal);
            return dot > 0 && trimmed.Length - dot - 1 == 3 && CurrencyExponent.Of(PriceText.CurrencyCode(currency)) == 0 ? value * 1000 : value;
        }

        return PriceText.Parse(trimmed, currency).Amount;
    }

    internal static decimal? Number(string? text) =>
        decimal.TryParse(text?.Trim().Replace(',', '.'), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) ? value : null;

    private static string? Absolute(Uri pageUrl, string url) => Uri.TryCreate(pageUrl, url.Trim(), out var absolute) ? absolute.AbsoluteUri : null;
}
