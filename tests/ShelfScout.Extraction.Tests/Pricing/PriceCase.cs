using System.Globalization;

namespace ShelfScout.Extraction.Tests.Pricing;

/// <summary>One row of <c>price-strings/cases.tsv</c>.</summary>
internal sealed record PriceCase(
    string Input,
    decimal? ExpectedAmount,
    string? ExpectedCurrency,
    string? CurrencyHint,
    char? DecimalSeparatorHint,
    string? ExpectedAmountText,
    bool KnownHard,
    string List,
    string Source)
{
    public static IReadOnlyList<PriceCase> All { get; } = Load();

    /// <summary>
    /// The source's test_price_decimal_separator cases assert the amount only, so their empty expected currency
    /// means "not checked" rather than "none".
    /// </summary>
    public bool ChecksCurrency => !string.Equals(List, "test_price_decimal_separator", StringComparison.Ordinal);

    private static List<PriceCase> Load()
    {
        var lines = File.ReadAllLines(SharedCorpus.PathOf("price-strings", "cases.tsv"));
        var header = lines[0].Split('\t');
        var col = (string name) => Array.IndexOf(header, name);
        return lines.Skip(1).Where(l => l.Length > 0).Select(line =>
        {
            var f = line.Split('\t');
            var amount = f[col("expected_amount")];
            var hint = f[col("currency_hint")];
            var sep = f[col("decimal_separator_hint")];
            return new PriceCase(
                f[col("input")],
                amount.Length == 0 ? null : decimal.Parse(amount, NumberStyles.Float, CultureInfo.InvariantCulture),
                NullIfEmpty(f[col("expected_currency")]),
                NullIfEmpty(hint),
                sep.Length == 0 ? null : sep[0],
                NullIfEmpty(f[col("expected_amount_text")]),
                !string.Equals(f[col("expect")], "pass", StringComparison.Ordinal),
                f[col("list")],
                f[col("source")]);
        }).ToList();
    }

    private static string? NullIfEmpty(string s) => s.Length == 0 ? null : s;
}
