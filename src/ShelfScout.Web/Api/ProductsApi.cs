using System.Text.Json;
using Microsoft.AspNetCore.Http;
using ShelfScout.Domain.Catalog;
using ShelfScout.Storage.Records;
using ShelfScout.Web.Hosting;
using ShelfScout.Web.Pages;

namespace ShelfScout.Web.Api;

/// <summary>
/// <c>/api/products</c> (the product list's filters and paging), <c>/api/products/{id}</c> (as <c>export products</c>
/// writes one) and <c>/api/products/{id}/history</c> (the price and stock rows the chart draws, as stored).
/// </summary>
internal sealed class ProductsApi(DashboardData data)
{
    public async Task ListAsync(HttpContext context)
    {
        var filter = ProductFilter.Read(context.Request);
        var query = filter.ToQuery(data.Now);
        var page = await data.Reader.QueryProductsAsync(query, context.RequestAborted).ConfigureAwait(false);
        await JsonResponse.WriteAsync(context, json =>
        {
            json.WriteStartObject();
            json.WriteNumber("total", page.Total);
            json.WriteNumber("offset", query.Offset);
            json.WriteNumber("limit", query.Limit);
            json.WriteStartArray("items");
            foreach (var item in page.Items)
            {
                json.WriteStartObject();
                json.WriteNumber("id", item.Id);
                json.WriteString("retailer", item.RetailerName);
                json.WriteString("url", item.Url);
                json.WriteString("name", item.Name);
                json.WriteString("sku", item.Sku);
                json.Money("price", item.Price);
                json.Money("regularPrice", item.RegularPrice);
                json.WriteString("currency", item.Currency);
                json.WriteString("availability", AvailabilityNames.ToSchemaName(item.Availability));
                json.Int("stockQuantity", item.StockQuantity);
                json.Time("priceChangedAt", item.PriceChangedAt);
                json.Time("delistedAt", item.DelistedAt);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }).ConfigureAwait(false);
    }

    public async Task OneAsync(HttpContext context)
    {
        if (context.RouteLong("id") is not { } id || await data.Reader.GetProductAsync(id, context.RequestAborted).ConfigureAwait(false) is not { } product)
        {
            await JsonResponse.NotFoundAsync(context, "no stored product has this id").ConfigureAwait(false);
            return;
        }

        await JsonResponse.WriteAsync(context, json => WriteProduct(json, product)).ConfigureAwait(false);
    }

    public async Task HistoryAsync(HttpContext context)
    {
        if (context.RouteLong("id") is not { } id || await data.Store.GetProductHistoryAsync(id, context.RequestAborted).ConfigureAwait(false) is not { } history)
        {
            await JsonResponse.NotFoundAsync(context, "no stored product has this id").ConfigureAwait(false);
            return;
        }

        await JsonResponse.WriteAsync(context, json =>
        {
            json.WriteStartObject();
            json.WriteNumber("productId", history.Product.Id);
            json.WriteString("name", history.Product.Name);
            json.WriteString("url", history.Product.Url);
            // The last state holds until the product was last seen (or delisted): the chart draws its step that far.
            json.Time("until", history.Product.DelistedAt ?? history.Product.LastSeen);
            json.WriteStartArray("prices");
            foreach (var point in history.Prices)
            {
                json.WriteStartObject();
                json.Time("observedAt", point.ObservedAt);
                json.WriteNumber("price", point.Price);
                json.Money("regularPrice", point.RegularPrice);
                json.WriteString("currency", point.Currency);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("stock");
            foreach (var point in history.Stock)
            {
                json.WriteStartObject();
                json.Time("observedAt", point.ObservedAt);
                json.WriteString("availability", point.Availability.ToString());
                json.Int("quantity", point.Quantity);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }).ConfigureAwait(false);
    }

    private static void WriteProduct(Utf8JsonWriter json, ProductExport p)
    {
        json.WriteStartObject();
        json.WriteNumber("id", p.Id);
        json.WriteString("retailer", p.Retailer);
        json.WriteString("url", p.Url);
        json.WriteString("name", p.Name);
        json.WriteString("sku", p.Sku);
        json.WriteString("gtin", p.Gtin);
        json.WriteString("mpn", p.Mpn);
        json.WriteString("brand", p.Brand);
        json.Money("price", p.Price);
        json.Money("regularPrice", p.RegularPrice);
        json.WriteString("currency", p.Currency);
        json.WriteString("availability", p.Availability);
        json.Int("stockQuantity", p.StockQuantity);
        json.Money("rating", p.Rating);
        json.Int("reviewCount", p.ReviewCount);
        json.WriteStartArray("images");
        foreach (var image in p.Images)
        {
            json.WriteStringValue(image);
        }

        json.WriteEndArray();
        json.WriteStartArray("categories");
        foreach (var category in p.Categories)
        {
            json.WriteStringValue(category);
        }

        json.WriteEndArray();
        json.WriteString("description", p.Description);
        json.Time("firstSeen", p.FirstSeen);
        json.Time("lastSeen", p.LastSeen);
        json.WriteStartArray("variants");
        foreach (var v in p.Variants)
        {
            json.WriteStartObject();
            json.WriteString("variant", v.Key);
            json.WriteString("sku", v.Sku);
            json.WriteString("gtin", v.Gtin);
            json.WriteString("name", v.Name);
            json.WriteStartArray("options");
            foreach (var option in v.Options)
            {
                json.WriteStringValue(option);
            }

            json.WriteEndArray();
            json.Money("price", v.Price);
            json.Money("regularPrice", v.RegularPrice);
            json.WriteString("currency", v.Currency);
            json.WriteString("availability", v.Availability);
            json.Int("stockQuantity", v.StockQuantity);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }
}
