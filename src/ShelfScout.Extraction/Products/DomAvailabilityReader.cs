using System.Globalization;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using ShelfScout.Domain.Catalog;
using ShelfScout.Extraction.Vocabulary;

namespace ShelfScout.Extraction.Products;

/// <summary>
/// Reads stock from what a shopper sees near the title: short status texts ("Sold out", "Ausverkauft", "Only 3 left")
/// and whether the buy button works. Page-wide text is not used: footers and carousels talk about other products.
/// </summary>
internal static class DomAvailabilityReader
{
    private const int MaxStatusLength = 80;
    private const int MaxSentenceLength = 200;
    private static readonly string[] VariantHints = ["size", "variation", "variant", "swatch", "option", "talla", "größe", "taille", "colour", "color"];
    private const int WindowBefore = 400;
    private const int WindowAfter = 2500;

    public static void Read(IDocument document, Uri pageUrl, MainProductRegion region, ProductEvidence evidence)
    {
        if (document.Body is null)
        {
            return;
        }

        var statuses = new List<(Availability State, double Weight)>();
        var enabledBuy = false;
        var disabledBuy = false;
        var variantPicker = false;
        var noChoiceBuyable = false;
        var notifyForm = false;
        foreach (var element in region.Window(WindowBefore, WindowAfter))
        {
            // A select counts as hidden text (its options are not all shown), so whether the picker is shown is its parent's.
            if (!variantPicker && IsVariantPicker(element) && !region.IsHidden(element.LocalName == "select" && element.ParentElement is { } parent ? parent : element))
            {
                variantPicker = true;
            }

            if (!noChoiceBuyable && element.LocalName == "select" && IsVariantPicker(element) && NoChoiceBuyable(element)
                && element.Closest("form") is not null && !region.InChrome(element) && !ProductTiles.IsInTile(element, pageUrl))
            {
                // Every size or colour the product form offers is greyed out or marked sold out: nothing can be bought,
                // whatever the (script-driven) button still says.
                noChoiceBuyable = true;
                statuses.Add((Availability.OutOfStock, 1.5));
            }

            if (IsQuantityInput(element) && !region.IsHidden(element) && !region.InChrome(element) && !ProductTiles.IsInTile(element, pageUrl))
            {
                evidence.BuyArea.Add(BuyAreaSigns.QuantityInput);
            }

            if (element.LocalName == "form" && IsNotifyForm(element) && !region.IsHidden(element) && !region.InChrome(element) && !ProductTiles.IsInTile(element, pageUrl))
            {
                // "Email me when available": a shown back-in-stock form stands where the cart button would.
                notifyForm = true;
            }

            if (IsButton(element))
            {
                var label = ButtonText(element);
                if (label.Length is > 0 and <= MaxStatusLength && !region.IsHidden(element) && !region.InChrome(element) && !ProductTiles.IsInTile(element, pageUrl))
                {
                    if (AvailabilityCues.IsBuyButtonText(label))
                    {
                        if (IsDisabled(element))
                        {
                            disabledBuy = true;
                        }
                        else
                        {
                            enabledBuy = true;
                        }
                    }
                    else if (AvailabilityCues.Classify(label) is Availability.OutOfStock)
                    {
                        statuses.Add((Availability.OutOfStock, 1.5));
                    }
                    else if (AvailabilityCues.IsQuoteButtonText(label))
                    {
                        evidence.BuyArea.Add(BuyAreaSigns.QuoteControl);
                    }
                    else if (AvailabilityCues.Classify(label) is (Availability.PreOrder or Availability.BackOrder) and var ordered && !IsDisabled(element))
                    {
                        // "Pre-order" and "Backorder" buttons take the place of the cart button: buyable, in that way.
                        enabledBuy = true;
                        statuses.Add((ordered, 1.5));
                    }
                }

                continue;
            }

            if (!HasOwnText(element))
            {
                continue;
            }

            var text = DomText.Spaced(element, MaxSentenceLength + 1);
            if (text.Length is 0 or > MaxSentenceLength || region.IsHidden(element) || region.InChrome(element))
            {
                continue;
            }

            var state = AvailabilityCues.ClassifyOwnSubject(text);
            var quantity = text.Length <= MaxStatusLength && !region.ContainsTitle(element) ? StockQuantity(text) : null;
            if (state == Availability.Unknown && quantity is not null)
            {
                // "Noch 5 Stück", "Quedan 2": a count of what is left says the product can be bought.
                state = Availability.InStock;
            }

            if (state == Availability.Unknown || (text.Length > MaxStatusLength && state != Availability.OutOfStock) || ProductTiles.IsInTile(element, pageUrl))
            {
                // A long sentence counts only when it says the product cannot be bought ("Sorry, this product is not available").
                continue;
            }

            if (ShopperWriting.Holds(element, region.ContainsTitle))
            {
                // "They're sold out at my local store": a review or question speaks of another time and place.
                continue;
            }

            var hints = DomText.Hints(element) + " " + (element.ParentElement is { } p ? DomText.Hints(p) : string.Empty);
            if (PriceCues.ContainsAny(hints, PriceCues.ElsewhereHints) || PriceCues.ContainsAny(text, AvailabilityCues.DeliveryWords))
            {
                // Delivery options and other products' tiles have their own "unavailable".
                continue;
            }

            var weight = hints.Contains("stock", StringComparison.Ordinal) || hints.Contains("avail", StringComparison.Ordinal) || hints.Contains("lager", StringComparison.Ordinal) ? 1.5 : 0.8;
            statuses.Add((state, weight));
            if (quantity is { } count && state != Availability.OutOfStock)
            {
                evidence.StockQuantity.Add(new Candidate<int>(count, Sources.Dom, 1));
            }
        }

        if (enabledBuy)
        {
            evidence.BuyArea.Add(BuyAreaSigns.BuyControl);
        }

        if (notifyForm)
        {
            evidence.BuyArea.Add(BuyAreaSigns.NotifyForm);
            if (!enabledBuy && !variantPicker)
            {
                // Themes print the back-in-stock form on every page and show it by script when a variant sells out:
                // beside a working cart button or a size still to pick it is waiting, without them it is what the
                // shopper gets.
                statuses.Add((Availability.OutOfStock, 1.5));
            }
        }

        if (disabledBuy)
        {
            evidence.BuyArea.Add(BuyAreaSigns.DisabledBuyControl);
        }

        if (variantPicker)
        {
            evidence.BuyArea.Add(BuyAreaSigns.VariantSelector);
        }

        foreach (var group in statuses.GroupBy(s => s.State))
        {
            evidence.Availability.Add(new Candidate<Availability>(group.Key, Sources.Dom, Math.Min(2.5, group.Sum(s => s.Weight))));
        }

        if (StateOfProductContainer(region) is { } container)
        {
            evidence.Availability.Add(new Candidate<Availability>(container, Sources.Dom, 1.0));
        }

        if (enabledBuy && !noChoiceBuyable)
        {
            // A working button says "buyable"; a status text like "Only 3 left" or "Pre-order" says more precisely how.
            var qualified = statuses.Select(t => t.State).FirstOrDefault(a => a is Availability.LimitedAvailability or Availability.PreOrder or Availability.BackOrder);
            evidence.Availability.Add(new Candidate<Availability>(qualified == Availability.Unknown ? Availability.InStock : qualified, Sources.Dom, 1.2));
        }
        else if (disabledBuy && !variantPicker)
        {
            // A buy button disabled until a size is picked says nothing about stock.
            evidence.Availability.Add(new Candidate<Availability>(Availability.OutOfStock, Sources.Dom, 1.2));
        }
    }

    /// <summary>"Only 3 left", "12 in stock", "Nur noch 2 Stück": the count when the text states one.</summary>
    public static int? StockQuantity(string text)
    {
        var match = Quantity.Match(text);
        if (!match.Success)
        {
            return null;
        }

        var digits = match.Groups["n1"].Success ? match.Groups["n1"].Value : match.Groups["n2"].Value;
        return int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is > 0 and < 100000 ? n : null;
    }

    /// <summary>
    /// A variant select whose every real choice (not the "Choose an option" placeholder) is disabled or labelled out of
    /// stock, and at least one says so in words ("Default Title - Sold out", as storefront themes write an unavailable
    /// variant's option): a lone disabled "Select a size" waiting for scripted options says nothing.
    /// </summary>
    internal static bool NoChoiceBuyable(IElement select)
    {
        var saysSoldOut = false;
        foreach (var option in select.QuerySelectorAll("option"))
        {
            if (option.GetAttribute("value") is { } value && string.IsNullOrWhiteSpace(value))
            {
                continue;
            }

            var soldOut = AvailabilityCues.Classify(DomText.Collapse(option.TextContent)) == Availability.OutOfStock;
            if (!soldOut && !option.HasAttribute("disabled"))
            {
                return false;
            }

            saysSoldOut |= soldOut;
        }

        return saysSoldOut;
    }

    /// <summary>
    /// WooCommerce writes the product's stock status as a class of the product's own container (<c>instock</c>,
    /// <c>outofstock</c>, <c>onbackorder</c>), on every shop it runs; the nearest ancestor of the title that has one.
    /// Tiles of other products carry the same classes, so only the title's ancestors are read.
    /// </summary>
    private static Availability? StateOfProductContainer(MainProductRegion region)
    {
        for (var current = region.Title?.ParentElement; current is not null; current = current.ParentElement)
        {
            if (current.GetAttribute("class") is not { } classes || (!classes.Contains("stock", StringComparison.OrdinalIgnoreCase) && !classes.Contains("backorder", StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }

            foreach (var token in classes.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (ContainerStates.TryGetValue(token, out var state))
                {
                    return state;
                }
            }
        }

        return null;
    }

    private static readonly Dictionary<string, Availability> ContainerStates = new(StringComparer.OrdinalIgnoreCase)
    {
        ["instock"] = Availability.InStock,
        ["outofstock"] = Availability.OutOfStock,
        ["onbackorder"] = Availability.BackOrder,
    };

    /// <summary>A shown number input or a field named for the quantity ("qty", "quantity", "quantité").</summary>
    private static bool IsQuantityInput(IElement element)
    {
        if (element.LocalName != "input")
        {
            return false;
        }

        var type = element.GetAttribute("type");
        if (type is not null && type.Equals("hidden", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var names = string.Concat(element.GetAttribute("name"), " ", element.Id, " ", element.GetAttribute("class"));
        return names.Contains("qty", StringComparison.OrdinalIgnoreCase) || names.Contains("quantit", StringComparison.OrdinalIgnoreCase)
               || (type is not null && type.Equals("number", StringComparison.OrdinalIgnoreCase) && element.Closest("form") is not null);
    }

    /// <summary>A small form asking for an email address whose text says the product cannot be bought now ("notify me when available").</summary>
    private static bool IsNotifyForm(IElement form)
    {
        if (form.QuerySelector("input[type=email], input[name*=email i]") is null || DomText.TextLongerThan(form, MaxSentenceLength * 2))
        {
            return false;
        }

        var text = DomText.Spaced(form, MaxSentenceLength * 2);
        return AvailabilityCues.Classify(text) == Availability.OutOfStock || AvailabilityCues.IsNotifyText(text);
    }

    private static bool IsButton(IElement element) =>
        element.LocalName is "button"
        || (element.LocalName == "input" && element.GetAttribute("type") is { } type && (type.Equals("submit", StringComparison.OrdinalIgnoreCase) || type.Equals("button", StringComparison.OrdinalIgnoreCase)))
        || string.Equals(element.GetAttribute("role"), "button", StringComparison.OrdinalIgnoreCase);

    private static string ButtonText(IElement element)
    {
        var text = element.LocalName == "input" ? element.GetAttribute("value") ?? string.Empty : DomText.Spaced(element, MaxStatusLength + 1);
        return text.Length > 0 ? text : element.GetAttribute("aria-label") ?? element.GetAttribute("title") ?? string.Empty;
    }

    /// <summary>
    /// Only the element's real state: utility CSS names a state it may never be in (Tailwind's
    /// <c>disabled:opacity-50</c> styles the button for when it is disabled), so class names are not read.
    /// </summary>
    private static bool IsDisabled(IElement element) =>
        element.HasAttribute("disabled")
        || string.Equals(element.GetAttribute("aria-disabled"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// A control that picks a size or colour: a select (not the quantity), or a block named like a picker that holds
    /// choices to click. A name alone is not enough: "price-options" or "loader-size-s" pick nothing.
    /// </summary>
    private static bool IsVariantPicker(IElement element)
    {
        if (element.LocalName == "select")
        {
            var names = string.Concat(element.GetAttribute("name"), " ", element.Id, " ", element.GetAttribute("class"));
            return !names.Contains("qty", StringComparison.OrdinalIgnoreCase) && !names.Contains("quantit", StringComparison.OrdinalIgnoreCase);
        }

        // The substring test first: splitting every class attribute of the buy box into words costs more than the rest.
        return element.GetAttribute("class") is { } cls && PriceCues.ContainsAny(cls, VariantHints) && NamesVariantPicker(cls)
               && element.QuerySelectorAll("input[type=radio], input[type=checkbox], button, label, option, li, a, [role=radio], [role=option], [data-value]").Length >= 2;
    }

    /// <summary>
    /// A class naming a size/colour/variant picker ("swatch", "product-options", "variant-selector"). A class token is
    /// split into its words; a state-prefixed utility token ("hover:size-10") is no name, and a word followed by a
    /// number is a utility measure ("size-9"), not a picker.
    /// </summary>
    internal static bool NamesVariantPicker(string classes)
    {
        foreach (var token in classes.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (token.Contains(':', StringComparison.Ordinal))
            {
                continue;
            }

            var words = token.Split(['-', '_'], StringSplitOptions.RemoveEmptyEntries);
            for (var i = 0; i < words.Length; i++)
            {
                var numberFollows = i + 1 < words.Length && words[i + 1].Length > 0 && (char.IsAsciiDigit(words[i + 1][0]) || words[i + 1][0] == '[');
                if (!numberFollows && VariantHints.Any(h => words[i].StartsWith(h, StringComparison.OrdinalIgnoreCase)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool HasOwnText(IElement element)
    {
        foreach (var child in element.ChildNodes)
        {
            if (child is IText text && !string.IsNullOrWhiteSpace(text.Data))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "quedan 2", "22 available", "5 Stück", "only 3 left": a count with a vocabulary word before or after it. A weak
    /// word before ("only", "noch") needs a stock word after the count too, so "only 2 days" is no stock count.
    /// </summary>
    private static readonly Regex Quantity = new(
        $@"(?<!\p{{L}})(?:{PhrasePattern.Alternation(AvailabilityCues.CountBefore)})\s+(?<n1>\d{{1,5}})(?!\d|[.,]\d)"
        + $@"|(?<!\p{{L}})(?:{PhrasePattern.Alternation(AvailabilityCues.CountBeforeUnit)})\s+(?<n1>\d{{1,5}})\s*(?:{PhrasePattern.Alternation(AvailabilityCues.CountAfter)})(?!\p{{L}})"
        + $@"|(?<!\d|[.,])(?<n2>\d{{1,5}})\s*(?:{PhrasePattern.Alternation(AvailabilityCues.CountAfter)})(?!\p{{L}})",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

}
