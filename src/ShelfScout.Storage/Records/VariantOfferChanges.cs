using ShelfScout.Domain.Runs;

namespace ShelfScout.Storage.Records;

/// <summary>What recording one page's variants changed: history rows appended and the alerts they raised.</summary>
public sealed record VariantOfferChanges(int Variants, int PriceChanges, int StockChanges, IReadOnlyList<PriceAlert> Alerts)
{
    public static VariantOfferChanges None { get; } = new(0, 0, 0, []);
}
