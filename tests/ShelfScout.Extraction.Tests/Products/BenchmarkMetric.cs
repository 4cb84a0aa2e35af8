using System.Globalization;

namespace ShelfScout.Extraction.Tests.Products;

/// <summary>
/// The product-extraction benchmark's metric, as <c>shared/tools/score-products</c> computes it: one prediction per
/// page and attribute against a set of accepted values; availability defaults to InStock.
/// </summary>
internal sealed class BenchmarkMetric
{
    private int _tp;
    private int _fp;
    private int _fn;

    public void Add(IReadOnlySet<string> accepted, string? predicted)
    {
        if (predicted is null)
        {
            _fn += accepted.Count > 0 ? 1 : 0;
        }
        else if (accepted.Contains(predicted))
        {
            _tp++;
        }
        else
        {
            _fp++;
            _fn += accepted.Count > 0 ? 1 : 0;
        }
    }

    public double F1
    {
        get
        {
            var precision = _fp == 0 && _fn == 0 ? 1.0 : _tp + _fp == 0 ? 0.0 : (double)_tp / (_tp + _fp);
            var recall = _fp == 0 && _fn == 0 ? 1.0 : _tp + _fn == 0 ? 0.0 : (double)_tp / (_tp + _fn);
            return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        }
    }

    /// <summary>Availability as the scorer normalises it: absent means InStock; limited, pre-order and back-order count as InStock.</summary>
    public static string NormalizeAvailability(string? value)
    {
        if (value is null)
        {
            return "InStock";
        }

        var text = value.Trim();
        foreach (var prefix in new[] { "https://schema.org/", "http://schema.org/", "schema:" })
        {
            if (text.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                text = text[prefix.Length..];
            }
        }

        return text.ToLowerInvariant().Replace("_", string.Empty, StringComparison.Ordinal).Replace(" ", string.Empty, StringComparison.Ordinal) switch
        {
            "outofstock" or "soldout" or "discontinued" => "OutOfStock",
            "instock" or "limitedavailability" or "instoreonly" or "onlineonly" or "preorder" or "presale" or "backorder" => "InStock",
            _ => text,
        };
    }

    /// <summary>A decimal in canonical form, so "450", "450.00" and "450.0 " compare equal (as Python's Decimal does).</summary>
    public static string? CanonicalDecimal(string? text) =>
        decimal.TryParse(text?.Trim(), NumberStyles.Number, CultureInfo.InvariantCulture, out var value) ? CanonicalDecimal(value) : text;

    public static string CanonicalDecimal(decimal value) => (value / 1.000000000000000000000000000000000m).ToString(CultureInfo.InvariantCulture);
}
