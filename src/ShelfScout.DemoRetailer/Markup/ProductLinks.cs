using System.Globalization;

namespace ShelfScout.DemoRetailer.Markup;

/// <summary>
/// The paths a product is linked under. With <see cref="DemoStoreOptions.ProductPathAliases"/> these are the
/// Shopify shapes: <c>/collections/&lt;handle&gt;/products/&lt;slug&gt;</c> from listings and <c>?variant=N</c> from
/// related blocks and swatches; otherwise always the product's own URL.
/// </summary>
internal static class ProductLinks
{
    public const string CollectionRoot = "/collections/";

    // Shopify variant ids are large numbers unrelated to the product's handle.
    private const long VariantIdBase = 39_000_000_000;

    public static string InListing(DemoCatalog catalog, DemoProduct product, DemoCategory category) =>
        catalog.Shape.ProductPathAliases ? CollectionRoot + category.Slug + "/products/" + product.Slug : product.RelativeUrl;

    public static string Related(DemoCatalog catalog, DemoProduct product) =>
        catalog.Shape.ProductPathAliases ? Variant(product, 0) : product.RelativeUrl;

    public static string Variant(DemoProduct product, int index) =>
        product.RelativeUrl + "?variant=" + VariantId(product, index).ToString(CultureInfo.InvariantCulture);

    public static long VariantId(DemoProduct product, int index) => VariantIdBase + (product.Id * 10L) + index;
}
