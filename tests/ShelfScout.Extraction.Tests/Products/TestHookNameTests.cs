namespace ShelfScout.Extraction.Tests.Products;

/// <summary>
/// Pages whose classes are hashed by their build name their parts only in test-hook attributes (<c>data-testid</c>,
/// <c>data-cy</c>, <c>data-qa</c>, <c>data-auto</c>, ...): those names say which figure is the price and which the old one.
/// </summary>
public sealed class TestHookNameTests
{
    private static string Page(string hook, string current, string old) =>
        "<main><div class=\"x_91kLq\"><h1 class=\"x_2Hd8s\">Blue Kettle</h1>"
        + "<div class=\"x_7aQ1z\"><div class=\"x_Pq03n\"></div></div>"
        + $"<div class=\"x_0Lm2c\"><div class=\"x_3Fa9d\"><span class=\"x_k2Lw0\" {hook}=\"{old}\"><span>1 529</span> <span>₽</span></span></div>"
        + $"<div class=\"x_Zr5Yy\" {hook}=\"{current}\"><span class=\"x_k2Lw0\"><span>899</span> <span>₽</span></span></div></div>"
        + "<p class=\"x_Ty61p\">Lorem ipsum dolor sit amet</p><p class=\"x_Ty61p\">Consectetur adipiscing elit</p>"
        + "<p class=\"x_Ty61p\">Sed do eiusmod tempor</p><p class=\"x_Ty61p\">Ut enim ad minim veniam</p>"
        + "</div></main>";

    [Theory]
    [InlineData("data-auto")]
    [InlineData("data-cy")]
    [InlineData("data-automation")]
    [InlineData("data-testid")]
    public void Price_NamedOnlyByATestHook_IsTheCurrentOneNotTheOld(string hook)
    {
        var reading = Snippet.Read(Page(hook, "price", "old-price"));
        Assert.Equal(899m, reading.Extraction.Product!.Price);
    }

    [Fact]
    public void Price_IncludingShippingInHebrew_IsNotTheProductPrice()
    {
        // "מחיר כולל משלוח" (price including shipping) beside the product's own figure.
        var product = Snippet.Product(Snippet.BuyBox(
            "<div class=\"price\">1,679 ₪</div><div class=\"price-shipping\">מחיר כולל משלוח: 1,718 ₪</div><button type=\"submit\">הוסף לסל</button>"));
        Assert.Equal(1679m, product.Price);
    }

    [Fact]
    public void Price_NamedSeveralWrappersDown_IsStillNamed()
    {
        // Widened over wrappers to the block beside the title, the figure's name sits three levels down.
        var reading = Snippet.Read(
            "<main><h1 class=\"x_2Hd8s\">Blue Kettle</h1><div class=\"x_Wd\"><div><div class=\"x_Ab\" data-qa=\"price\"><span><span>249</span> <span>₽</span></span></div></div></div>"
            + "<div class=\"x_Other\"><div><span>419 ₽</span></div></div><p>Lorem ipsum dolor sit amet</p></main>");
        Assert.Equal(249m, reading.Extraction.Product!.Price);
    }
}
