using AngleSharp.Dom;

namespace ShelfScout.Extraction.Products;

/// <summary>The brand a page labels for the shopper ("Brand: Kärcher", "Marke | Bosch").</summary>
internal static class DomBrandReader
{
    /// <summary>"Brand: Kärcher" in one element, or a "Brand" label followed by the value's element (dt/dd, th/td, span/span).</summary>
    public static void Read(IElement element, MainProductRegion region, ProductEvidence evidence)
    {
        if (!HasShortOwnText(element, 30) || region.IsHidden(element) || region.InChrome(element))
        {
            return;
        }

        // The anchored label test on the element's first text is cheap; only a label pays for reading the element.
        if (!IdentifierLabels.BrandLabel().IsMatch(FirstText(element)))
        {
            return;
        }

        var own = DomText.Spaced(element, 80);
        var match = IdentifierLabels.BrandLabel().Match(own);
        if (!match.Success)
        {
            return;
        }

        var value = match.Groups["value"].Value.Trim();
        if (value.Length == 0)
        {
            var next = element.NextElementSibling ?? element.ParentElement?.NextElementSibling;
            value = next is null ? string.Empty : DomText.Spaced(next, 80);
        }

        if (value.Length is >= 2 and <= 60 && !value.Contains(':', StringComparison.Ordinal) && value.Any(char.IsLetter))
        {
            ProductEvidence.Add(evidence.Brand, value, Sources.Dom, 1.2);
        }
    }

    private static string FirstText(IElement element)
    {
        foreach (var child in element.ChildNodes)
        {
            if (child is IText text && !string.IsNullOrWhiteSpace(text.Data))
            {
                return text.Data.Trim();
            }
        }

        return string.Empty;
    }

    private static bool HasShortOwnText(IElement element, int max)
    {
        foreach (var child in element.ChildNodes)
        {
            if (child is IText text && !string.IsNullOrWhiteSpace(text.Data))
            {
                return text.Data.Trim().Length <= max;
            }
        }

        return false;
    }
}
