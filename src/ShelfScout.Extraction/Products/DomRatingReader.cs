using System.Globalization;
using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace ShelfScout.Extraction.Products;

/// <summary>The main product's star rating and review count from the widget near its title.</summary>
internal static partial class DomRatingReader
{
    public static void Read(IDocument document, MainProductRegion region, ProductEvidence evidence)
    {
        if (region.Title is null)
        {
            return;
        }

        var widgets = region.Window(300, 1500)
            .Where(e => IsRatingWidget(e) && !region.IsHidden(e) && !region.InChrome(e))
            .Where(e => !PriceCues.ContainsAny(AncestorHints(e), PriceCues.ElsewhereHints))
            .OrderBy(e => Math.Abs(region.DistanceFromTitle(e)))
            .Take(12)
            .ToList();
        foreach (var widget in widgets)
        {
            if (RatingText.FromElement(widget) is { } rating)
            {
                evidence.Rating.Add(new Candidate<decimal>(rating, Sources.Dom, 0.8));
                break;
            }
        }

        foreach (var widget in widgets)
        {
            var match = ReviewCount().Match(DomText.Spaced(widget, 120));
            if (match.Success && int.TryParse(match.Groups["n"].Value.Replace(",", string.Empty, StringComparison.Ordinal).Replace(".", string.Empty, StringComparison.Ordinal), NumberStyles.None, CultureInfo.InvariantCulture, out var count))
            {
                evidence.ReviewCount.Add(new Candidate<int>(count, Sources.Dom, 0.8));
                break;
            }
        }
    }

    private static bool IsRatingWidget(IElement element)
    {
        static bool Says(string? value) =>
            value is not null && (value.Contains("rating", StringComparison.OrdinalIgnoreCase) || value.Contains("star", StringComparison.OrdinalIgnoreCase)
                                  || value.Contains("review", StringComparison.OrdinalIgnoreCase));

        return Says(element.GetAttribute("class")) || Says(element.GetAttribute("aria-label")) || Says(element.Id) || Says(element.GetAttribute("itemprop"));
    }

    private static string AncestorHints(IElement element)
    {
        var hints = string.Empty;
        var current = element.ParentElement;
        for (var i = 0; i < 6 && current is not null; i++, current = current.ParentElement)
        {
            hints += " " + DomText.Hints(current);
        }

        return hints;
    }

    [GeneratedRegex(@"(?<n>\d{1,3}(?:[,.]\d{3})*|\d+)\s*(?:reviews?|ratings?|bewertungen|rezensionen|avis|opiniones|opiniões|reseñas|recensioni|recensies|opinii|recenzí|recenzií|arvostelua?|omdömen|anmeldelser|отзыв\w*|értékelés|değerlendirme|评价|評價|レビュー|리뷰|상품평)|\((?<n>\d{1,6})\)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ReviewCount();
}
