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

        // "star-rating Three", "rating-four", "stars five-half": the rating as an English number word in a class.
        if (FromNumberWords(element.GetAttribute("class")) is { } worded)
        {
            return worded;
        }

        return FilledStars(element);
    }

    private static readonly string[] NumberWords = ["zero", "one", "two", "three", "four", "five"];
    private static readonly string[] FilledWords = ["full", "filled", "fill", "active", "on", "selected", "checked", "rated"];
    private static readonly string[] EmptyWords = ["empty", "off", "outline", "blank", "o"];

    private static decimal? FromNumberWords(string? classes)
    {
        if (string.IsNullOrEmpty(classes))
        {
            return null;
        }

        foreach (var token in classes.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var words = token.Split(['-', '_'], StringSplitOptions.RemoveEmptyEntries);
            for (var i = 0; i < words.Length; i++)
            {
                var value = Array.FindIndex(NumberWords, w => w.Equals(words[i], StringComparison.OrdinalIgnoreCase));
                if (value > 0)
                {
                    var half = words.Skip(i + 1).Any(w => w.Equals("half", StringComparison.OrdinalIgnoreCase));
                    return value + (half && value < 5 ? 0.5m : 0m);
                }
            }
        }

        return null;
    }

    /// <summary>
    /// Star icons marked filled (a class word "full", "filled", "active", "on"...), half ones counting a half. Icons
    /// all alike say only the widget's size, never its rating.
    /// </summary>
    private static decimal? FilledStars(IElement element)
    {
        decimal filled = 0;
        var stars = 0;
        var unmarked = 0;
        var empty = 0;
        foreach (var icon in element.QuerySelectorAll("[class*=star]").Take(20))
        {
            var words = (icon.GetAttribute("class") ?? string.Empty).Split([' ', '-', '_'], StringSplitOptions.RemoveEmptyEntries);
            if (!words.Any(w => w.StartsWith("star", StringComparison.OrdinalIgnoreCase)) || icon.QuerySelector("[class*=star]") is not null)
            {
                // A container of stars, not a star.
                continue;
            }

            stars++;
            if (words.Any(w => w.Equals("half", StringComparison.OrdinalIgnoreCase)))
            {
                filled += 0.5m;
            }
            else if (words.Any(w => EmptyWords.Any(e => e.Equals(w, StringComparison.OrdinalIgnoreCase))))
            {
                empty++;
            }
            else if (words.Any(w => FilledWords.Any(f => f.Equals(w, StringComparison.OrdinalIgnoreCase))))
            {
                filled += 1;
            }
            else
            {
                unmarked++;
            }
        }

        // Icon fonts mark only the empty ones ("fa-star" beside "fa-star-o"): there a plain star is a filled one.
        if (empty > 0)
        {
            filled += unmarked;
        }

        return filled is > 0 and <= 5 && stars >= filled ? filled : null;
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
