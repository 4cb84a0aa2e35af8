using AngleSharp.Dom;

namespace ShelfScout.Extraction.Products;

/// <summary>
/// Reads SKU, GTIN and MPN from labelled values near the title ("SKU: 123", "Art.-Nr. 4711", a table row
/// "EAN | 4006381333931") and from data attributes the buy box carries (<c>data-sku</c>).
/// </summary>
internal static class DomIdentifierReader
{
    private const int MaxLabelTextLength = 160;
    private const int WindowBefore = 3000;
    private const int WindowAfter = 20000;

    /// <summary>Share of a labelled value's weight kept when a GTIN label's value fails the check digit and counts as a SKU.</summary>
    private const double UncheckedCodeAsSkuWeight = 0.6;

    public static void Read(IDocument document, MainProductRegion region, ProductEvidence evidence)
    {
        if (document.Body is null)
        {
            return;
        }

        var seen = new HashSet<IElement>();
        foreach (var element in region.Window(WindowBefore, WindowAfter))
        {
            var distance = region.DistanceFromTitle(element);

            ReadDataAttributes(element, evidence);
            DomBrandReader.Read(element, region, evidence);
            if (!region.IsHidden(element))
            {
                CollectTokens(element, evidence.VisibleTokens);
            }

            if (!OwnTextStartsLabel(element) || region.IsHidden(element) || region.InChrome(element))
            {
                continue;
            }

            // The value sits in the same element, after it in the parent (<li><b>SKU:</b> 42</li>), or in the next
            // element (dt/dd, th/td, div/div).
            var scope = element;
            var text = DomText.Spaced(element, MaxLabelTextLength + 1);
            if (text.Length <= 40)
            {
                var parentText = element.ParentElement is { } parent ? DomText.Spaced(parent, MaxLabelTextLength + 1) : string.Empty;
                if (parentText.Length is > 0 and <= MaxLabelTextLength && parentText.Length > text.Length + 1)
                {
                    text = parentText;
                }
                else if (element.NextElementSibling is { } next)
                {
                    text += " " + DomText.Spaced(next, MaxLabelTextLength);
                }
                else if (element.ParentElement?.NextElementSibling is { } cell)
                {
                    text += " " + DomText.Spaced(cell, MaxLabelTextLength);
                }
            }

            if (text.Length > MaxLabelTextLength * 2 || !seen.Add(scope))
            {
                continue;
            }

            // What the shop labels for the shopper ("Product code: 83050303") is the identifier people quote; it
            // outweighs a markup SKU that may be an internal key.
            var weight = region.Title is null ? 1.2 : Math.Max(0.8, 2.4 - (Math.Abs(distance) / 8000.0));
            foreach (var match in IdentifierLabels.LabelledValue().Matches(text).Cast<System.Text.RegularExpressions.Match>())
            {
                var value = match.Groups["value"].Value;
                if (!IdentifierLabels.LooksLikeIdentifier(value))
                {
                    continue;
                }

                if (match.Groups["gtin"].Success)
                {
                    if (IdentifierLabels.ToGtin(value) is { } gtin)
                    {
                        ProductEvidence.Add(evidence.Gtin, gtin, Sources.Dom, weight);
                    }
                    else
                    {
                        // "UPC: a897fe39b1053632": no GTIN (its check digit fails), but still the code the shop files
                        // the product under, so a weaker SKU candidate.
                        ProductEvidence.Add(evidence.Sku, value, Sources.Dom, weight * UncheckedCodeAsSkuWeight);
                    }
                }
                else if (match.Groups["mpn"].Success)
                {
                    ProductEvidence.Add(evidence.Mpn, value, Sources.Dom, weight);
                }
                else
                {
                    ProductEvidence.Add(evidence.Sku, value, Sources.Dom, weight);
                }
            }
        }
    }

    private static void CollectTokens(IElement element, HashSet<string> tokens)
    {
        foreach (var child in element.ChildNodes)
        {
            if (child is not IText text || !text.Data.Any(char.IsAsciiDigit))
            {
                continue;
            }

            foreach (var token in text.Data.Split([' ', '\u00a0', '\t', '\n', '\r', ':', ',', ';', '(', ')', '#'], StringSplitOptions.RemoveEmptyEntries))
            {
                if (token.Length is >= 3 and <= 40)
                {
                    tokens.Add(token.TrimEnd('.'));
                }
            }
        }
    }

    /// <summary>Identifiers the buy box carries for scripts: <c>data-sku</c>, <c>data-product-sku</c>, <c>data-gtin</c>, <c>data-ean</c>, <c>data-mpn</c>.</summary>
    private static void ReadDataAttributes(IElement element, ProductEvidence evidence)
    {
        foreach (var attribute in element.Attributes)
        {
            var name = attribute.Name;
            if (!name.StartsWith("data-", StringComparison.Ordinal))
            {
                continue;
            }

            var value = attribute.Value.Trim();
            if (name.EndsWith("sku", StringComparison.OrdinalIgnoreCase))
            {
                if (IdentifierLabels.LooksLikeIdentifier(value))
                {
                    ProductEvidence.Add(evidence.Sku, value, Sources.Attribute, 0.5);
                }
            }
            else if (name.EndsWith("gtin", StringComparison.OrdinalIgnoreCase) || name.EndsWith("ean", StringComparison.OrdinalIgnoreCase)
                     || name.EndsWith("upc", StringComparison.OrdinalIgnoreCase) || name.EndsWith("barcode", StringComparison.OrdinalIgnoreCase))
            {
                ProductEvidence.Add(evidence.Gtin, IdentifierLabels.ToGtin(value), Sources.Attribute, 0.5);
            }
            else if (name.EndsWith("mpn", StringComparison.OrdinalIgnoreCase) && IdentifierLabels.LooksLikeIdentifier(value))
            {
                ProductEvidence.Add(evidence.Mpn, value, Sources.Attribute, 0.5);
            }
        }
    }

    private static bool OwnTextStartsLabel(IElement element)
    {
        foreach (var child in element.ChildNodes)
        {
            if (child is IText text && !string.IsNullOrWhiteSpace(text.Data))
            {
                var own = text.Data.TrimStart();
                return own.Length <= MaxLabelTextLength && !char.IsAsciiDigit(own[0]) && StartsWithLabel(own);
            }
        }

        return false;
    }

    private static bool StartsWithLabel(string text)
    {
        // A label alone ("SKU:", "eBay item number:") is followed by its value elsewhere: stand in a value to test it.
        var head = text.Length > 40 ? text[..40] : text;
        if (head.AsSpan().IndexOfAny(IdentifierLabels.LabelStems) < 0)
        {
            return false;
        }

        var match = IdentifierLabels.LabelledValue().Match(head + " X1");
        return match.Success && (match.Index <= 2 || text.Length <= 40);
    }
}
