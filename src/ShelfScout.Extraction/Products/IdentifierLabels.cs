using System.Buffers;
using System.Text.RegularExpressions;
using ShelfScout.Extraction.Vocabulary;

namespace ShelfScout.Extraction.Products;

/// <summary>Labels stores print before a product's identifiers and brand, by the field they name (<c>Vocabulary/identifier-labels.*.txt</c>).</summary>
internal static class IdentifierLabels
{
    private static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> Vocabulary = VocabularyFile.Load("identifier-labels");

    private static readonly Regex Labelled = new(
        @"(?:^|[\s(\[|,;])(?:(?<gtin>" + Alternation("gtin") + ")|(?<mpn>" + Alternation("mpn") + ")|(?<sku>" + Alternation("sku") + @"))\.?\s*[:#.：\-]?\s*(?<value>[A-Za-z0-9][A-Za-z0-9_./\-]{0,38}[A-Za-z0-9]|\d(?=[ \u00a0]\d))",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

    private static readonly Regex Brand = new(
        @"^\s*(?:" + Alternation("brand") + @")(?:\s*[:：]\s*|\s+|$)(?<value>.*)$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

    /// <summary>Matches a label then its value; the group that matched says the field.</summary>
    public static Regex LabelledValue() => Labelled;

    /// <summary>The first word of every identifier label: a cheap test before the full pattern.</summary>
    public static readonly SearchValues<string> LabelStems = SearchValues.Create(
        new[] { "gtin", "mpn", "sku" }.SelectMany(Vocabulary.Section).Select(FirstWord).Distinct(StringComparer.Ordinal).ToArray(),
        StringComparison.OrdinalIgnoreCase);

    /// <summary>A brand label and what follows it ("Brand: Kärcher", "Marke Bosch").</summary>
    public static Regex BrandLabel() => Brand;

    /// <summary>True when the text looks like an identifier, not a word: it has a digit and no spaces.</summary>
    public static bool LooksLikeIdentifier(string value) =>
        value.Length is >= 2 and <= 40 && value.Any(char.IsAsciiDigit) && !value.Contains(' ', StringComparison.Ordinal);

    /// <summary>Checks the GS1 check digit of an 8, 12, 13 or 14 digit GTIN.</summary>
    public static bool IsValidGtin(string value)
    {
        if (value.Length is not (8 or 12 or 13 or 14) || !value.All(char.IsAsciiDigit))
        {
            return false;
        }

        var sum = 0;
        for (var i = 0; i < value.Length - 1; i++)
        {
            var digit = value[value.Length - 2 - i] - '0';
            sum += i % 2 == 0 ? digit * 3 : digit;
        }

        return (10 - (sum % 10)) % 10 == value[^1] - '0';
    }

    /// <summary>Checks an ISBN-10 (mod 11, last character may be X).</summary>
    public static bool IsValidIsbn10(string value)
    {
        if (value.Length != 10 || !value[..9].All(char.IsAsciiDigit) || !(char.IsAsciiDigit(value[9]) || value[9] is 'X' or 'x'))
        {
            return false;
        }

        var sum = 0;
        for (var i = 0; i < 10; i++)
        {
            sum += (10 - i) * (value[i] is 'X' or 'x' ? 10 : value[i] - '0');
        }

        return sum % 11 == 0;
    }

    /// <summary>The GTIN-13 of a GTIN or ISBN as written ("978-0-306-40615-7", ISBN-10 "0-306-40615-2"), check digit verified; else null.</summary>
    public static string? ToGtin(string value)
    {
        var compact = string.Concat(value.Where(c => c is not ('-' or ' ')));
        if (IsValidGtin(compact))
        {
            return compact;
        }

        if (!IsValidIsbn10(compact))
        {
            return null;
        }

        // An ISBN-10 is the GTIN-13 978 + its first nine digits + a new GS1 check digit.
        var body = "978" + compact[..9];
        for (var check = 0; check <= 9; check++)
        {
            if (IsValidGtin(body + check))
            {
                return body + check;
            }
        }

        return null;
    }

    private static string Alternation(string section) => PhrasePattern.Alternation(Vocabulary.Section(section));

    private static string FirstWord(string label) => label.Split([' ', '.', '-'], StringSplitOptions.RemoveEmptyEntries)[0];
}
