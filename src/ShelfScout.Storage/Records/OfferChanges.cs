namespace ShelfScout.Storage.Records;

/// <summary>What recording a product's offer changed: its price (null: unchanged or not given) and its stock (null: unchanged).</summary>
public sealed record OfferChanges(PriceChange? Price, StockChange? Stock)
{
    /// <summary>What its variants' offers changed.</summary>
    public VariantOfferChanges Variants { get; init; } = VariantOfferChanges.None;
}
