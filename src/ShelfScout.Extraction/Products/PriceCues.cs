using System.Buffers;
using System.Text.RegularExpressions;
using ShelfScout.Extraction.Vocabulary;

namespace ShelfScout.Extraction.Products;

/// <summary>Words around a price that say what kind of price it is, in the languages stores commonly use.</summary>
internal static class PriceCues
{
    /// <summary>Class/id fragments of a struck-through list price.</summary>
    public static readonly string[] RegularHints = ["old", "was", "regular", "list", "strike", "before", "original", "compare", "crossed", "rrp", "uvp", "msrp", "previous", "retail", "line-through", "lineThrough", "reference"];

    /// <summary>Compound names that mean the list price even when the element also says "current".</summary>
    public static readonly string[] StrongRegularHints = ["original-price", "originalprice", "original_price", "old-price", "oldprice", "old_price", "price-old", "price--old", "price_old", "was-price", "wasprice", "price-was", "regular-price", "regularprice", "regular_price", "list-price", "listprice", "price-before", "price--before", "strikethrough", "strike-through", "crossed", "line-through", "rrp"];

    /// <summary>Class/id fragments of the price the buyer pays now.</summary>
    public static readonly string[] CurrentHints = ["sale", "special", "current", "final", "now", "actual", "selling", "our-price", "offer", "discount", "promo", "main", "big"];

    /// <summary>Class/id fragments of a figure beside the price the buyer pays: member, coupon, per-unit or instalment prices.</summary>
    public static readonly string[] SecondaryHints = ["member", "coupon", "loyalty", "club-price", "subscri", "unit-price", "unitprice", "per-unit", "baseprice", "base-price", "installment", "instalment", "monthly", "financ"];

    /// <summary>Containers of other products' prices.</summary>
    public static readonly string[] ElsewhereHints = ["related", "recommend", "similar", "carousel", "slider", "upsell", "crosssell", "cross-sell", "also", "recent", "bundle", "accessor", "suggest", "teaser", "swiper", "others", "minicart", "mini-cart", "basket", "cart-", "shipping", "delivery"];

    /// <summary>Words that make a figure per-unit, instalment, shipping, saving, "from" or points rather than the price (<c>Vocabulary/price-qualifiers.*.txt</c>).</summary>
    public static readonly PhraseMatcher NotThePrice = new(VocabularyFile.Load("price-qualifiers").Section("NotThePrice"));

    /// <summary>Class/id fragments of a price shown without tax (Magento's <c>price-excluding-tax</c>, PrestaShop's <c>tax-excl</c>).</summary>
    public static readonly SearchValues<string> NetOfTaxHints = SearchValues.Create(["excluding-tax", "excluding_tax", "excl-tax", "excl_tax", "exclude-tax", "tax-excl", "without-tax", "price-excl", "excl-vat", "excluding-vat", "ex-vat", "exvat", "price-net", "net-price", "netprice"], StringComparison.Ordinal);

    /// <summary>Class/id fragments of a price shown with tax (Magento's <c>price-including-tax</c>): the one a buyer pays.</summary>
    public static readonly SearchValues<string> WithTaxHints = SearchValues.Create(["including-tax", "including_tax", "incl-tax", "incl_tax", "include-tax", "tax-incl", "with-tax", "price-incl", "incl-vat", "including-vat", "inc-vat", "price-gross", "gross-price"], StringComparison.Ordinal);

    /// <summary>Words that label a figure as excluding tax ("Excl. Tax", "zzgl. MwSt.", "H.T.", "sin IVA"; <c>Vocabulary/price-qualifiers.*.txt</c>).</summary>
    public static readonly Regex NetOfTax = Words("NetOfTax");

    /// <summary>Words that label a figure as including tax ("Incl. Tax", "inkl. MwSt.", "TTC", "IVA incluido").</summary>
    public static readonly Regex WithTax = Words("WithTax");

    /// <summary>True when the text labels a figure as excluding tax; a cheap test for the words' first letters goes first.</summary>
    public static bool SaysNetOfTax(string text) => text.AsSpan().IndexOfAny(NetOfTaxStems) >= 0 && NetOfTax.IsMatch(text);

    /// <summary>True when the text labels a figure as including tax.</summary>
    public static bool SaysWithTax(string text) => text.AsSpan().IndexOfAny(WithTaxStems) >= 0 && WithTax.IsMatch(text);

    private static readonly SearchValues<string> NetOfTaxStems = Stems("NetOfTax");

    private static readonly SearchValues<string> WithTaxStems = Stems("WithTax");

    /// <summary>The first word of every phrase of the section.</summary>
    private static SearchValues<string> Stems(string section) =>
        SearchValues.Create(
            VocabularyFile.Load("price-qualifiers").Section(section).Select(p => p.Split([' ', '.', '-'], StringSplitOptions.RemoveEmptyEntries)[0]).Distinct(StringComparer.OrdinalIgnoreCase).ToArray(),
            StringComparison.OrdinalIgnoreCase);

    /// <summary>Whole words, dots, spaces and hyphens between them interchangeable (<see cref="PhrasePattern"/>).</summary>
    private static Regex Words(string section) =>
        new(@"(?<!\p{L})(?:" + PhrasePattern.Alternation(VocabularyFile.Load("price-qualifiers").Section(section)) + @")(?!\p{L})",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

    public static bool ContainsAny(string haystack, IEnumerable<string> needles) =>
        needles.Any(n => haystack.Contains(n, StringComparison.OrdinalIgnoreCase));
}
