namespace ShelfScout.Extraction.Tests.Products;

/// <summary>
/// The price a buyer pays as the page shows it: with tax where the page shows both, in the currency's minor unit, and
/// with its cents set apart in an element of their own.
/// </summary>
public sealed class VisiblePriceTaxTests
{
    private static string Ld(string price, string currency = "EUR") => "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"Product\",\"name\":\"Blue Kettle\",\"offers\":{\"@type\":\"Offer\",\"price\":\"" + price + "\",\"priceCurrency\":\"" + currency + "\"}}</script>";

    /// <summary>Magento 2's price box when a shop shows both: each wrapper named for its tax, its label in data-label.</summary>
    private const string BothByName =
        "<div class=\"price-box\"><span class=\"price-container\">"
        + "<span class=\"price-wrapper price-including-tax\" data-label=\"Incl. Tax\"><span class=\"price\">€180.00</span></span>"
        + "<span class=\"price-wrapper price-excluding-tax\" data-label=\"Excl. Tax\"><span class=\"price\">€150.00</span></span>"
        + "</span></div>";

    /// <summary>The same wrappers with the net price first (themes order them either way).</summary>
    private const string BothByNameNetFirst =
        "<div class=\"price-box\"><span class=\"price-container\">"
        + "<span class=\"price-wrapper price-excluding-tax\" data-label=\"Excl. Tax\"><span class=\"price\">€150.00</span></span>"
        + "<span class=\"price-wrapper price-including-tax\" data-label=\"Incl. Tax\"><span class=\"price\">€180.00</span></span>"
        + "</span></div>";

    /// <summary>Net first, labelled in words only (PrestaShop-, Shopware-style lines).</summary>
    private const string BothByWords =
        "<div class=\"prices\"><div><span class=\"price\">150,00 €</span> <span>zzgl. MwSt.</span></div>"
        + "<div><span class=\"price\">180,00 €</span> <span>inkl. MwSt.</span></div></div>";

    [Theory]
    [InlineData(BothByName)]
    [InlineData(BothByNameNetFirst)]
    [InlineData(BothByWords)]
    public void Price_PageShowsPriceWithAndWithoutTax_TheOneWithTaxIsRead(string box)
    {
        var product = Snippet.Product(Snippet.BuyBox(box + "<button type=\"submit\">Add to cart</button>"));
        Assert.Equal(180.00m, product.Price);
    }

    [Fact]
    public void Price_MarkupGivesTheNetPriceThePageAlsoShowsAsNet_ShownGrossWins()
    {
        // The net price is shown too, labelled as such: it is still not what the buyer pays.
        var product = Snippet.Product(Snippet.BuyBox(BothByName + "<button type=\"submit\">Add to cart</button>"), Ld("150"));
        Assert.Equal(180.00m, product.Price);
    }

    [Theory]
    [InlineData("<span class=\"price\">€99.00</span><span class=\"price-label\">Excl. VAT</span>")]
    [InlineData("<span class=\"price\">99,00 € HT</span>")]
    public void Price_OnlyANetFigureShown_IsWeakerThanMarkup(string box)
    {
        // The only shown figure is labelled net; the markup's 118.80 is the gross price (20%) and stands.
        var product = Snippet.Product(Snippet.BuyBox(box), Ld("118.80"));
        Assert.Equal(118.80m, product.Price);
    }

    [Theory]
    [InlineData("194.004001", "EUR", "194.00")]
    [InlineData("12.3456", "USD", "12.35")]
    [InlineData("1.2345", "KWD", "1.235")] // three decimals
    [InlineData("1980", "JPY", "1980")]
    public void Price_MarkupOnlyWithMoreDecimalsThanTheCurrency_IsGivenInItsMinorUnit(string markup, string currency, string expected)
    {
        var product = Snippet.Product("<main><h1>Blue Kettle</h1></main>", Ld(markup, currency));
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), product.Price);
    }

    [Theory]
    [InlineData("<div class=\"price\">$229<span class=\"right-end\">99</span></div>", "229.99")]
    [InlineData("<div class=\"price\">$1,229<span class=\"end\">50</span></div>", "1229.50")]
    public void Price_CentsInTheirOwnElementGluedToTheUnits_AreTheDecimals(string box, string expected)
    {
        var product = Snippet.Product(Snippet.BuyBox(box + "<button type=\"submit\">Add to cart</button>"));
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), product.Price);
    }

    [Theory]
    [InlineData("<div class=\"price\">$229 <span>99</span></div>")] // a space: two figures
    [InlineData("<div class=\"price\">$12.50<span>99</span></div>")] // the units already carry decimals
    public void Price_TwoDigitsNotGluedAsCents_AreNotDecimals(string box)
    {
        var product = Snippet.Product(Snippet.BuyBox(box + "<button type=\"submit\">Add to cart</button>"));
        Assert.NotEqual(229.99m, product.Price);
        Assert.NotEqual(12.5099m, product.Price);
        Assert.NotEqual(12.99m, product.Price);
    }
}
