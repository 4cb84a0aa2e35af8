namespace ShelfScout.Domain.Runs;

/// <summary>What kind of change a <see cref="PriceAlert"/> reports.</summary>
public enum PriceAlertKind
{
    PriceDrop,
    PriceRise,
    BackInStock,
    WentOutOfStock,

    /// <summary>A product that appeared in a catalogue already crawled once (not every product of a first crawl).</summary>
    NewProduct,

    /// <summary>A known product whose own page now answers 404/410 or is no longer a product page.</summary>
    Delisted,
}
