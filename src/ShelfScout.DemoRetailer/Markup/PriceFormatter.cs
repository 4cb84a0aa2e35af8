using System.Globalization;
using System.Text;

namespace ShelfScout.DemoRetailer.Markup;

/// <summary>
/// Formats shelf prices the way shops in each currency's home market do: <c>R 1 299,99</c>, <c>£1,299.99</c>,
/// <c>1.299,99 €</c>, <c>$1,299.00</c>. Written by hand because the process runs with invariant globalization.
/// </summary>
internal static class PriceFormatter
{
    public static string Format(decimal amount, string currency) => currency switch
    {
        "ZAR" => "R " + Number(amount, ' ', ','),
        "GBP" => "£" + Number(amount, ',', '.'),
        "EUR" => Number(amount, '.', ',') + " €",
        "USD" => "$" + Number(amount, ',', '.'),
        _ => Number(amount, ',', '.') + " " + currency,
    };

    /// <summary>Machine-readable form used in structured data: <c>1299.99</c>.</summary>
    public static string Invariant(decimal amount) => amount.ToString("0.00", CultureInfo.InvariantCulture);

    private static string Number(decimal amount, char groupSeparator, char decimalSeparator)
    {
        var text = Invariant(amount);
        var point = text.IndexOf('.', StringComparison.Ordinal);
        var whole = text[..point];
        var sb = new StringBuilder(text.Length + 4);
        for (var i = 0; i < whole.Length; i++)
        {
            if (i > 0 && (whole.Length - i) % 3 == 0)
            {
                sb.Append(groupSeparator);
            }

            sb.Append(whole[i]);
        }

        return sb.Append(decimalSeparator).Append(text, point + 1, text.Length - point - 1).ToString();
    }
}
