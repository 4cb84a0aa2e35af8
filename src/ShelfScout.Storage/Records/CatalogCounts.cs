namespace ShelfScout.Storage.Records;

/// <summary>How much the store holds for one retailer.</summary>
public sealed record CatalogCounts(int Categories, int Products, int Reviews, int PriceObservations, int StockObservations);
