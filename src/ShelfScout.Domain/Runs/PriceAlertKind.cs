namespace ShelfScout.Domain.Runs;

/// <summary>What kind of change a <see cref="PriceAlert"/> reports.</summary>
public enum PriceAlertKind
{
    PriceDrop,
    PriceRise,
    BackInStock,
    WentOutOfStock,
}
