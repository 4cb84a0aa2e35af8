using ShelfScout.DemoRetailer.Markup;

namespace ShelfScout.DemoRetailer.Tests;

public class PriceFormatterTests
{
    [Theory]
    [InlineData("1299.99", "ZAR", "R 1 299,99")]
    [InlineData("49.00", "ZAR", "R 49,00")]
    [InlineData("12.99", "GBP", "£12.99")]
    [InlineData("12.99", "EUR", "12,99 €")]
    [InlineData("1299.99", "EUR", "1.299,99 €")]
    [InlineData("1299.00", "USD", "$1,299.00")]
    [InlineData("1234567.50", "USD", "$1,234,567.50")]
    public void Format_UsesTheCurrencysHomeConventions(string amount, string currency, string expected)
    {
        Assert.Equal(expected, PriceFormatter.Format(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture), currency));
    }
}
