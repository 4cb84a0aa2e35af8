using AngleSharp.Dom;

namespace ShelfScout.Extraction.Products;

/// <summary>
/// What shoppers wrote on a product page (reviews, questions, comments): it speaks of other times and places ("they're
/// sold out at my local store") and has headings of its own, so it gives no stock status and no product heading.
/// </summary>
internal static class ShopperWriting
{
    /// <summary>Words review apps and platforms start their blocks' names with (WooCommerce's <c>#reviews</c> and <c>.comment</c>, Shopify review widgets).</summary>
    private static readonly string[] Words = ["review", "comment", "testimonial", "question"];

    /// <summary>How many ancestors are looked at: a review's text sits a few blocks inside its widget.</summary>
    private const int Depth = 12;

    /// <summary>
    /// True when an ancestor's id or class has a word starting with one of <see cref="Words"/>; the walk stops at
    /// <paramref name="stopAt"/> (a block holding the product's heading is the product's, whatever it is called).
    /// </summary>
    public static bool Holds(IElement element, Func<IElement, bool>? stopAt = null)
    {
        var current = element.ParentElement;
        for (var i = 0; i < Depth && current is not null && current.LocalName != "body" && !(stopAt?.Invoke(current) ?? false); i++, current = current.ParentElement)
        {
            if (NamedFor(current.Id) || NamedFor(current.GetAttribute("class")))
            {
                return true;
            }
        }

        return false;
    }

    private static bool NamedFor(string? names)
    {
        if (string.IsNullOrEmpty(names) || !Words.Any(w => names.Contains(w, StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        foreach (var word in names.Split([' ', '-', '_'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (Words.Any(w => word.StartsWith(w, StringComparison.OrdinalIgnoreCase)))
            {
                return true;
            }
        }

        return false;
    }
}
