using AngleSharp.Dom;

namespace ShelfScout.Extraction.Products;

/// <summary>
/// Reads SKU, GTIN and MPN from labelled values near the title ("SKU: 123", "Art.-Nr. 4711", a table row
/// "EAN | 4006381333931") and from data attributes the buy box carries (<c>data-sku</c>).
/// </summary>
internal static class DomIdentifierReader
{
    private const int MaxLabelTextLength = 160;
    private const int WindowBefore = 600;
    private const int WindowAfter = 6000;

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
            if (!OwnTextStartsLabel(element) || region.IsHidden(element) || region.InChrome(element))
            {
                continue;
            }

            // The value sits in the same element or in the next one (dt/dd, th/td, span/span).
            var scope = element;
            var text = DomText.Spaced(element, MaxLabelTextLength + 1);
            if (text.Length <= 40 && element.NextElementSibling is { } next)
            {
                text += " " + DomText.Spaced(next, MaxLabelTextLength);
            }
            else if (text.Length <= 40 && element.ParentElement?.NextElementSibling is { } cell && element.NextSibling is null)
            {
                text += " " + DomText.Spaced(cell, MaxLabelTextLength);
            }

            if (text.Length > MaxLabelTextLength * 2 || !seen.Add(scope))
            {
                continue;
            }

            var weight = region.Title is null ? 0.6 : Math.Max(0.4, 1.2 - (Math.Abs(distance) / 4000.0));
            foreach (var match in IdentifierLabels.LabelledValue().Matches(text).Cast<System.Text.RegularExpressions.Match>())
            {
                var value = match.Groups["value"].Value;
                if (!IdentifierLabels.LooksLikeIdentifier(value))
                {
                    continue;
                }

                if (match.Groups["gtin"].Success)
                {
                    var digits = value.Replace("-", string.Empty, StringComparison.Ordinal);
                    if (IdentifierLabels.IsValidGtin(digits))
                    {
                        ProductEvidence.Add(evidence.Gtin, digits, Sources.Dom, weight);
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

    private static void ReadDataAttributes(IElement element, ProductEvidence evidence)
    {
        foreach (var attribute in element.Attributes)
        {
            var name = attribute.Name;
            if (!name.StartsWith("data-", StringComparison.Ordinal) || !name.EndsWith("sku", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var value = attribute.Value.Trim();
            if (IdentifierLabels.LooksLikeIdentifier(value))
            {
                ProductEvidence.Add(evidence.Sku, value, Sources.Dom, 0.5);
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
        // A label alone ("SKU:") is followed by its value in the next element: stand in a value to test the label.
        var head = text.Length > 40 ? text[..40] : text;
        var match = IdentifierLabels.LabelledValue().Match(head + " X1");
        return match.Success && match.Index <= 2;
    }
}
