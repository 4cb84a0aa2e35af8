using System.Text;
using ShelfScout.Extraction.Html;
using ShelfScout.Extraction.Products;

namespace ShelfScout.Extraction.Tests.Html;

/// <summary>A page saved after its UTF-8 was read as Latin-1 ("Â£49.00") is read as written.</summary>
public sealed class DoubleEncodingTests
{
    private static readonly Uri Url = new("https://shop.example/p/12345");

    /// <summary>UTF-8 bytes read as Latin-1 and written out again as UTF-8: what a charset-blind tool saves.</summary>
    private static byte[] SavedDoubleEncoded(string html) => Encoding.UTF8.GetBytes(Encoding.Latin1.GetString(Encoding.UTF8.GetBytes(html)));

    private const string Page =
        "<html><head><title>Чайник синий</title></head><body><main><h1>Чайник синий</h1><div class=\"buy\">"
        + "<span class=\"price\">249 ₽</span><p>Артикул: KT-4410</p><form><input name=\"qty\" value=\"1\"><button type=\"submit\">В корзину</button></form>"
        + "</div></main></body></html>";

    [Fact]
    public async Task Parse_DoubleEncodedPage_ReadsPriceAndLabelsAsWritten()
    {
        using var document = await HtmlDocumentLoader.ParseAsync(SavedDoubleEncoded(Page), null, Url, CancellationToken.None);
        var product = new ProductExtractor().Read(document, Url).Extraction.Product;
        Assert.NotNull(product);
        Assert.Equal("Чайник синий", product.Name);
        Assert.Equal(249m, product.Price);
        Assert.Equal("KT-4410", product.Sku);
    }

    [Theory]
    [InlineData("Café crème, prix 5,00 € – livré")] // beyond Latin-1 ("€", "–"): never touched
    [InlineData("Café crème brûlée à la française")] // Latin-1 letters that form no UTF-8 sequence
    [InlineData("plain ASCII text")]
    public void Repair_TextAsWritten_IsLeftAlone(string text) =>
        Assert.Same(text, HtmlDocumentLoader.RepairDoubleEncoding(text));

    [Theory]
    [InlineData("£49.00")]
    [InlineData("קוד מוצר: 101693")]
    [InlineData("西班牙 $29")]
    public void Repair_DoubleEncodedText_IsTheOriginal(string original) =>
        Assert.Equal(original, HtmlDocumentLoader.RepairDoubleEncoding(Encoding.Latin1.GetString(Encoding.UTF8.GetBytes(original))));
}
