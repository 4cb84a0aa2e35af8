using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace ShelfScout.Extraction.Products;

/// <summary>Cheap tests on the shape of price-like text, before any parsing.</summary>
internal static partial class PriceShapes
{
    /// <summary>"$200 2 bids" is $200: with several numbers, keep the first with the currency word right after it.</summary>
    public static string FirstAmount(string text)
    {
        var first = Numbers().Match(text);
        if (!first.Success || !first.NextMatch().Success)
        {
            return text;
        }

        var end = first.Index + first.Length;
        var rest = text[end..];
        var trailing = rest.Length > 0 && rest[0] == ' ' ? rest[1..] : rest;
        var word = new string(trailing.TakeWhile(c => !char.IsWhiteSpace(c) && !char.IsAsciiDigit(c)).ToArray());
        return text[..end] + (word.Length is > 0 and <= 4 ? " " + word : string.Empty);
    }

    /// <summary>How many separate numbers the text holds ("€219.99 -50% €110.00" holds three; "1 299,99" one).</summary>
    public static int NumberCount(string text) => Numbers().Count(text);

    [GeneratedRegex(@"\d+(?:[.,\s\u00a0'’]\d{3})*(?:[.,]\d{1,2})?")]
    private static partial Regex Numbers();

    public static bool HasDigitText(IElement element)
    {
        foreach (var child in element.ChildNodes)
        {
            if (child is IText text && HasDigit(text.Data))
            {
                return true;
            }
        }

        return false;
    }

    public static bool HasDigit(string text)
    {
        foreach (var ch in text)
        {
            if (char.IsAsciiDigit(ch))
            {
                return true;
            }
        }

        return false;
    }
}
