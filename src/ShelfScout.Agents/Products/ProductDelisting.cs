namespace ShelfScout.Agents.Products;

/// <summary>
/// The one way a stage delists a known product: its own page answered 404/410, or was read and is no longer a product
/// page. The store alerts a delisting once; true when this call delisted it (false: it already was).
/// </summary>
internal static class ProductDelisting
{
    public static async Task<bool> DelistAsync(AgentContext context, long productId, CancellationToken cancellationToken) =>
        await context.Store.DelistProductAsync(productId, context.TimeProvider.GetUtcNow(), context.RunId, cancellationToken).ConfigureAwait(false) is not null;
}
