using ShelfScout.Extraction.Pricing;

namespace ShelfScout.Extraction.Tests.Pricing;

public sealed class PriceParserTests
{
    [Theory]
    [InlineData("R 1 299,99", "1299.99", "R", "ZAR")]
    [InlineData("R\u00a01\u00a0299,99", "1299.99", "R", "ZAR")]
    [InlineData("1\u202f299,99 €", "1299.99", "€", "EUR")]
    [InlineData("1.299,99 €", "1299.99", "€", "EUR")]
    [InlineData("CHF 1'299.50", "1299.50", "CHF", "CHF")]
    [InlineData("1’299.50 Fr.", "1299.50", "Fr.", "CHF")]
    [InlineData("£1,299", "1299", "£", "GBP")]
    [InlineData("1.299,-", "1299", null, null)]
    [InlineData("US$12", "12", "US$", "USD")]
    [InlineData("12,99 €", "12.99", "€", "EUR")]
    [InlineData("from $12.50 to $20", "12.50", "$", "USD")]
    [InlineData("Now only 49,90 zł incl. VAT", "49.90", "zł", "PLN")]
    [InlineData("₹1,50,087.99", "150087.99", "₹", "INR")]
    [InlineData("1 299 руб.", "1299", "руб.", "RUB")]
    [InlineData("Pris 149 kr", "149", "kr", "SEK")]
    [InlineData("Pack of 6 for only 14,85 EUR", "14.85", "EUR", "EUR")]
    [InlineData("From 26 to 50 €", "26", "€", "EUR")]
    [InlineData("Was $2.00 100 in stock", "2.00", "$", "USD")]
    public void Parse_RealWorldString_ReadsAmountAndCurrency(string text, string amount, string? currencyText, string? code)
    {
        var parsed = PriceParser.Parse(text);

        Assert.Equal(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture), parsed.Amount);
        Assert.Equal(currencyText, parsed.CurrencyText);
        Assert.Equal(code, parsed.CurrencyCode);
    }

    [Fact]
    public void Parse_DollarWithCurrencyHint_ResolvesToHintedDollar()
    {
        var parsed = PriceParser.Parse("$19.95", currencyHint: "AUD");

        Assert.Equal(19.95m, parsed.Amount);
        Assert.Equal("$", parsed.CurrencyText);
        Assert.Equal("AUD", parsed.CurrencyCode);
    }

    [Fact]
    public void Parse_NoCurrencyInText_TakesCurrencyFromHint()
    {
        var parsed = PriceParser.Parse("1 299,00", currencyHint: "ZAR");

        Assert.Equal(1299m, parsed.Amount);
        Assert.Equal("ZAR", parsed.CurrencyCode);
    }

    [Fact]
    public void Parse_DecimalSeparatorHint_OverridesThousandsGuess()
    {
        Assert.Equal(1.299m, PriceParser.Parse("1.299", decimalSeparatorHint: '.').Amount);
        Assert.Equal(1299m, PriceParser.Parse("1.299").Amount);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Out of stock")]
    [InlineData("50% off")]
    public void Parse_NoPrice_GivesNoAmount(string? text)
    {
        Assert.Null(PriceParser.Parse(text).Amount);
    }

    [Theory]
    [InlineData("$", null, "USD")]
    [InlineData("$", "CAD", "CAD")]
    [InlineData("kr", "NOK", "NOK")]
    [InlineData("kr", null, "SEK")]
    [InlineData("usd", null, "USD")]
    [InlineData("£", null, "GBP")]
    [InlineData("€", "USD", "EUR")]
    [InlineData("₹", null, "INR")]
    [InlineData("zł", null, "PLN")]
    [InlineData("руб", null, "RUB")]
    [InlineData("R", null, "ZAR")]
    [InlineData("not money", null, null)]
    public void Resolve_SymbolOrCode_GivesIsoCode(string text, string? hint, string? expected)
    {
        Assert.Equal(expected, CurrencyResolver.Resolve(text, hint));
    }
}
