using System.Globalization;
using Microsoft.AspNetCore.Http;
using ShelfScout.Domain.Catalog;
using ShelfScout.Storage.Dashboard;
using ShelfScout.Web.Hosting;

namespace ShelfScout.Web.Pages;

/// <summary>The product list's query string (<c>q, retailer, category, availability, changed, sale, sort, page, size</c>) both ways: read into a <see cref="ProductQuery"/>, written back into links.</summary>
internal sealed record ProductFilter(
    string? Search,
    long? RetailerId,
    long? CategoryId,
    Availability? Availability,
    int? ChangedDays,
    bool OnSale,
    ProductSort Sort,
    int Page,
    int PageSize)
{
    public const int DefaultPageSize = 50;

    public static ProductFilter Read(HttpRequest request) =>
        new(
            request.Text("q"),
            request.Long("retailer"),
            request.Long("category"),
            Enum.TryParse<Availability>(request.Text("availability"), ignoreCase: true, out var availability) ? availability : null,
            request.Int("changed") is { } days and > 0 ? Math.Min(days, 3650) : null,
            request.Flag("sale"),
            SortFrom(request.Text("sort")),
            Math.Max(1, request.Int("page") ?? 1),
            Math.Clamp(request.Int("size") ?? DefaultPageSize, 1, ProductQuery.MaxLimit));

    public ProductQuery ToQuery(DateTimeOffset now) => new()
    {
        Search = Search,
        RetailerId = RetailerId,
        CategoryId = CategoryId,
        Availability = Availability,
        PriceChangedSince = ChangedDays is { } days ? now.AddDays(-days) : null,
        OnSale = OnSale,
        Sort = Sort,
        Offset = (Page - 1) * PageSize,
        Limit = PageSize,
    };

    /// <summary>This filter's query string, for another page.</summary>
    public string QueryString(int page)
    {
        var parts = new List<string>();
        void Add(string name, string? value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                parts.Add(name + "=" + Uri.EscapeDataString(value));
            }
        }

        Add("q", Search);
        Add("retailer", RetailerId?.ToString(CultureInfo.InvariantCulture));
        Add("category", CategoryId?.ToString(CultureInfo.InvariantCulture));
        Add("availability", Availability?.ToString());
        Add("changed", ChangedDays?.ToString(CultureInfo.InvariantCulture));
        Add("sale", OnSale ? "1" : null);
        Add("sort", Sort == ProductSort.Name ? null : SortName(Sort));
        Add("page", page > 1 ? page.ToString(CultureInfo.InvariantCulture) : null);
        Add("size", PageSize != DefaultPageSize ? PageSize.ToString(CultureInfo.InvariantCulture) : null);
        return parts.Count == 0 ? string.Empty : "?" + string.Join('&', parts);
    }

    public static readonly (ProductSort Sort, string Label)[] Sorts =
    [
        (ProductSort.Name, "Name"),
        (ProductSort.PriceAscending, "Price, low to high"),
        (ProductSort.PriceDescending, "Price, high to low"),
        (ProductSort.RecentlyChanged, "Price changed recently"),
        (ProductSort.Newest, "Newest first"),
    ];

    public static string SortName(ProductSort sort) => sort switch
    {
        ProductSort.PriceAscending => "price",
        ProductSort.PriceDescending => "-price",
        ProductSort.RecentlyChanged => "changed",
        ProductSort.Newest => "new",
        _ => "name",
    };

    private static ProductSort SortFrom(string? text) => text switch
    {
        "price" => ProductSort.PriceAscending,
        "-price" => ProductSort.PriceDescending,
        "changed" => ProductSort.RecentlyChanged,
        "new" => ProductSort.Newest,
        _ => ProductSort.Name,
    };
}
