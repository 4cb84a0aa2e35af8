using ShelfScout.Domain.Catalog;
using ShelfScout.Extraction.Products.Variants;

namespace ShelfScout.Extraction.Products;

/// <summary>Every candidate value found for every field, from every source, before the vote.</summary>
internal sealed class ProductEvidence
{
    public List<Candidate<string>> Name { get; } = [];
    public List<Candidate<decimal>> Price { get; } = [];
    public List<Candidate<decimal>> RegularPrice { get; } = [];
    public List<Candidate<string>> Currency { get; } = [];
    public List<Candidate<Availability>> Availability { get; } = [];
    public List<Candidate<int>> StockQuantity { get; } = [];
    public List<Candidate<string>> Sku { get; } = [];
    public List<Candidate<string>> Gtin { get; } = [];
    public List<Candidate<string>> Mpn { get; } = [];
    public List<Candidate<string>> Brand { get; } = [];
    public List<Candidate<string>> Description { get; } = [];
    public List<Candidate<string>> Images { get; } = [];
    public List<Candidate<decimal>> Rating { get; } = [];
    public List<Candidate<int>> ReviewCount { get; } = [];
    public List<Candidate<IReadOnlyList<string>>> Breadcrumbs { get; } = [];
    public List<Candidate<string>> CanonicalUrl { get; } = [];

    /// <summary>Each source's list of the product's variants (two or more), as that source gives them.</summary>
    public List<Candidate<IReadOnlyList<VariantCandidate>>> Variants { get; } = [];

    /// <summary>Adds a source's variant list when it lists at least two variants (one variant is just the product).</summary>
    public void AddVariants(IReadOnlyList<VariantCandidate> variants, string source, double weight)
    {
        if (variants.Count >= 2)
        {
            Variants.Add(new Candidate<IReadOnlyList<VariantCandidate>>(variants, source, weight));
        }
    }

    /// <summary>Each source's purchase state of the product's variants, as the storefront's cart data gives it.</summary>
    public List<Candidate<IReadOnlyList<VariantStock>>> VariantStock { get; } = [];

    /// <summary>Adds a source's variant purchase states when it gives any.</summary>
    public void AddVariantStock(IReadOnlyList<VariantStock> states, string source)
    {
        if (states.Count > 0)
        {
            VariantStock.Add(new Candidate<IReadOnlyList<VariantStock>>(states, source, 1));
        }
    }

    /// <summary>Identifier-shaped words a shopper can read near the title (to tell shown identifiers from internal keys).</summary>
    public HashSet<string> VisibleTokens { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Parts of the main product's buy area the visible page shows (<see cref="BuyAreaSigns"/> names).</summary>
    public HashSet<string> BuyArea { get; } = new(StringComparer.Ordinal);

    /// <summary>True when structured data describes a single product (as opposed to a list, or nothing).</summary>
    public bool HasStructuredProduct { get; set; }

    /// <summary>Every amount the visible page shows as a price near the title (the chosen one, list prices, other offers).</summary>
    public HashSet<decimal> ShownAmounts { get; } = [];

    /// <summary>Amounts the visible page labels as excluding tax ("Excl. Tax: €150.00"): shown, but not what the buyer pays.</summary>
    public HashSet<decimal> NetAmounts { get; } = [];

    /// <summary>How many prices the visible page shows inside links (other products' tiles, or a listing's cards).</summary>
    public int PricedLinks { get; set; }

    /// <summary>True when the page looks like a listing (many priced product tiles, no single main product).</summary>
    public bool LooksLikeListing { get; set; }

    /// <summary>Takes every candidate and flag another reader's evidence holds (a reader that finished without failing).</summary>
    public void Absorb(ProductEvidence other)
    {
        Name.AddRange(other.Name);
        Price.AddRange(other.Price);
        RegularPrice.AddRange(other.RegularPrice);
        Currency.AddRange(other.Currency);
        Availability.AddRange(other.Availability);
        StockQuantity.AddRange(other.StockQuantity);
        Sku.AddRange(other.Sku);
        Gtin.AddRange(other.Gtin);
        Mpn.AddRange(other.Mpn);
        Brand.AddRange(other.Brand);
        Description.AddRange(other.Description);
        Images.AddRange(other.Images);
        Rating.AddRange(other.Rating);
        ReviewCount.AddRange(other.ReviewCount);
        Breadcrumbs.AddRange(other.Breadcrumbs);
        CanonicalUrl.AddRange(other.CanonicalUrl);
        Variants.AddRange(other.Variants);
        VariantStock.AddRange(other.VariantStock);
        VisibleTokens.UnionWith(other.VisibleTokens);
        BuyArea.UnionWith(other.BuyArea);
        ShownAmounts.UnionWith(other.ShownAmounts);
        NetAmounts.UnionWith(other.NetAmounts);
        HasStructuredProduct |= other.HasStructuredProduct;
        LooksLikeListing |= other.LooksLikeListing;
        PricedLinks = Math.Max(PricedLinks, other.PricedLinks);
    }

    public static void Add<T>(List<Candidate<T>> list, T? value, string source, double weight)
        where T : struct
    {
        if (value is { } v)
        {
            list.Add(new Candidate<T>(v, source, weight));
        }
    }

    public static void Add(List<Candidate<string>> list, string? value, string source, double weight)
    {
        var trimmed = value is null ? null : DomText.Collapse(value);
        if (!string.IsNullOrEmpty(trimmed))
        {
            list.Add(new Candidate<string>(trimmed, source, weight));
        }
    }
}
