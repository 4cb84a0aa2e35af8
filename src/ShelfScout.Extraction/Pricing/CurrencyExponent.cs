namespace ShelfScout.Extraction.Pricing;

/// <summary>ISO 4217 minor units: how many decimals a currency's amounts have (2 unless listed).</summary>
public static class CurrencyExponent
{
    // ISO 4217 currencies with no minor unit in use, and those with three decimals.
    private static readonly HashSet<string> None = new(StringComparer.OrdinalIgnoreCase)
    {
        "BIF", "CLP", "DJF", "GNF", "ISK", "JPY", "KMF", "KRW", "PYG", "RWF", "UGX", "UYI", "VND", "VUV", "XAF", "XOF", "XPF",
    };

    private static readonly HashSet<string> Three = new(StringComparer.OrdinalIgnoreCase) { "BHD", "IQD", "JOD", "KWD", "LYD", "OMR", "TND" };

    /// <summary>The number of decimals of the currency's amounts; 2 for an unknown or missing code.</summary>
    public static int Of(string? isoCode) =>
        isoCode is null ? 2 : None.Contains(isoCode) ? 0 : Three.Contains(isoCode) ? 3 : 2;
}
