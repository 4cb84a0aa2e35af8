using ShelfScout.Domain.Catalog;
using ShelfScout.Extraction.StructuredData;

namespace ShelfScout.Extraction.Products.Variants;

/// <summary>
/// Variants in schema.org markup: a <c>ProductGroup</c>'s <c>hasVariant</c> products, or one product's list of offers
/// that name different SKUs (a size or colour each).
/// </summary>
internal static class StructuredVariantReader
{
    /// <summary>schema.org PriceTypeEnumeration members that name the price a sale is measured against.</summary>
    private static readonly string[] ListPriceTypes = ["ListPrice", "StrikethroughPrice", "MSRP"];

    private static readonly string[] OptionProperties = ["color", "size", "material", "pattern", "model", "width", "depth", "height", "weight"];

    public static IReadOnlyList<VariantCandidate> Read(StructuredItem product, Uri pageUrl)
    {
        var members = product.GetItems("hasVariant").ToList();
        if (members.Count > 0)
        {
            return members.Select(m => FromProduct(m, pageUrl)).ToList();
        }

        var offers = product.GetItems("offers")
            .SelectMany(o => o.IsType("AggregateOffer") ? o.GetItems("offers") : [o])
            .ToList();
        var distinct = offers.Select(o => o.GetText("sku") ?? o.GetText("name")).Where(k => k is not null).Distinct(StringComparer.Ordinal).Count();
        if (offers.Count < 2 || distinct < 2)
        {
            return [];
        }

        return offers.Select(o => new VariantCandidate(null, FromOffer(o, pageUrl) with { Sku = o.GetText("sku"), Name = o.GetText("name"), Gtin = Gtin(o) }, false)).ToList();
    }

    private static VariantCandidate FromProduct(StructuredItem member, Uri pageUrl)
    {
        var offer = member.GetItems("offers").SelectMany(o => o.IsType("AggregateOffer") ? o.GetItems("offers").DefaultIfEmpty(o) : [o]).FirstOrDefault();
        var variant = offer is null ? new ProductVariant() : FromOffer(offer, pageUrl);
        return new VariantCandidate(null, variant with
        {
            Sku = member.GetText("sku") ?? offer?.GetText("sku"),
            Gtin = Gtin(member) ?? (offer is null ? null : Gtin(offer)),
            Name = member.GetText("name"),
            Options = OptionProperties.Select(member.GetText).OfType<string>().ToList(),
        }, false);
    }

    private static ProductVariant FromOffer(StructuredItem offer, Uri pageUrl)
    {
        var currency = offer.GetText("priceCurrency") ?? offer.GetItems("priceSpecification").Select(s => s.GetText("priceCurrency")).FirstOrDefault(c => c is not null);
        var price = offer.GetText("price") ?? offer.GetText("lowPrice") ?? offer.GetItems("priceSpecification").Select(s => s.GetText("price")).FirstOrDefault(p => p is not null);
        var url = offer.GetText("url");
        var amount = StructuredProductReader.Amount(price, currency);
        var listPrice = offer.GetItems("priceSpecification")
            .Where(s => s.GetText("priceType") is { } type && ListPriceTypes.Any(t => type.EndsWith(t, StringComparison.OrdinalIgnoreCase)))
            .Select(s => StructuredProductReader.Amount(s.GetText("price"), currency))
            .FirstOrDefault(p => p is not null);
        var quantity = StructuredProductReader.Number(offer.GetItems("inventoryLevel").Select(l => l.GetText("value")).FirstOrDefault() ?? offer.GetText("inventoryLevel"));
        return new ProductVariant
        {
            Price = amount,
            RegularPrice = listPrice > amount ? listPrice : null,
            Currency = PriceText.CurrencyCode(currency),
            Availability = AvailabilityNames.FromSchemaValue(offer.GetText("availability")),
            StockQuantity = quantity is >= 0 and < 1_000_000 ? (int)quantity : null,
            IsSelected = url is not null && Uri.TryCreate(pageUrl, url, out var u) && u.Query.Length > 1 && u.Query == pageUrl.Query,
        };
    }

    private static string? Gtin(StructuredItem item) =>
        item.GetText("gtin13") ?? item.GetText("gtin") ?? item.GetText("gtin14") ?? item.GetText("gtin12") ?? item.GetText("gtin8");
}
