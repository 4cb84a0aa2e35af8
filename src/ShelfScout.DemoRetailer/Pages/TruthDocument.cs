using System.Buffers;
using System.Globalization;
using System.Text.Json;
using ShelfScout.Domain.Catalog;

namespace ShelfScout.DemoRetailer.Pages;

/// <summary>/__truth.json: the whole catalogue with today's offers, so external tools can score a crawl.</summary>
internal static class TruthDocument
{
    public static byte[] Write(DemoCatalog catalog, string origin, int day)
    {
        var buffer = new ArrayBufferWriter<byte>(64 * 1024);
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            w.WriteStartObject();
            w.WriteNumber("seed", catalog.Seed);
            w.WriteNumber("day", day);
            w.WriteNumber("expectedCategories", catalog.ExpectedCategories);
            w.WriteNumber("expectedProducts", catalog.ExpectedProducts);
            w.WriteNumber("expectedReviews", catalog.ExpectedReviews);
            w.WriteStartArray("categories");
            foreach (var c in catalog.Categories)
            {
                w.WriteStartObject();
                w.WriteNumber("id", c.Id);
                w.WriteString("name", c.Name);
                w.WriteString("path", c.Path);
                w.WriteString("url", origin + c.RelativeUrl);
                if (c.ParentId is int parent)
                {
                    w.WriteNumber("parentId", parent);
                }

                w.WriteBoolean("isLeaf", c.IsLeaf);
                w.WriteBoolean("inMenu", catalog.IsInMenu(c));
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("products");
            foreach (var p in catalog.Products.Where(p => catalog.OnSaleOn(p, day)))
            {
                Product(w, catalog, p, origin, day);
            }

            w.WriteEndArray();

            // What a monitoring crawl of this day should report against one of the day before.
            w.WriteStartArray("changesSincePreviousDay");
            foreach (var change in day > 0 ? catalog.ChangesBetween(day - 1, day) : [])
            {
                w.WriteStartObject();
                w.WriteString("kind", change.Kind.ToString());
                w.WriteString("url", origin + change.RelativeUrl);
                w.WriteString("sku", change.Sku);
                WriteNullable(w, "oldPrice", change.OldPrice);
                WriteNullable(w, "newPrice", change.NewPrice);
                w.WriteString("oldAvailability", change.OldAvailability?.ToString());
                w.WriteString("newAvailability", change.NewAvailability?.ToString());
                w.WriteEndObject();
            }

            w.WriteEndArray();

            // Shop-looking pages of this shape a crawler must not store as products.
            w.WriteStartArray("nonProductPages");
            foreach (var path in catalog.NonProductPaths())
            {
                w.WriteStringValue(origin + path);
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }

    private static void Product(Utf8JsonWriter w, DemoCatalog catalog, DemoProduct p, string origin, int day)
    {
        var offer = catalog.OfferFor(p, day);
        w.WriteStartObject();
        w.WriteNumber("id", p.Id);
        w.WriteString("name", p.Name);
        w.WriteString("url", origin + p.RelativeUrl);
        w.WriteString("sku", p.Sku);
        w.WriteString("gtin", p.Gtin);
        w.WriteString("mpn", p.Mpn);
        w.WriteString("brand", p.Brand);
        w.WriteStartArray("categoryIds");
        foreach (var id in p.CategoryIds)
        {
            w.WriteNumberValue(id);
        }

        w.WriteEndArray();

        // Where a crawler should place it: the listings showing it, or its breadcrumb's category when none does.
        w.WriteBoolean("listed", catalog.IsListed(p));
        w.WriteStartArray("placedInCategoryIds");
        foreach (var category in catalog.PlacedIn(p))
        {
            w.WriteNumberValue(category.Id);
        }

        w.WriteEndArray();
        var display = catalog.PriceDisplayOf(p);
        w.WriteString("priceDisplay", display switch
        {
            PriceDisplay.OnRequest => "onRequest",
            PriceDisplay.AfterLogin => "afterLogin",
            _ => "shown",
        });
        if (display != PriceDisplay.Shown)
        {
            // No price is shown, so a crawler should store none; the offer below is what a logged-in buyer would see.
            w.WriteNull("shownPrice");
        }

        w.WriteNumber("price", offer.Price);
        if (offer.RegularPrice is decimal regular)
        {
            w.WriteNumber("regularPrice", regular);
        }

        w.WriteString("currency", offer.Currency);
        w.WriteString("availability", AvailabilityNames.ToSchemaName(offer.Availability));
        if (offer.Quantity is int quantity)
        {
            w.WriteNumber("quantity", quantity);
        }

        w.WriteNumber("rating", p.Rating);
        w.WriteNumber("reviewCount", p.Reviews.Count);
        w.WriteString("firstReviewDate", p.Reviews.Count > 0 ? p.Reviews[^1].Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : null);
        w.WriteEndObject();
    }

    private static void WriteNullable(Utf8JsonWriter w, string name, decimal? value)
    {
        if (value is decimal number)
        {
            w.WriteNumber(name, number);
        }
        else
        {
            w.WriteNull(name);
        }
    }
}
