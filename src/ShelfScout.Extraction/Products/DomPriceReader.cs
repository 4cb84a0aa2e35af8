using System.Text.RegularExpressions;
using AngleSharp.Dom;
using ShelfScout.Extraction.Pricing;

namespace ShelfScout.Extraction.Products;

/// <summary>
/// Finds the main product's current and list price in the visible page: short price-shaped texts, scored by how
/// close they sit to the title, what their markup calls them, and whether they are struck through, per-unit,
/// instalments or inside a carousel of other products.
/// </summary>
internal static class DomPriceReader
{
    private const int MaxPriceTextLength = 48;
    private const double MinScore = 3.5;
    private const int MaxContextSiblings = 64;

    /// <summary>Every price-shaped text with its score, best first (for diagnostics).</summary>
    public static IReadOnlyList<(string Text, decimal Amount, double Score, bool Struck)> Rank(IDocument document, Uri pageUrl, MainProductRegion region, string? currencyHint) =>
        Candidates(document, pageUrl, region, currencyHint).OrderByDescending(c => c.Score).Select(c => (c.Text, c.Price.Amount ?? 0, c.Score, c.Struck)).ToList();

    public static void Read(IDocument document, Uri pageUrl, MainProductRegion region, string? currencyHint, ProductEvidence evidence)
    {
        var scored = Candidates(document, pageUrl, region, currencyHint).ToList();
        var current = scored.Where(c => !c.Struck).OrderByDescending(c => c.Score).ToList();
        if ((current.Count == 0 || current[0].Score < MinScore) && SelectedOptionPrice(region, pageUrl, currencyHint) is { } selected)
        {
            // Only a "From $4.25" stands near the title: the variant picked in the buy form states its own price.
            evidence.Price.Add(new Candidate<decimal>(selected.Amount!.Value, Sources.Dom, 0.8));
            ProductEvidence.Add(evidence.Currency, PriceText.CurrencyCode(selected.CurrencyText, currencyHint), Sources.Dom, 0.5);
        }

        if (current.Count == 0)
        {
            return;
        }

        evidence.PricedLinks = Math.Max(evidence.PricedLinks, current.Count(c => c.InLink));
        evidence.ShownAmounts.UnionWith(scored.Select(c => c.Price.Amount!.Value));
        evidence.NetAmounts.UnionWith(scored.Where(c => c.NetOfTax).Select(c => c.Price.Amount!.Value));
        var best = current[0];
        if (best.Score < MinScore)
        {
            // Nothing price-like stands out near the title: better no price than a related product's.
            return;
        }

        evidence.Price.Add(new Candidate<decimal>(best.Price.Amount!.Value, Sources.Dom, Math.Clamp(best.Score / 4, 0.3, 1.6)));
        ProductEvidence.Add(evidence.Currency, PriceText.CurrencyCode(best.Price.CurrencyText, currencyHint), Sources.Dom, 0.5);

        // A struck price next to the chosen one is its list price when it is higher.
        var regular = scored.Where(c => c.Regular && c != best && c.Price.Amount > best.Price.Amount && Near(c.Holder, best.Holder))
            .OrderBy(c => Math.Abs(c.Order - best.Order)).FirstOrDefault();
        if (regular is not null)
        {
            evidence.RegularPrice.Add(new Candidate<decimal>(regular.Price.Amount!.Value, Sources.Dom, 1));
        }

        evidence.LooksLikeListing = region.Title is null && current.Count(c => c.InLink) >= 8;
    }

    private const int SelectWindow = 1500;

    /// <summary>
    /// The price in the selected choice of the buy form's variant select ("1oz - $4.25 USD", as storefront themes
    /// write a variant's option), or the first choice when none is marked: what the shopper would pay now.
    /// </summary>
    private static ParsedPrice? SelectedOptionPrice(MainProductRegion region, Uri pageUrl, string? currencyHint)
    {
        if (region.Title is null)
        {
            return null;
        }

        foreach (var element in region.Window(0, SelectWindow))
        {
            if (element.LocalName != "select" || element.Closest("form") is null || element.ParentElement is not { } parent
                || region.IsHidden(parent) || region.InChrome(element) || ProductTiles.IsInTile(element, pageUrl))
            {
                continue;
            }

            var option = element.QuerySelector("option[selected]") ?? element.QuerySelector("option");
            var text = option is null ? string.Empty : DomText.Collapse(option.TextContent);
            if (text.Length is 0 or > MaxPriceTextLength * 2)
            {
                continue;
            }

            // The choice's name and its price are parts of one line: "1oz - $4.25 USD", "Red / XL — 12,00 €".
            foreach (var part in text.Split(OptionSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Reverse())
            {
                if (part.Length > MaxPriceTextLength || PriceShapes.NumberCount(part) != 1)
                {
                    continue;
                }

                var parsed = PriceText.Parse(part, currencyHint);
                if (parsed.Amount is > 0 && parsed.CurrencyText is not null && !SignInsideWord(part, parsed) && !IsPercent(part, parsed) && !CodeAmongWords(part, parsed))
                {
                    return parsed;
                }
            }
        }

        return null;
    }

    private static readonly string[] OptionSeparators = [" - ", " – ", " — ", " | ", " / ", ": "];

    /// <summary>Two prices of one offer sit in one small block: a common ancestor at most three levels up.</summary>
    private static bool Near(IElement a, IElement b)
    {
        var ancestors = new HashSet<IElement>(ReferenceEqualityComparer.Instance);
        var current = a;
        for (var i = 0; i <= 3 && current is not null; i++, current = current.ParentElement)
        {
            ancestors.Add(current);
        }

        current = b;
        for (var i = 0; i <= 3 && current is not null; i++, current = current.ParentElement)
        {
            if (ancestors.Contains(current))
            {
                return true;
            }
        }

        return false;
    }


    private static IEnumerable<Scored> Candidates(IDocument document, Uri pageUrl, MainProductRegion region, string? currencyHint)
    {
        if (document.Body is null)
        {
            return [];
        }

        var seen = new HashSet<IElement>();
        var result = new List<Scored>();
        foreach (var parent in region.Window(1000, 4000))
        {
            if (!PriceShapes.HasDigitText(parent))
            {
                continue;
            }

            var holder = Widen(parent, region, overWords: true);
            if (!seen.Add(holder) || region.IsHidden(holder))
            {
                continue;
            }

            var scored = Score(holder, pageUrl, region, currencyHint);
            if (scored is null && Widen(parent, region, overWords: false) is var narrow && narrow != holder && seen.Add(narrow))
            {
                // Widened over a neighbouring line ("$10.00" beside "Temporarily out of stock"), the text is mostly
                // that line and no longer a price label: the price without it is.
                scored = Score(narrow, pageUrl, region, currencyHint);
            }

            if (scored is not null)
            {
                result.Add(scored);
            }
        }

        return result;
    }

    /// <summary>
    /// True when the text labels <paramref name="amount"/> as an identifier ("SKU: 746423", "Art.-Nr. 10023"): WooCommerce,
    /// Magento and custom shops print such a row in the buy box, often inside a wrapper named for the price.
    /// </summary>
    private static bool IsLabelledIdentifier(string text, string? amount)
    {
        if (string.IsNullOrEmpty(amount) || text.AsSpan().IndexOfAny(IdentifierLabels.LabelStems) < 0)
        {
            return false;
        }

        foreach (Match match in IdentifierLabels.LabelledValue().Matches(text))
        {
            if (match.Groups["value"].Value.StartsWith(amount, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Prices are often split over spans (<c>€</c><c>119</c><c>,01</c>): climb while the text stays price-sized.</summary>
    private static IElement Widen(IElement element, MainProductRegion region, bool overWords)
    {
        var current = element;
        while (current.ParentElement is { } parent && parent.LocalName is not ("body" or "html") && !region.ContainsTitle(parent)
               && HasAtMostChildren(parent, 6) && !DomText.TextLongerThan(parent, MaxPriceTextLength)
               && PriceShapes.NumberCount(parent.TextContent) <= 1 && (overWords || !AddsWord(parent, current)))
        {
            current = parent;
        }

        return current;
    }

    /// <summary>
    /// True when the parent holds a word beside the price (a stock status, "Sale price"): the parent may be a line of
    /// the buy box rather than a price split over elements, whose other parts are symbols, codes and digits.
    /// </summary>
    private static bool AddsWord(IElement parent, IElement child)
    {
        var run = 0;
        var text = parent.TextContent;
        var own = child.TextContent;
        var start = own.Length > 0 ? text.IndexOf(own, StringComparison.Ordinal) : -1;
        for (var i = 0; i < text.Length; i++)
        {
            if (start >= 0 && i >= start && i < start + own.Length)
            {
                run = 0;
                continue;
            }

            run = char.IsLetter(text[i]) ? run + 1 : 0;
            if (run >= 5)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Counts element children only up to the limit (a collection's length walks them all).</summary>
    private static bool HasAtMostChildren(IElement element, int limit)
    {
        var count = 0;
        foreach (var child in element.ChildNodes)
        {
            if (child is IElement && ++count > limit)
            {
                return false;
            }
        }

        return true;
    }

    private static Scored? Score(IElement holder, Uri pageUrl, MainProductRegion region, string? currencyHint)
    {
        if (DomText.TextLongerThan(holder, MaxPriceTextLength * 2))
        {
            // A paragraph with a number in it, not a price label.
            return null;
        }

        // "<del>€59,99</del> €39,99" in one element: the struck list price is read on its own, the rest is the price.
        var fullText = DomText.PriceText(holder);
        var struckInside = PriceShapes.NumberCount(fullText) >= 2 && holder.Closest("del, s, strike") is null && holder.QuerySelector("del, s, strike") is not null;
        var ownText = struckInside ? DomText.PriceText(holder, skipStruck: true) : null;
        var keepsPrice = ownText is not null && PriceShapes.HasDigit(ownText);
        var text = PriceShapes.FirstAmount(keepsPrice ? ownText! : fullText);
        if (text.Length is 0 or > MaxPriceTextLength)
        {
            return null;
        }

        if (text.StartsWith('(') && text.EndsWith(')'))
        {
            return null;
        }

        var hints = AncestorHints(holder, 2);
        var saysPrice = hints.Contains("price", StringComparison.Ordinal) || hints.Contains("preis", StringComparison.Ordinal) || hints.Contains("prix", StringComparison.Ordinal) || hints.Contains("precio", StringComparison.Ordinal) || hints.Contains("cena", StringComparison.Ordinal) || hints.Contains("amount", StringComparison.Ordinal);
        if (!saysPrice && !text.Any(c => char.IsLetter(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.CurrencySymbol))
        {
            // Bare numbers ("2024", "(5)", "1/3") with nothing calling them a price cannot name a currency either.
            return null;
        }

        var parsed = PriceText.Parse(text, currencyHint);
        if (SignInsideWord(text, parsed) || IsPercent(text, parsed))
        {
            // "SMOK V8", "0.4Ohm DTL": letters of a name read as a currency sign; "70 %" is a share, not an amount.
            return null;
        }

        if (IsLabelledIdentifier(fullText, parsed.AmountText))
        {
            // "Sku: 746423" next to a price's wrapper: a figure the page labels as an identifier is no amount.
            return null;
        }

        var hasCurrency = parsed.CurrencyText is not null;
        if (parsed.Amount is not > 0 || (!hasCurrency && !saysPrice))
        {
            return null;
        }

        // Text that is mostly something else (a sentence with a number in it) is not a price label.
        var amountText = parsed.AmountText ?? string.Empty;
        if (!saysPrice && CodeAmongWords(text, parsed))
        {
            // "MTL-DC .8 ohm", "iJOY INR 26650": three capitals that happen to be a currency code, among the words of a
            // coil or battery name. A price written with a code alone stands with nothing but the code beside it.
            return null;
        }

        if (text.Length - amountText.Length > 24)
        {
            return null;
        }

        var score = 0.0;
        score += saysPrice ? 2 : 0;
        score += hasCurrency ? 1 : 0;
        var treeDistance = region.TreeDistanceFromTitle(holder);
        var distance = region.DistanceFromTitle(holder);
        if (region.Title is not null)
        {
            score += Math.Max(0, 3 - (treeDistance * 0.35));
            score += distance >= 0 ? Math.Max(0, 2 - (distance / 150.0)) : Math.Max(-1.5, distance / 100.0);
        }

        var struck = !keepsPrice && IsStruck(holder);
        if (!struck && LooksRegular(holder))
        {
            // Named "old"/"was" but not drawn struck: usually the list price, sometimes a site's odd name for the live one.
            score -= 2;
        }

        // Secondary figures (net of tax, small print) are shown beside the price, not as it. A shop that prints both
        // names each ("Incl. Tax" / "Excl. Tax"): the buyer pays the one with tax.
        var context = ContextText(holder);
        var tax = TaxOf(hints, text, context, DataLabels(holder));
        score -= tax switch
        {
            TaxLabel.Excluded => 3,
            TaxLabel.Included => 0,
            _ => hints.Contains("tax", StringComparison.Ordinal) ? 1 : 0,
        };
        score -= hints.Contains("small", StringComparison.Ordinal) ? 1 : 0;

        if (PriceCues.ContainsAny(hints, PriceCues.CurrentHints))
        {
            score += 1;
        }

        if (PriceCues.NotThePrice.IsIn(text) || PriceCues.NotThePrice.IsIn(context))
        {
            score -= 3;
        }

        if (PriceCues.ContainsAny(hints, PriceCues.ElsewhereHints) || PriceCues.ContainsAny(hints, PriceCues.SecondaryHints))
        {
            score -= 3;
        }

        var inLink = holder.Closest("a[href]") is not null;
        if (inLink)
        {
            score -= 1.5;
        }

        if (region.InChrome(holder))
        {
            score -= 4;
        }

        // The tile test walks siblings and links: only worth it for a price that could still win.
        if (score >= MinScore && ProductTiles.IsInTile(holder, pageUrl))
        {
            score -= 4;
        }

        return new Scored(holder, text, parsed, score, struck, struck || LooksRegular(holder), region.OrderOf(holder), inLink, tax == TaxLabel.Excluded);
    }

    private enum TaxLabel
    {
        None,
        Included,
        Excluded,
    }

    /// <summary>
    /// Whether the figure is labelled with or without tax: by the words beside it ("Excl. Tax:", "zzgl. MwSt.", "HT"),
    /// the label a theme writes in an attribute for its stylesheet to print (Magento's <c>data-label="Excl. Tax"</c>),
    /// or its block's name (<c>price-excluding-tax</c>, <c>price-including-tax</c>), as Magento, PrestaShop and
    /// WooCommerce's price suffix print it on shops that show both.
    /// </summary>
    private static TaxLabel TaxOf(string hints, string text, string context, string labels)
    {
        if (hints.AsSpan().IndexOfAny(PriceCues.NetOfTaxHints) >= 0)
        {
            return TaxLabel.Excluded;
        }

        if (hints.AsSpan().IndexOfAny(PriceCues.WithTaxHints) >= 0)
        {
            return TaxLabel.Included;
        }

        // Words for both ("180,00 € inkl. MwSt. (151,26 € netto)" read as one line) settle nothing.
        var net = PriceCues.SaysNetOfTax(text) || PriceCues.SaysNetOfTax(context) || PriceCues.SaysNetOfTax(labels);
        var gross = PriceCues.SaysWithTax(text) || PriceCues.SaysWithTax(context) || PriceCues.SaysWithTax(labels);
        return net == gross ? TaxLabel.None : net ? TaxLabel.Excluded : TaxLabel.Included;
    }

    /// <summary>The <c>data-label</c> of the figure and its two nearest ancestors: a label the stylesheet prints beside it.</summary>
    private static string DataLabels(IElement holder)
    {
        var labels = string.Empty;
        var current = holder;
        for (var i = 0; i < 3 && current is not null; i++, current = current.ParentElement)
        {
            if (current.GetAttribute("data-label") is { Length: > 0 and <= 40 } label)
            {
                labels += " " + label;
            }
        }

        return labels;
    }

    /// <summary>
    /// True when the currency is a three-capital ISO code and the text holds other words besides it and the amount. A
    /// currency sign written in letters ("R", "kr", "zł", "Kč") is no code a name can contain: "Regular price R 339,99"
    /// is a labelled price.
    /// </summary>
    internal static bool CodeAmongWords(string text, ParsedPrice parsed)
    {
        if (parsed.CurrencyText is not { Length: 3 } currency || !currency.All(char.IsAsciiLetterUpper))
        {
            return false;
        }

        var rest = text;
        if (parsed.AmountText is { Length: > 0 } amount)
        {
            rest = rest.Replace(amount, " ", StringComparison.Ordinal);
        }

        var at = rest.IndexOf(currency, StringComparison.OrdinalIgnoreCase);
        if (at >= 0)
        {
            // The code must stand alone: "MTL-DC" is a name with a code-shaped part.
            var before = at > 0 ? rest[at - 1] : ' ';
            var after = at + currency.Length < rest.Length ? rest[at + currency.Length] : ' ';
            if (char.IsLetterOrDigit(before) || char.IsLetterOrDigit(after) || before == '-' || after == '-')
            {
                return true;
            }

            rest = rest.Remove(at, currency.Length);
        }

        var run = 0;
        foreach (var c in rest)
        {
            run = char.IsLetter(c) ? run + 1 : 0;
            if (run >= 2)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when the currency was read from letters that run into a word ("SM" of "SMOK", "DT" of "DTL"): a sign
    /// written in letters stands apart from other letters; digits may touch it ("R959", "kr100").
    /// </summary>
    internal static bool SignInsideWord(string text, ParsedPrice parsed)
    {
        if (parsed.CurrencyText is not { Length: > 0 } currency || !currency.Any(char.IsLetter))
        {
            return false;
        }

        for (var at = text.IndexOf(currency, StringComparison.Ordinal); at >= 0; at = text.IndexOf(currency, at + 1, StringComparison.Ordinal))
        {
            var end = at + currency.Length;
            var glued = (char.IsLetter(currency[0]) && at > 0 && char.IsLetter(text[at - 1]))
                        || (char.IsLetter(currency[^1]) && end < text.Length && char.IsLetter(text[end]));
            if (!glued)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True when the amount is followed by a percent sign ("70 %", "-20%"): a share or a discount.</summary>
    internal static bool IsPercent(string text, ParsedPrice parsed)
    {
        if (parsed.AmountText is not { Length: > 0 } amount || text.IndexOf(amount, StringComparison.Ordinal) is var at && at < 0)
        {
            return false;
        }

        var rest = text.AsSpan(at + amount.Length).TrimStart();
        return rest.Length > 0 && rest[0] is '%' or '\uFF05';
    }

    private static bool IsStruck(IElement holder) =>
        holder.Closest("del, s, strike") is not null
        || holder.QuerySelector("del, s, strike") is { } inner && inner.TextContent.Any(char.IsAsciiDigit)
        || (holder.GetAttribute("style")?.Contains("line-through", StringComparison.OrdinalIgnoreCase) ?? false);

    private static bool LooksRegular(IElement holder)
    {
        var own = DomText.Hints(holder) + " " + (holder.ParentElement is { } p ? DomText.Hints(p) : string.Empty);
        return PriceCues.ContainsAny(own, PriceCues.StrongRegularHints)
               || (PriceCues.ContainsAny(own, PriceCues.RegularHints) && !PriceCues.ContainsAny(own, PriceCues.CurrentHints))
               || NamedRegularInside(holder);
    }

    /// <summary>
    /// A holder widened over wrappers (<c>&lt;div&gt;&lt;span class="old-price"&gt;1 529 ₽&lt;/span&gt;&lt;/div&gt;</c>) holds one
    /// figure: an element inside it, on the way down to that figure, named for the list price by a compound name
    /// (<see cref="PriceCues.StrongRegularHints"/>) names it too.
    /// </summary>
    private static bool NamedRegularInside(IElement holder)
    {
        foreach (var inner in FigureChain(holder))
        {
            if (PriceCues.ContainsAny(DomText.Hints(inner), PriceCues.StrongRegularHints))
            {
                return true;
            }
        }

        return false;
    }

    private const int FigureChainDepth = 4;

    /// <summary>
    /// The elements on the way down from the holder to its one figure: at each level the only child holding digits
    /// (none when two children do). A price widened over wrappers is named on one of them.
    /// </summary>
    private static IEnumerable<IElement> FigureChain(IElement holder)
    {
        var current = holder;
        for (var depth = 0; depth < FigureChainDepth && current.ChildElementCount > 0; depth++)
        {
            IElement? figure = null;
            foreach (var child in current.Children)
            {
                if (PriceShapes.HasDigit(child.TextContent))
                {
                    if (figure is not null)
                    {
                        yield break;
                    }

                    figure = child;
                }
            }

            if (figure is null)
            {
                yield break;
            }

            yield return figure;
            current = figure;
        }
    }

    /// <summary>The words just before the price (its label, e.g. "per kg" or "12x de"): the previous sibling's short text.</summary>
    private static string ContextText(IElement holder)
    {
        // A label sits beside its price in a small block. Sibling steps cost AngleSharp a scan of the parent's
        // children, so a list of thousands of items (each holding a price) is not given a context at all.
        if (holder.ParentElement is not { } parent || parent.ChildNodes.Length > MaxContextSiblings)
        {
            return string.Empty;
        }

        var context = string.Empty;
        if (holder.PreviousElementSibling is { } previous)
        {
            // A label ("Unit price:", "12x de"), not another figure: a neighbour's own number says nothing about this one.
            var text = DomText.Spaced(previous, 100);
            context = text.Length > 40 || text.Any(char.IsAsciiDigit) ? string.Empty : text;
        }

        foreach (var node in parent.ChildNodes)
        {
            if (node is IText own)
            {
                context += " " + own.Data;
            }
        }

        return context.Length > 120 ? context[..120] : context;
    }

    private static string AncestorHints(IElement element, int levels)
    {
        var hints = string.Empty;
        var current = element;
        for (var i = 0; i < levels && current is not null; i++, current = current.ParentElement)
        {
            hints += " " + DomText.Hints(current);
        }

        // Descendants matter too: <div><span class="price">..</span></div> widened to the div.
        foreach (var child in element.Children.Take(6))
        {
            if (child.TextContent.Length > 0)
            {
                hints += " " + DomText.Hints(child);
            }
        }

        // Widened over several wrappers, the named element sits further down, on the way to the one figure.
        foreach (var inner in FigureChain(element).Skip(1))
        {
            hints += " " + DomText.Hints(inner);
        }

        return hints;
    }

    private sealed record Scored(IElement Holder, string Text, ParsedPrice Price, double Score, bool Struck, bool Regular, int Order, bool InLink, bool NetOfTax);
}
