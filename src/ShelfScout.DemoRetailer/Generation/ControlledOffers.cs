using ShelfScout.Domain.Catalog;
using ShelfScout.Domain.Runs;

namespace ShelfScout.DemoRetailer.Generation;

/// <summary>
/// Offers under <see cref="DemoStoreOptions.OfferChangeRate"/>: day 0 is the calculator's offer; on each later day
/// exactly round(rate x products) products, picked per (seed, day), change (the first half their price, the rest
/// their stock) and every other product keeps its previous day's offer. Days are computed once and kept.
/// </summary>
internal sealed class ControlledOffers
{
    private readonly int _seed;
    private readonly double _rate;
    private readonly IReadOnlyList<ProductTraits> _traits;
    private readonly List<DemoOffer[]> _days = [];
    private readonly Lock _gate = new();

    public ControlledOffers(int seed, double rate, IReadOnlyList<ProductTraits> traits)
    {
        _seed = seed;
        _rate = rate;
        _traits = traits;
    }

    /// <summary>How many products change offer from one day to the next.</summary>
    public int ChangesPerDay => (int)Math.Round(_rate * _traits.Count, MidpointRounding.AwayFromZero);

    public DemoOffer For(int productId, int day)
    {
        day = Math.Max(0, day);
        lock (_gate)
        {
            while (_days.Count <= day)
            {
                _days.Add(_days.Count == 0 ? Baseline() : Next(_days[^1], _days.Count));
            }

            return _days[day][productId - 1];
        }
    }

    private DemoOffer[] Baseline()
    {
        var offers = new DemoOffer[_traits.Count];
        for (var i = 0; i < offers.Length; i++)
        {
            offers[i] = OfferCalculator.For(_seed, i + 1, _traits[i], 0);
        }

        return offers;
    }

    private DemoOffer[] Next(DemoOffer[] previous, int day)
    {
        var offers = (DemoOffer[])previous.Clone();
        var picked = Enumerable.Range(1, offers.Length)
            .OrderBy(id => StableRandom.Hash(_seed, "offer-change", day, id))
            .Take(ChangesPerDay)
            .ToList();
        var priceChanges = (picked.Count + 1) / 2;
        for (var i = 0; i < picked.Count; i++)
        {
            var id = picked[i];
            var old = offers[id - 1];
            offers[id - 1] = i < priceChanges ? NewPrice(old, id, day) : NewStock(old);
        }

        return offers;
    }

    private DemoOffer NewPrice(DemoOffer old, int productId, int day)
    {
        var random = StableRandom.For(_seed, "offer-change-price", productId, day);
        var percent = random.Next(5, 26);
        var factor = random.Chance(50) ? 1m + (percent / 100m) : 1m - (percent / 100m);
        var price = OfferCalculator.RoundToShelfPrice(old.Price * factor, old.Currency, random.Next(3));
        if (price == old.Price)
        {
            price = old.Price + 1m;
        }

        return old with { Price = price, RegularPrice = null };
    }

    private static DemoOffer NewStock(DemoOffer old) => OfferAlerts.IsBuyable(old.Availability)
        ? old with { Availability = Availability.OutOfStock, Quantity = null }
        : old with { Availability = Availability.InStock, Quantity = null };
}
