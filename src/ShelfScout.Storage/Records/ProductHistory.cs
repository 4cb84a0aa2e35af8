namespace ShelfScout.Storage.Records;

/// <summary>A product with its price and stock history, each oldest first (the stored rows are changes only).</summary>
public sealed record ProductHistory(ProductMatch Product, IReadOnlyList<PricePoint> Prices, IReadOnlyList<StockPoint> Stock);
