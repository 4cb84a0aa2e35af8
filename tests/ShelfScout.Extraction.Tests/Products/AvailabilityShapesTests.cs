using ShelfScout.Domain.Catalog;

namespace ShelfScout.Extraction.Tests.Products;

/// <summary>
/// The ways storefronts commonly state stock, each on a small page: schema.org values in JSON-LD and microdata (URL,
/// bare and product-feed spellings), product meta tags, a storefront's product JSON, disabled and aria-disabled cart
/// buttons, notify-me and pre-order buttons, status lines in many languages, and other products' "Sold out" nearby.
/// </summary>
public sealed class AvailabilityShapesTests
{
    private const string Price = "<span class=\"price\">$10.00</span>";
    private static string Ld(string offers) => "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"Product\",\"name\":\"Blue Kettle\",\"sku\":\"BK1\",\"offers\":" + offers + "}</script>";

    public static IEnumerable<object[]> Cases() => new (string Name, string Head, string Body, Availability Want)[]
    {
        ("ld url oos", Ld("{\"@type\":\"Offer\",\"price\":\"10\",\"priceCurrency\":\"USD\",\"availability\":\"https://schema.org/OutOfStock\"}"), Snippet.BuyBox(Price), Availability.OutOfStock),
        ("ld bare oos", Ld("{\"@type\":\"Offer\",\"price\":\"10\",\"priceCurrency\":\"USD\",\"availability\":\"OutOfStock\"}"), Snippet.BuyBox(Price), Availability.OutOfStock),
        ("ld soldout", Ld("{\"@type\":\"Offer\",\"price\":\"10\",\"priceCurrency\":\"USD\",\"availability\":\"http://schema.org/SoldOut\"}"), Snippet.BuyBox(Price), Availability.OutOfStock),
        ("ld lowercase text", Ld("{\"@type\":\"Offer\",\"price\":\"10\",\"priceCurrency\":\"USD\",\"availability\":\"out of stock\"}"), Snippet.BuyBox(Price), Availability.OutOfStock),
        ("ld in_stock", Ld("{\"@type\":\"Offer\",\"price\":\"10\",\"priceCurrency\":\"USD\",\"availability\":\"in_stock\"}"), Snippet.BuyBox(Price), Availability.InStock),
        ("ld offers array oos", Ld("[{\"@type\":\"Offer\",\"price\":\"10\",\"priceCurrency\":\"USD\",\"availability\":\"https://schema.org/OutOfStock\"},{\"@type\":\"Offer\",\"price\":\"10\",\"priceCurrency\":\"USD\",\"availability\":\"https://schema.org/OutOfStock\"}]"), Snippet.BuyBox(Price), Availability.OutOfStock),
        ("ld aggregate oos", Ld("{\"@type\":\"AggregateOffer\",\"lowPrice\":\"10\",\"highPrice\":\"12\",\"priceCurrency\":\"USD\",\"availability\":\"https://schema.org/OutOfStock\"}"), Snippet.BuyBox(Price), Availability.OutOfStock),
        ("ld discontinued", Ld("{\"@type\":\"Offer\",\"price\":\"10\",\"priceCurrency\":\"USD\",\"availability\":\"https://schema.org/Discontinued\"}"), Snippet.BuyBox(Price), Availability.Discontinued),
        ("md link oos", "", "<main><div itemscope itemtype=\"https://schema.org/Product\"><h1 itemprop=\"name\">Blue Kettle</h1><div itemprop=\"offers\" itemscope itemtype=\"https://schema.org/Offer\"><span itemprop=\"price\" content=\"10.00\">$10.00</span><meta itemprop=\"priceCurrency\" content=\"USD\"><link itemprop=\"availability\" href=\"https://schema.org/OutOfStock\"></div></div></main>", Availability.OutOfStock),
        ("md meta out_of_stock", "", "<main><div itemscope itemtype=\"https://schema.org/Product\"><h1 itemprop=\"name\">Blue Kettle</h1><div itemprop=\"offers\" itemscope itemtype=\"https://schema.org/Offer\"><span itemprop=\"price\" content=\"10.00\">$10.00</span><meta itemprop=\"priceCurrency\" content=\"USD\"><meta itemprop=\"availability\" content=\"out_of_stock\"></div></div></main>", Availability.OutOfStock),
        ("og product:availability oos", "<meta property=\"og:type\" content=\"product\"><meta property=\"og:title\" content=\"Blue Kettle\"><meta property=\"product:price:amount\" content=\"10.00\"><meta property=\"product:price:currency\" content=\"USD\"><meta property=\"product:availability\" content=\"out of stock\">", Snippet.BuyBox(Price), Availability.OutOfStock),
        ("og og:availability oos", "<meta property=\"og:type\" content=\"product\"><meta property=\"og:title\" content=\"Blue Kettle\"><meta property=\"og:price:amount\" content=\"10.00\"><meta property=\"og:price:currency\" content=\"USD\"><meta property=\"og:availability\" content=\"oos\">", Snippet.BuyBox(Price), Availability.OutOfStock),
        ("og product:availability instock", "<meta property=\"og:type\" content=\"product\"><meta property=\"og:title\" content=\"Blue Kettle\"><meta property=\"product:price:amount\" content=\"10.00\"><meta property=\"product:price:currency\" content=\"USD\"><meta property=\"product:availability\" content=\"instock\">", Snippet.BuyBox(Price), Availability.InStock),
        ("shopify json unavailable", "", Snippet.BuyBox(Price) + "<script type=\"application/json\" data-product-json>{\"id\":1,\"title\":\"Blue Kettle\",\"available\":false,\"variants\":[{\"id\":11,\"title\":\"Default Title\",\"sku\":\"BK1\",\"price\":1000,\"available\":false}]}</script>", Availability.OutOfStock),
        ("another product's json unavailable", "", Snippet.BuyBox(Price) + "<script type=\"application/json\" data-product-json>{\"id\":2,\"title\":\"Red Teapot\",\"available\":false,\"variants\":[{\"id\":21,\"title\":\"Default Title\",\"sku\":\"RT1\",\"price\":1800,\"available\":false}]}</script>", Availability.Unknown),
        ("disabled sold out button", "", Snippet.BuyBox(Price + "<button type=\"submit\" disabled>Sold out</button>"), Availability.OutOfStock),
        ("disabled add to cart", "", Snippet.BuyBox(Price + "<button type=\"submit\" name=\"add\" disabled=\"disabled\">Add to cart</button>"), Availability.OutOfStock),
        ("aria-disabled add to cart", "", Snippet.BuyBox(Price + "<button type=\"button\" aria-disabled=\"true\">Add to cart</button>"), Availability.OutOfStock),
        ("woo stock class", "", Snippet.BuyBox(Price + "<p class=\"stock out-of-stock\">Out of stock</p>"), Availability.OutOfStock),
        ("currently unavailable", "", Snippet.BuyBox(Price + "<div id=\"availability\"><span>Currently unavailable.</span></div>"), Availability.OutOfStock),
        ("temporarily out of stock", "", Snippet.BuyBox(Price + "<span>Temporarily out of stock</span>"), Availability.OutOfStock),
        ("no longer available", "", Snippet.BuyBox(Price + "<p>This product is no longer available.</p>"), Availability.OutOfStock),
        ("notify me button", "", Snippet.BuyBox(Price + "<button type=\"button\">Notify me when available</button>"), Availability.OutOfStock),
        ("email back in stock", "", Snippet.BuyBox(Price + "<a href=\"#notify\" class=\"btn\">Email me when back in stock</a>"), Availability.OutOfStock),
        ("availability label oos", "", Snippet.BuyBox(Price + "<p class=\"availability\">Availability: <span>Out of stock</span></p>"), Availability.OutOfStock),
        ("availability label in", "", Snippet.BuyBox(Price + "<p class=\"availability\">Availability: <span>In stock</span></p>"), Availability.InStock),
        ("not in stock", "", Snippet.BuyBox(Price + "<span class=\"stock\">Not in stock</span>"), Availability.OutOfStock),
        ("unavailable", "", Snippet.BuyBox(Price + "<span class=\"stock\">Unavailable</span>"), Availability.OutOfStock),
        ("de nicht lieferbar", "", Snippet.BuyBox(Price + "<span>Nicht lieferbar</span>"), Availability.OutOfStock),
        ("de derzeit nicht verfuegbar", "", Snippet.BuyBox(Price + "<span>Derzeit nicht verfügbar</span>"), Availability.OutOfStock),
        ("fr epuise", "", Snippet.BuyBox(Price + "<span>Épuisé</span>"), Availability.OutOfStock),
        ("fr indisponible", "", Snippet.BuyBox(Price + "<span>Indisponible</span>"), Availability.OutOfStock),
        ("es sin stock", "", Snippet.BuyBox(Price + "<span>Sin stock</span>"), Availability.OutOfStock),
        ("es no disponible", "", Snippet.BuyBox(Price + "<span>No disponible</span>"), Availability.OutOfStock),
        ("it non disponibile", "", Snippet.BuyBox(Price + "<span>Non disponibile</span>"), Availability.OutOfStock),
        ("nl uitverkocht", "", Snippet.BuyBox(Price + "<span>Uitverkocht</span>"), Availability.OutOfStock),
        ("nl niet op voorraad", "", Snippet.BuyBox(Price + "<span>Niet op voorraad</span>"), Availability.OutOfStock),
        ("pl niedostepny", "", Snippet.BuyBox(Price + "<span>Produkt niedostępny</span>"), Availability.OutOfStock),
        ("pl brak", "", Snippet.BuyBox(Price + "<span>Brak w magazynie</span>"), Availability.OutOfStock),
        ("sv slutsald", "", Snippet.BuyBox(Price + "<span>Slutsåld</span>"), Availability.OutOfStock),
        ("da udsolgt", "", Snippet.BuyBox(Price + "<span>Udsolgt</span>"), Availability.OutOfStock),
        ("fi loppu", "", Snippet.BuyBox(Price + "<span>Loppuunmyyty</span>"), Availability.OutOfStock),
        ("cs vyprodano", "", Snippet.BuyBox(Price + "<span>Vyprodáno</span>"), Availability.OutOfStock),
        ("pt esgotado", "", Snippet.BuyBox(Price + "<span>Esgotado</span>"), Availability.OutOfStock),
        ("ja urikire", "", Snippet.BuyBox(Price + "<span>売り切れ</span>"), Availability.OutOfStock),
        ("ja zaiko", "", Snippet.BuyBox(Price + "<span>在庫切れ</span>"), Availability.OutOfStock),
        ("ko", "", Snippet.BuyBox(Price + "<span>품절</span>"), Availability.OutOfStock),
        ("zh", "", Snippet.BuyBox(Price + "<span>缺货</span>"), Availability.OutOfStock),
        ("tr", "", Snippet.BuyBox(Price + "<span>Tükendi</span>"), Availability.OutOfStock),
        ("preorder", "", Snippet.BuyBox(Price + "<button type=\"submit\">Pre-order</button>"), Availability.PreOrder),
        ("backorder", "", Snippet.BuyBox(Price + "<p class=\"stock\">Available on backorder</p><button type=\"submit\">Add to cart</button>"), Availability.BackOrder),
        ("in stock text", "", Snippet.BuyBox(Price + "<span class=\"stock\">In stock</span>"), Availability.InStock),
        ("only buy now", "", Snippet.BuyBox(Price + "<button type=\"submit\">Buy now</button>"), Availability.InStock),
        ("add to bag", "", Snippet.BuyBox(Price + "<button type=\"submit\">Add to bag</button>"), Availability.InStock),
        ("ld instock vs dom soldout", Ld("{\"@type\":\"Offer\",\"price\":\"10\",\"priceCurrency\":\"USD\",\"availability\":\"https://schema.org/InStock\"}"), Snippet.BuyBox(Price + "<button type=\"submit\" disabled>Sold out</button>"), Availability.OutOfStock),
        ("related oos not main", "", Snippet.BuyBox(Price + "<button type=\"submit\">Add to cart</button>") + "<section class=\"related\"><h2>You may also like</h2><ul><li><a href=\"/p/x\">X</a> <span>$5.00</span> <span>Sold out</span></li><li><a href=\"/p/y\">Y</a> <span>$6.00</span> <span>Sold out</span></li><li><a href=\"/p/z\">Z</a> <span>$7.00</span> <span>Sold out</span></li></ul></section>", Availability.InStock),
        ("variant one size sold out", "", Snippet.BuyBox(Price + "<select name=\"size\"><option>S</option><option disabled>M - Sold out</option></select><button type=\"submit\">Add to cart</button>"), Availability.InStock),
    }.Select(c => new object[] { c.Name, c.Head, c.Body, c.Want });

    [Theory]
    [MemberData(nameof(Cases))]
    public void Extract_CommonStockShape_GivesItsState(string name, string head, string body, Availability want)
    {
        var extraction = Snippet.Extract(body, head);
        var got = extraction.Product?.Availability;
        Assert.True(got == want, $"{name}: got {got} want {want} (page {extraction.IsProductPage})");
    }
}
