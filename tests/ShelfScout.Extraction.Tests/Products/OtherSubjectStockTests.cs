using ShelfScout.Domain.Catalog;

namespace ShelfScout.Extraction.Tests.Products;

/// <summary>"Unavailable" said of something else on the page (live chat, a specification, store pickup) is not the product's stock.</summary>
public class OtherSubjectStockTests
{
    private static Availability? Read(string inner) =>
        Snippet.Product(Snippet.BuyBox($"<span class=\"price\">€10,00</span>{inner}")).Availability;

    [Theory]
    [InlineData("<button>Add to cart</button><div class=\"chat\"><p>Sorry, live chat isn't available right now.</p><p>Chat is unavailable</p></div>")]
    [InlineData("<button>Add to cart</button><dl><dt>Speaker output</dt><dd>Information not available</dd></dl>")]
    [InlineData("<button>Add to cart</button><p>Available to ship</p><p>This product is currently unavailable to pick up at nearby stores.</p>")]
    [InlineData("<p>Em stock</p><button>Adicionar ao Carrinho</button><a class=\"btn\" href=\"#reserve\">Reservar em loja</a>")]
    public void Extract_UnavailableSaidOfSomethingElse_StaysInStock(string inner)
    {
        Assert.Equal(Availability.InStock, Read(inner));
    }

    [Theory]
    [InlineData("<p>Sorry, this product is currently unavailable. More information in our help pages.</p>")]
    [InlineData("<p class=\"stock\">Sold out</p><div class=\"chat\">Chat with us</div>")]
    public void Extract_UnavailableSaidOfTheProduct_IsOutOfStock(string inner)
    {
        Assert.Equal(Availability.OutOfStock, Read(inner));
    }
}
