using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using ShelfScout.Domain.Catalog;

namespace ShelfScout.DemoRetailer.Markup;

/// <summary>schema.org JSON-LD blocks for the JSON-LD theme. The default encoder escapes '&lt;', so blocks are safe inside &lt;script&gt;.</summary>
internal static class JsonLd
{
    public static string Organization(string origin) => Write(w =>
    {
        Context(w, "Organization");
        w.WriteString("name", SiteChrome.StoreName);
        w.WriteString("url", origin + "/");
        w.WriteString("logo", origin + "/images/logo.png");
    });

    public static string WebSite(string origin) => Write(w =>
    {
        Context(w, "WebSite");
        w.WriteString("name", SiteChrome.StoreName);
        w.WriteString("url", origin + "/");
        w.WriteStartObject("potentialAction");
        w.WriteString("@type", "SearchAction");
        w.WriteString("target", origin + "/search?q={search_term_string}");
        w.WriteString("query-input", "required name=search_term_string");
        w.WriteEndObject();
    });

    public static string BreadcrumbList(string origin, IReadOnlyList<Crumb> crumbs) => Write(w =>
    {
        Context(w, "BreadcrumbList");
        w.WriteStartArray("itemListElement");
        for (var i = 0; i < crumbs.Count; i++)
        {
            w.WriteStartObject();
            w.WriteString("@type", "ListItem");
            w.WriteNumber("position", i + 1);
            w.WriteString("name", crumbs[i].Name);
            if (crumbs[i].RelativeUrl is string url)
            {
                w.WriteString("item", origin + url);
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
    });

    /// <summary>The Product block; <paramref name="offer"/> is null on review pages, which only describe the reviews.</summary>
    public static string Product(string origin, DemoProduct product, DemoOffer? offer, IReadOnlyList<DemoReview> reviewsOnPage) =>
        Product(origin, product, offer, reviewsOnPage, details: offer is not null);

    /// <summary>The Product block of a page that shows no price (quote-only, price after login): every detail but no offer.</summary>
    public static string PricelessProduct(string origin, DemoProduct product, IReadOnlyList<DemoReview> reviewsOnPage) =>
        Product(origin, product, offer: null, reviewsOnPage, details: true);

    private static string Product(string origin, DemoProduct product, DemoOffer? offer, IReadOnlyList<DemoReview> reviewsOnPage, bool details) => Write(w =>
    {
        Context(w, "Product");
        w.WriteString("@id", origin + product.RelativeUrl + "#product");
        w.WriteString("name", product.Name);
        w.WriteString("url", origin + product.RelativeUrl);
        w.WriteString("sku", product.Sku);
        if (details)
        {
            w.WriteString("gtin13", product.Gtin);
            if (product.Mpn is not null)
            {
                w.WriteString("mpn", product.Mpn);
            }

            w.WriteStartObject("brand");
            w.WriteString("@type", "Brand");
            w.WriteString("name", product.Brand);
            w.WriteEndObject();
            w.WriteString("description", product.Description);
            w.WriteStartArray("image");
            foreach (var image in product.ImageRelativeUrls)
            {
                w.WriteStringValue(origin + image);
            }

            w.WriteEndArray();
            if (offer is not null)
            {
                Offer(w, origin, product, offer);
            }
        }

        if (product.Reviews.Count > 0)
        {
            w.WriteStartObject("aggregateRating");
            w.WriteString("@type", "AggregateRating");
            w.WriteNumber("ratingValue", product.Rating);
            w.WriteNumber("reviewCount", product.Reviews.Count);
            w.WriteNumber("bestRating", 5);
            w.WriteEndObject();
        }

        if (reviewsOnPage.Count > 0)
        {
            w.WriteStartArray("review");
            foreach (var review in reviewsOnPage)
            {
                Review(w, review);
            }

            w.WriteEndArray();
        }
    });

    private static void Offer(Utf8JsonWriter w, string origin, DemoProduct product, DemoOffer offer)
    {
        w.WriteStartObject("offers");
        w.WriteString("@type", "Offer");
        w.WriteString("url", origin + product.RelativeUrl);
        w.WriteString("price", PriceFormatter.Invariant(offer.Price));
        w.WriteString("priceCurrency", offer.Currency);
        w.WriteString("availability", "https://schema.org/" + AvailabilityNames.ToSchemaName(offer.Availability));
        w.WriteString("itemCondition", "https://schema.org/NewCondition");
        if (offer.Quantity is int quantity)
        {
            w.WriteStartObject("inventoryLevel");
            w.WriteString("@type", "QuantitativeValue");
            w.WriteNumber("value", quantity);
            w.WriteEndObject();
        }

        if (offer.RegularPrice is decimal regular)
        {
            w.WriteStartObject("priceSpecification");
            w.WriteString("@type", "UnitPriceSpecification");
            w.WriteString("priceType", "https://schema.org/ListPrice");
            w.WriteString("price", PriceFormatter.Invariant(regular));
            w.WriteString("priceCurrency", offer.Currency);
            w.WriteEndObject();
        }

        w.WriteEndObject();
    }

    private static void Review(Utf8JsonWriter w, DemoReview review)
    {
        w.WriteStartObject();
        w.WriteString("@type", "Review");
        w.WriteString("name", review.Title);
        w.WriteString("reviewBody", review.Body);
        w.WriteString("datePublished", review.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        w.WriteStartObject("author");
        w.WriteString("@type", "Person");
        w.WriteString("name", review.Author);
        w.WriteEndObject();
        w.WriteStartObject("reviewRating");
        w.WriteString("@type", "Rating");
        w.WriteNumber("ratingValue", review.Rating);
        w.WriteNumber("bestRating", 5);
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void Context(Utf8JsonWriter w, string type)
    {
        w.WriteString("@context", "https://schema.org");
        w.WriteString("@type", type);
    }

    private static string Write(Action<Utf8JsonWriter> body)
    {
        var buffer = new ArrayBufferWriter<byte>(1024);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            body(writer);
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
