using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using ShelfScout.Domain.Catalog;

namespace ShelfScout.Storage.Catalog;

/// <summary>
/// The identity of a review for dedup: SHA-256 of author, date, title, body and rating, with whitespace runs
/// collapsed and trimmed and the rating written without trailing zeros, so a re-scrape with different spacing
/// or "4.0" instead of "4" is recognised as the same review.
/// </summary>
public static class ReviewFingerprint
{
    private const char Separator = '\u001f';

    public static string Compute(ReviewData review)
    {
        ArgumentNullException.ThrowIfNull(review);
        var text = string.Join(
            Separator,
            Normalize(review.Author),
            review.Date is { } date ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : string.Empty,
            Normalize(review.Title),
            Normalize(review.Body),
            review.Rating is { } rating ? rating.ToString("0.############################", CultureInfo.InvariantCulture) : string.Empty);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }

    /// <summary>Trims and collapses every run of whitespace (spaces, tabs, newlines, NBSP) to one space.</summary>
    public static string Normalize(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(value.Length);
        var pendingSpace = false;
        foreach (var character in value.AsSpan().Trim())
        {
            if (char.IsWhiteSpace(character))
            {
                pendingSpace = true;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(character);
        }

        return builder.ToString();
    }
}
