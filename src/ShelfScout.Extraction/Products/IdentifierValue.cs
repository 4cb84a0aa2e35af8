using System.Globalization;
using System.Text.RegularExpressions;
using ShelfScout.Extraction.Pricing;
using ShelfScout.Extraction.Vocabulary;

namespace ShelfScout.Extraction.Products;

/// <summary>
/// Tells an identifier after a label from the other numbers a label can be followed by: a price, a date, a phone
/// number, a quantity or a measure ("Model: 180 cm"). Units are vocabulary data (<c>Vocabulary/measure-units.*.txt</c>).
/// </summary>
internal static class IdentifierValue
{
    private static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> Vocabulary = VocabularyFile.Load("measure-units");

    private static readonly HashSet<string> Units = new(Vocabulary.Section("unit"), StringComparer.OrdinalIgnoreCase);

    private static readonly Regex Date = new(
        @"^(?:\d{1,2}[./\-]\d{1,2}[./\-](?:19|20)\d{2}|(?:19|20)\d{2}[./\-]\d{1,2}[./\-]\d{1,2})$",
        RegexOptions.CultureInvariant | RegexOptions.Compiled);

    private static readonly Regex Amount = new(@"^\d{1,3}(?:[.,]\d{3})*(?:[.,]\d{1,2})?$|^\d+[.,]\d{1,2}$", RegexOptions.CultureInvariant | RegexOptions.Compiled);

    /// <summary>Two or three measures by one another ("40x40", "120 × 60 cm", "2.5x10mm"): a size, no code.</summary>
    private static readonly Regex Dimensions = new(@"^\d{1,4}(?:[.,]\d+)?\s*[x×*]\s*\d{1,4}(?:[.,]\d+)?(?:\s*[x×*]\s*\d{1,4}(?:[.,]\d+)?)?\s*\p{L}{0,3}$", RegexOptions.CultureInvariant | RegexOptions.Compiled);

    private static readonly Regex NumberWithUnit = new(@"^(?<number>\d{1,5}(?:[.,]\d+)?)(?<unit>\p{L}{1,6}|%)$", RegexOptions.CultureInvariant | RegexOptions.Compiled);

    /// <summary>Digit groups that go on after the value, separated by single spaces, dots or hyphens ("0800 123 4567").</summary>
    private static readonly Regex MoreGroups = new(@"\G(?:[ \u00a0.\-]\d{2,})+", RegexOptions.CultureInvariant | RegexOptions.Compiled);

    /// <summary>Fewest digits of a number written in groups that reads as a phone number rather than a code.</summary>
    private const int PhoneDigits = 9;

    /// <summary>What a labelled value turned out to be.</summary>
    public enum Kind
    {
        /// <summary>A code: the identifier the label names.</summary>
        Code,

        /// <summary>A GTIN written in digit groups ("4 006381 333931"); <see cref="Read"/> gives it without spaces.</summary>
        GroupedGtin,

        /// <summary>A price, date, phone number, quantity or measure: no identifier.</summary>
        NotAnIdentifier,
    }

    /// <summary>Reads the value <paramref name="value"/> found at <paramref name="end"/> (the index after it) of <paramref name="text"/>.</summary>
    public static (Kind Kind, string Value) Read(string text, string value, int end)
    {
        // Checked first: a GTIN printed under its barcode starts with one digit ("4 006381 333931").
        if (value.All(char.IsAsciiDigit) && MoreGroups.Match(text, end) is { Success: true } groups)
        {
            var whole = value + string.Concat(groups.Value.Where(char.IsAsciiDigit));
            if (IdentifierLabels.ToGtin(whole) is { } gtin)
            {
                return (Kind.GroupedGtin, gtin);
            }

            if (whole.Length >= PhoneDigits)
            {
                return (Kind.NotAnIdentifier, value);
            }
        }

        if (!IdentifierLabels.LooksLikeIdentifier(value) || Date.IsMatch(value) || Dimensions.IsMatch(value))
        {
            return (Kind.NotAnIdentifier, value);
        }

        // Glued to its number a unit of one letter ("310M", "2000W", an ISBN's "X") is as likely part of a code; "500g" is not.
        if (NumberWithUnit.Match(value) is { Success: true } measure && measure.Groups["unit"].Value is var unit
            && Units.Contains(unit) && (unit.Length >= 2 || unit is "g" or "G" or "l" or "L" or "%"))
        {
            return (Kind.NotAnIdentifier, value);
        }

        var rest = text.AsSpan(end).TrimStart();
        if (Amount.IsMatch(value) && (StartsWithCurrency(rest) || EndsWithCurrency(text.AsSpan(0, end - value.Length))))
        {
            return (Kind.NotAnIdentifier, value);
        }

        if (char.IsAsciiDigit(value[^1]) && rest.Length >= 2 && rest[0] is 'x' or '×' or '*' && (char.IsAsciiDigit(rest[1]) || (rest.Length >= 3 && rest[1] == ' ' && char.IsAsciiDigit(rest[2]))))
        {
            // "120×60cm", "40 x 40": the first measure of a size.
            return (Kind.NotAnIdentifier, value);
        }

        if (value.All(char.IsAsciiDigit) && NextWord(rest) is { Length: > 0 } word && (Units.Contains(word) || CurrencyTable.Codes.Contains(word.ToUpperInvariant())))
        {
            return (Kind.NotAnIdentifier, value);
        }

        return (Kind.Code, value);
    }

    private static bool StartsWithCurrency(ReadOnlySpan<char> rest) =>
        rest.Length > 0 && (CharUnicodeInfo.GetUnicodeCategory(rest[0]) == UnicodeCategory.CurrencySymbol
                            || (rest.Length >= 3 && CurrencyTable.Codes.Contains(rest[..3].ToString().ToUpperInvariant()) && (rest.Length == 3 || !char.IsLetter(rest[3]))));

    private static bool EndsWithCurrency(ReadOnlySpan<char> before)
    {
        var trimmed = before.TrimEnd();
        return trimmed.Length > 0 && CharUnicodeInfo.GetUnicodeCategory(trimmed[^1]) == UnicodeCategory.CurrencySymbol;
    }

    private static string NextWord(ReadOnlySpan<char> rest)
    {
        var length = 0;
        while (length < rest.Length && length < 12 && (char.IsLetter(rest[length]) || rest[length] == '%'))
        {
            length++;
        }

        return length < rest.Length && char.IsLetterOrDigit(rest[length]) ? string.Empty : rest[..length].ToString().TrimEnd('.');
    }
}
