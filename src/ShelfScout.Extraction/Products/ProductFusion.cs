using ShelfScout.Domain.Catalog;
using ShelfScout.Extraction.Products.Variants;

namespace ShelfScout.Extraction.Products;

/// <summary>Decides every field from the evidence and records which source gave it.</summary>
internal static class ProductFusion
{
    /// <summary>Decides every field; without <paramref name="always"/> a page that is not clearly a product page gets none.</summary>
    /// <param name="always">Decide the fields whatever the page looks like (the page's recognition is decided apart).</param>
    public static ProductExtraction Decide(ProductEvidence evidence, Uri pageUrl, bool hasTitle, bool always = false)
    {
        var sources = new Dictionary<string, string>(StringComparer.Ordinal);
        T? Pick<T>(string field, List<Candidate<T>> candidates, IEqualityComparer<T>? comparer = null)
            where T : notnull
        {
            var best = FieldVote.Decide(candidates, comparer);
            if (best is null)
            {
                return default;
            }

            sources[field] = best.Source;
            return best.Value;
        }

        evidence.Price.RemoveAll(p => p.Value <= 0);
        ReadThousandsLikeThePage(evidence);
        ShownPriceOverNetOrUnrounded(evidence);
        DiscountListPricesInMarkup(evidence);
        BoostIdentifiersInUrl(evidence.Sku, pageUrl);
        DiscountInvisibleIdentifiers(evidence.Sku, evidence.VisibleTokens);
        NormalizeCurrencies(evidence.Currency);
        var price = evidence.Price.Count > 0 ? Pick("price", evidence.Price) : (decimal?)null;
        var currency = Pick("currency", evidence.Currency, StringComparer.OrdinalIgnoreCase);
        price = InMinorUnits(price, currency);
        var variants = VariantFusion.Decide(evidence, pageUrl, price, currency);
        var representative = VariantFusion.Representative(variants);
        if (price is null && representative?.Price is { } variantPrice)
        {
            // The page states no price of its own: the product's is its selected (or first purchasable) variant's.
            price = variantPrice;
            sources["price"] = "variant";
        }

        var regular = evidence.RegularPrice.Count > 0 ? Pick("regularPrice", evidence.RegularPrice) : (decimal?)null;
        var namedAndPriced = price is not null && (hasTitle || evidence.Price.Any(p => p.Source == Sources.Meta));
        var isProductPage = evidence.HasStructuredProduct || (namedAndPriced && !evidence.LooksLikeListing);
        if (!isProductPage && !always)
        {
            return new ProductExtraction(false, null, new Dictionary<string, string>());
        }

        var availability = DecideAvailability(evidence.Availability, sources);
        if (availability == Availability.Unknown && representative is not null)
        {
            // The page states no availability of its own: its variants' stands for it.
            availability = FromVariants(variants, representative, sources);
        }

        availability = FromCartState(availability, evidence.VariantStock, pageUrl, sources);

        var product = new ProductData
        {
            Name = Pick("name", evidence.Name, StringComparer.OrdinalIgnoreCase),
            Price = price,
            RegularPrice = regular > price ? regular : null,
            Currency = currency ?? representative?.Currency,
            Availability = availability,
            StockQuantity = evidence.StockQuantity.Count > 0 ? Pick("stockQuantity", evidence.StockQuantity) : SelectedVariantQuantity(variants, sources),
            Sku = Pick("sku", evidence.Sku, StringComparer.Ordinal),
            Gtin = Pick("gtin", evidence.Gtin, StringComparer.Ordinal),
            Mpn = Pick("mpn", evidence.Mpn, StringComparer.OrdinalIgnoreCase),
            Brand = Pick("brand", evidence.Brand, StringComparer.OrdinalIgnoreCase),
            Description = Pick("description", evidence.Description, StringComparer.Ordinal),
            Images = Images(evidence, sources),
            Rating = evidence.Rating.Count > 0 ? Math.Round(Pick("rating", evidence.Rating), 2) : null,
            ReviewCount = evidence.ReviewCount.Count > 0 ? Pick("reviewCount", evidence.ReviewCount) : null,
            Breadcrumbs = Pick("breadcrumbs", evidence.Breadcrumbs) ?? [],
            CanonicalUrl = Pick("canonicalUrl", evidence.CanonicalUrl, StringComparer.Ordinal),
            Variants = variants,
        };
        if (product.RegularPrice is null)
        {
            sources.Remove("regularPrice");
        }

        return new ProductExtraction(isProductPage, product, sources);
    }

    /// <summary>The page states no stock count of its own: the selected variant's, when the page data gives one.</summary>
    private static int? SelectedVariantQuantity(IReadOnlyList<ProductVariant> variants, Dictionary<string, string> sources)
    {
        var quantity = variants.FirstOrDefault(v => v.IsSelected)?.StockQuantity;
        if (quantity is not null)
        {
            sources["stockQuantity"] = "variant";
        }

        return quantity;
    }

    /// <summary>The product states no availability of its own: the selected variant's, else buyable when any variant is.</summary>
    private static Availability FromVariants(IReadOnlyList<ProductVariant> variants, ProductVariant representative, Dictionary<string, string> sources)
    {
        var state = representative.IsSelected || representative.Availability != Availability.Unknown
            ? representative.Availability
            : variants.Select(v => v.Availability).FirstOrDefault(a => a != Availability.Unknown);
        if (state != Availability.Unknown)
        {
            sources["availability"] = "variant";
        }

        return state;
    }

    /// <summary>
    /// The storefront's cart data says which variants can be bought, and the buy button follows it: the selected
    /// variant's state stands for the product, and a product none of whose variants can be bought is out of stock.
    /// A buyable product keeps the state the page qualifies it with ("Only 3 left", "Pre-order").
    /// </summary>
    private static Availability FromCartState(Availability voted, List<Candidate<IReadOnlyList<VariantStock>>> cartState, Uri pageUrl, Dictionary<string, string> sources)
    {
        var states = cartState.FirstOrDefault()?.Value;
        if (states is null)
        {
            return voted;
        }

        var selectedId = VariantFusion.SelectedId(pageUrl);
        var selected = selectedId is null ? null : states.FirstOrDefault(s => s.Id == selectedId && s.State != Availability.Unknown);
        Availability decided;
        if (selected is not null)
        {
            decided = Unbuyable(selected.State) ? Availability.OutOfStock : Unbuyable(voted) || voted == Availability.Unknown ? Availability.InStock : voted;
        }
        else if (states.All(s => s.State == Availability.OutOfStock))
        {
            decided = Availability.OutOfStock;
        }
        else
        {
            return voted;
        }

        if (decided != voted)
        {
            sources["availability"] = "variant";
        }

        return decided;
    }

    private static bool Unbuyable(Availability a) => a is Availability.OutOfStock or Availability.Discontinued;

    /// <summary>
    /// Markup sometimes says OutOfStock from a stale cache or a template default, and then the visible page shows the
    /// product buyable (a working cart button, "in stock") and nothing unbuyable: markup's "out of stock" is dropped
    /// there. Where the visible page says nothing either way, the markup stands.
    /// </summary>
    private static Availability DecideAvailability(List<Candidate<Availability>> candidates, Dictionary<string, string> sources)
    {
        var unbuyableOnPage = candidates.Any(c => c.Source == Sources.Dom && Unbuyable(c.Value));
        var buyableOnPage = candidates.Any(c => c.Source == Sources.Dom && !Unbuyable(c.Value));
        var usable = unbuyableOnPage || !buyableOnPage ? candidates : candidates.Where(c => !Unbuyable(c.Value)).ToList();
        // Evenly split, what the page shows wins: markup's InStock is as often a template default as its OutOfStock.
        var best = FieldVote.Decide(usable, preferOnTie: members => members.Any(c => c.Source == Sources.Dom));
        if (best is null)
        {
            return Availability.Unknown;
        }

        sources["availability"] = best.Source;
        return best.Value;
    }

    /// <summary>
    /// Markup that gives the price the page shows struck through (next to a lower current price) is giving the list
    /// price: the visible current price wins there.
    /// </summary>
    private static void DiscountListPricesInMarkup(ProductEvidence evidence)
    {
        var struck = evidence.RegularPrice.Where(r => r.Source == Sources.Dom).Select(r => r.Value).ToHashSet();
        var shownLower = evidence.Price.Any(p => p.Source == Sources.Dom && struck.Any(s => p.Value < s));
        if (!shownLower)
        {
            return;
        }

        for (var i = 0; i < evidence.Price.Count; i++)
        {
            if (Sources.IsMarkup(evidence.Price[i].Source) && struck.Contains(evidence.Price[i].Value))
            {
                evidence.Price[i] = evidence.Price[i] with { Weight = evidence.Price[i].Weight * 0.2 };
            }
        }
    }

    /// <summary>
    /// A page whose amounts are written without decimals ("$24.990" for twenty-four thousand pesos) often has markup
    /// giving the same digits with a decimal point ("24.990"). When the visible price is exactly a thousand times a
    /// markup price, the markup was written that way too.
    /// </summary>
    private static void ReadThousandsLikeThePage(ProductEvidence evidence)
    {
        var shown = evidence.Price.Where(p => p.Source == Sources.Dom).Select(p => p.Value).ToHashSet();
        if (shown.Count == 0 || evidence.Price.Any(p => Sources.IsMarkup(p.Source) && shown.Contains(p.Value)))
        {
            return;
        }

        for (var i = 0; i < evidence.Price.Count; i++)
        {
            var candidate = evidence.Price[i];
            if (Sources.IsMarkup(candidate.Source) && candidate.Value < 1000 && shown.Contains(candidate.Value * 1000))
            {
                evidence.Price[i] = candidate with { Value = candidate.Value * 1000 };
            }
        }
    }

    /// <summary>
    /// Value-added tax rates in force in many countries (5% to 27%): a markup price that is the shown price without one
    /// of them is the net price, which the buyer never pays.
    /// </summary>
    private static readonly decimal[] TaxRates = [0.05m, 0.06m, 0.07m, 0.08m, 0.09m, 0.10m, 0.12m, 0.13m, 0.14m, 0.15m, 0.16m, 0.17m, 0.18m, 0.19m, 0.20m, 0.21m, 0.22m, 0.23m, 0.24m, 0.25m, 0.27m];

    /// <summary>
    /// Where markup and page disagree the price a buyer is shown wins when the markup's is that price unrounded
    /// (194.004001 for 194.00) or without tax (150 for 180.00): the markup candidate takes the shown value, so the two
    /// sources agree on it.
    /// </summary>
    private static void ShownPriceOverNetOrUnrounded(ProductEvidence evidence)
    {
        if (evidence.Price.Where(p => p.Source == Sources.Dom).MaxBy(p => p.Weight) is not { } shown)
        {
            return;
        }

        for (var i = 0; i < evidence.Price.Count; i++)
        {
            var candidate = evidence.Price[i];
            if (!Sources.IsMarkup(candidate.Source) || candidate.Value == shown.Value)
            {
                continue;
            }

            var unrounded = Math.Round(candidate.Value, 2, MidpointRounding.AwayFromZero) == shown.Value;
            // A markup price the page also shows is one of its offers (another size, a list price), not a net price.
            // One the page labels as excluding tax is the net price all the same.
            var net = candidate.Value < shown.Value && (!evidence.ShownAmounts.Contains(candidate.Value) || evidence.NetAmounts.Contains(candidate.Value)) && TaxRates.Any(r => Math.Round(candidate.Value * (1 + r), 2, MidpointRounding.AwayFromZero) == shown.Value);
            if (unrounded || net)
            {
                evidence.Price[i] = candidate with { Value = shown.Value };
            }
        }
    }

    /// <summary>
    /// A price is given in the currency's minor unit: markup's "194.004001" is 194.00 (euro, dollar: cents), a dinar's
    /// three decimals stay. A fraction of a currency without a minor unit (yen, won) is left alone: it is more often a
    /// thousands group read as decimals than a fraction the shop meant.
    /// </summary>
    private static decimal? InMinorUnits(decimal? price, string? currency)
    {
        if (price is not { } amount)
        {
            return null;
        }

        var exponent = Pricing.CurrencyExponent.Of(currency);
        return exponent > 0 && amount.Scale > exponent ? Math.Round(amount, exponent, MidpointRounding.AwayFromZero) : amount;
    }

    /// <summary>A markup SKU the shopper never sees is often an internal key; one printed on the page is the product's.</summary>
    private static void DiscountInvisibleIdentifiers(List<Candidate<string>> candidates, HashSet<string> visible)
    {
        if (visible.Count == 0)
        {
            return;
        }

        for (var i = 0; i < candidates.Count; i++)
        {
            if (Sources.IsMarkup(candidates[i].Source) && !visible.Contains(candidates[i].Value))
            {
                candidates[i] = candidates[i] with { Weight = candidates[i].Weight * 0.5 };
            }
        }
    }

    /// <summary>An identifier the page's own URL also carries is very likely the product's own.</summary>
    private static void BoostIdentifiersInUrl(List<Candidate<string>> candidates, Uri pageUrl)
    {
        var url = AlphaNumeric(Uri.UnescapeDataString(pageUrl.AbsolutePath + pageUrl.Query + pageUrl.Fragment));
        for (var i = 0; i < candidates.Count; i++)
        {
            var value = AlphaNumeric(candidates[i].Value);
            if (value.Length >= 4 && url.Contains(value, StringComparison.OrdinalIgnoreCase))
            {
                candidates[i] = candidates[i] with { Weight = candidates[i].Weight + 1 };
            }
        }
    }

    /// <summary>"€", "eur" and "EUR" are one currency: vote on ISO codes; text no resolver knows is dropped.</summary>
    private static void NormalizeCurrencies(List<Candidate<string>> candidates)
    {
        for (var i = candidates.Count - 1; i >= 0; i--)
        {
            var code = PriceText.CurrencyCode(candidates[i].Value);
            if (code is null)
            {
                candidates.RemoveAt(i);
            }
            else
            {
                candidates[i] = candidates[i] with { Value = code };
            }
        }
    }

    private static string AlphaNumeric(string text) => string.Concat(text.Where(char.IsLetterOrDigit));

    private static List<string> Images(ProductEvidence evidence, Dictionary<string, string> sources)
    {
        var ordered = evidence.Images
            .GroupBy(i => i.Value, StringComparer.Ordinal)
            .Select(g => (Url: g.Key, Weight: g.Sum(c => c.Weight), First: evidence.Images.IndexOf(g.First()), g.First().Source))
            .OrderByDescending(g => g.Weight >= 1.5)
            .ThenBy(g => g.First)
            .Take(20)
            .ToList();
        if (ordered.Count > 0)
        {
            sources["images"] = ordered[0].Source;
        }

        return ordered.Select(g => g.Url).ToList();
    }
}
