using System.Globalization;
using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace ShelfScout.Extraction.Products;

/// <summary>Reads a star rating however a widget states it: "4.5 out of 5", "4,5/5", aria-label, a width percentage, star classes.</summary>
internal static partial class RatingText
{
    /// <summary>The rating on a 5-point scale, or null.</summary>
    public static decimal? FromElement(IElement element)
    {
        foreach (var attribute in new[] { "aria-label", "title", "data-rating", "data-score", "data-value", "content" })
        {
            if (FromText(element.GetAttribute(attribute)) is { } fromAttribute)
            {
                return fromAttribute;
            }
        }

        if (FromText(DomText.Spaced(element, 80)) is { } fromText)
        {
            return fromText;
        }

        // Filled-star overlays: <div class="stars-fill" style="width: 90%">.
        foreach (var styled in element.QuerySelectorAll("[style*=width]").Prepend(element))
        {
            var match = WidthPercent().Match(styled.GetAttribute("style") ?? string.Empty);
            if (match.Success && decimal.TryParse(match.Groups[1].Value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var percent) && percent is > 0 and <= 100)
            {
                return Math.Round(percent / 20m, 1);
            }
        }

        // Class-encoded ratings: "rating-45", "stars-4-5", "star-4".
        var classMatch = ClassRating().Match(element.GetAttribute("class") ?? string.Empty);
        if (classMatch.Success)
        {
            var whole = int.Parse(classMatch.Groups["w"].Value, CultureInfo.InvariantCulture);
            var half = classMatch.Groups["f"].Success ? int.Parse(classMatch.Groups["f"].Value, CultureInfo.InvariantCulture) : 0;
            var value = whole >= 10 && !classMatch.Groups["f"].Success ? whole / 10m : whole + (half / 10m);
            return value is > 0 and <= 5 ? value : null;
        }

        var filled = element.QuerySelectorAll("[class*=full], [class*=filled], [class*=active], [class*=on]").Count(e => e.ClassList.Any(c => c.Contains("star", StringComparison.OrdinalIgnoreCase)));
        return filled is > 0 and <= 5 ? filled : null;
    }

    /// <summary>"4.5 out of 5", "4,5/5", "Rated 4 of 5 stars", "4.5 von 5 Sternen"; scaled to 5 when the scale is 10 or 100.</summary>
    public static decimal? FromText(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var match = OutOf().Match(text);
        if (!match.Success)
        {
            return null;
        }

        var value = decimal.Parse(match.Groups["v"].Value.Replace(',', '.'), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
        var scale = decimal.Parse(match.Groups["s"].Value, NumberStyles.None, CultureInfo.InvariantCulture);
        if (scale <= 0 || value > scale)
        {
            return null;
        }

        return scale == 5 ? value : Math.Round(value / scale * 5, 1);
    }

    [GeneratedRegex(@"(?<v>\d(?:[.,]\d{1,2})?)\s*(?:/|out of|of|von|sur|de|su|z|из|van|av|af|/ )\s*(?<s>5|10|100)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OutOf();

    [GeneratedRegex(@"width\s*:\s*(\d{1,3}(?:\.\d+)?)\s*%", RegexOptions.IgnoreCase)]
    private static partial Regex WidthPercent();

    [GeneratedRegex(@"(?:rating|stars?|score)[-_]?(?<w>\d{1,2})(?:[-_](?<f>\d))?\b", RegexOptions.IgnoreCase)]
    private static partial Regex ClassRating();
}
