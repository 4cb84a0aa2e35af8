using ShelfScout.Domain.Catalog;

namespace ShelfScout.Extraction.Tests.Products;

/// <summary>A closed dialog (class <c>modal</c>, hidden until a script opens it) is no text a shopper sees: its notices do not set the stock.</summary>
public sealed class ClosedDialogTests
{
    [Fact]
    public void Availability_SoldOutNoticeInAClosedDialog_IsNotRead()
    {
        var product = Snippet.Product(Snippet.BuyBox(
            "<p class=\"price\">$24.00</p><p class=\"sku\">SKU: TK-24</p>"
            + "<div class=\"modal fade\"><div class=\"modal-dialog\"><p class=\"stock\">Sold out</p></div></div>"));
        Assert.NotEqual(Availability.OutOfStock, product.Availability);
    }
}
