using System.Globalization;
using System.Text.RegularExpressions;

namespace ShelfScout.Extraction.Reviews;

/// <summary>Reads review dates: ISO forms first (datetime attributes, structured data), then unambiguous written dates.</summary>
internal static partial class ReviewDates
{
    private static readonly string[] WrittenFormats =
    [
        "d MMMM yyyy", "d MMM yyyy", "MMMM d, yyyy", "MMM d, yyyy", "MMMM d yyyy", "d. MMMM yyyy", "yyyy/MM/dd", "yyyy.MM.dd",
    ];

    public static DateOnly? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var iso = IsoDate().Match(text);
        if (iso.Success && DateOnly.TryParseExact(iso.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        var trimmed = text.Trim().TrimEnd('.');
        return DateOnly.TryParseExact(trimmed, WrittenFormats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var written)
            ? written
            : null;
    }

    /// <summary>A written date somewhere in a longer text ("on 10 June 2025"), for blocks without a datetime attribute.</summary>
    public static DateOnly? Find(string text)
    {
        if (Parse(IsoDate().Match(text).Value) is { } iso)
        {
            return iso;
        }

        var match = WrittenDate().Match(text);
        return match.Success ? Parse(match.Value) : null;
    }

    [GeneratedRegex(@"\d{4}-\d{2}-\d{2}")]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"\b(?:\d{1,2}\.? [A-Z][a-z]+ \d{4}|[A-Z][a-z]+ \d{1,2},? \d{4})\b")]
    private static partial Regex WrittenDate();
}
