using System.Buffers;
using ShelfScout.Domain.Catalog;

namespace ShelfScout.Extraction.Products;

/// <summary>Phrases that state stock, in the languages stores commonly use; longest match wins so "not in stock" beats "in stock".</summary>
internal static class AvailabilityCues
{
    private static readonly (string Phrase, Availability State)[] Phrases = Build();
    private static readonly SearchValues<string> AnyPhrase = SearchValues.Create(Phrases.Select(p => p.Phrase).ToArray(), StringComparison.OrdinalIgnoreCase);

    /// <summary>The state the short text states, or Unknown.</summary>
    public static Availability Classify(string text)
    {
        if (text.Length == 0)
        {
            return Availability.Unknown;
        }

        // One vectorised pass rejects the many texts that state nothing; only a hit pays for the ordered scan.
        if (text.AsSpan().IndexOfAny(AnyPhrase) < 0)
        {
            return Availability.Unknown;
        }

        var lower = text.ToLowerInvariant();
        foreach (var (phrase, state) in Phrases)
        {
            if (lower.Contains(phrase, StringComparison.Ordinal))
            {
                return state;
            }
        }

        return Availability.Unknown;
    }

    /// <summary>Texts of buttons that put the product in a cart: a working one means the product can be bought.</summary>
    public static bool IsBuyButtonText(string text)
    {
        var lower = text.ToLowerInvariant();
        return BuyButton.Any(p => lower.Contains(p, StringComparison.Ordinal));
    }

    private static readonly string[] BuyButton =
    [
        "add to cart", "add to basket", "add to bag", "add to trolley", "buy now", "buy it now", "in den warenkorb", "in den einkaufswagen", "jetzt kaufen",
        "ajouter au panier", "acheter", "añadir al carrito", "agregar al carrito", "comprar", "aggiungi al carrello", "acquista", "in winkelwagen",
        "do koszyka", "kup teraz", "do košíka", "do košíku", "kúpiť", "koupit", "ostukorvi", "lisää ostoskoriin", "lägg i varukorg", "læg i kurv",
        "legg i handlekurv", "adicionar ao carrinho", "в корзину", "купить", "sepete ekle", "kosárba", "u košaricu", "v košarico", "dodaj v košarico", "pievienot grozam", "į krepšelį",
        "adaugă în coș", "adauga in cos", "в кошницата", "장바구니", "구매하기", "加入購物車", "加入购物车", "立即購買", "カートに入れる", "הוסף לסל", "לסל", "أضف إلى السلة", "place bid", "enchérir",
    ];

    private static (string, Availability)[] Build()
    {
        var outOfStock = new[]
        {
            "out of stock", "out-of-stock", "cannot be purchased", "can't be purchased", "not possible to buy", "currently not available",
            "pole hetkel saadaval", "pole saadaval", "ei ole saadaval", "nie je možné produkt kúpiť", "nie je možné kúpiť", "nelze koupit", "nie można kupić", "sold out", "currently unavailable", "not available", "no longer available", "unavailable", "not in stock", "temporarily out",
            "ausverkauft", "nicht verfügbar", "nicht lieferbar", "nicht auf lager", "derzeit nicht", "vergriffen",
            "agotado", "sin stock", "no disponible", "sin existencias", "esgotado", "indisponível", "sem estoque",
            "esaurito", "non disponibile", "rupture de stock", "épuisé", "indisponible", "plus disponible",
            "niet op voorraad", "uitverkocht", "niet leverbaar", "brak w magazynie", "niedostępny", "wyprzedany",
            "nedostupné", "nedostupný", "vypredané", "není skladem", "nie je skladom", "nie je na sklade", "momentálne nedostupn",
            "ei saatavilla", "loppuunmyyty", "loppu varastosta", "slut i lager", "slutsåld", "ikke på lager", "utsolgt", "udsolgt", "ei ole laos", "pole laos", "otsas",
            "нет в наличии", "распродано", "отсутствует", "немає в наявності", "nincs készleten", "elfogyott", "nema na zalihi", "ni na zalogi", "razprodano",
            "nav noliktavā", "izpārdots", "nėra sandėlyje", "stokta yok", "tükendi", "stoc epuizat", "indisponibil", "nu este in stoc",
            "品切れ", "在庫切れ", "売り切れ", "缺货", "售完", "已售完", "缺貨", "品切", "품절", "일시품절", "재고없음", "אזל מהמלאי", "לא במלאי", "غير متوفر", "نفذت الكمية",
            "notify me when", "email me when", "benachrichtigen", "m'alerter", "avísame", "avvisami", "powiadom mnie",
        };
        var preOrder = new[] { "pre-order", "preorder", "pre order", "vorbestellen", "vorbestellung", "précommande", "pré-commande", "preventa", "reservar", "prenota", "předobjednávka", "予約" };
        var limited = new[] { "only 1 left", "only 2 left", "only 3 left", "only 4 left", "only 5 left", "few left", "low stock", "limited stock", "nur noch", "wenige verfügbar", "últimas unidades", "quedan pocas", "plus que", "ultimi pezzi", "pocos disponibles", "ostatnie sztuki", "осталось мало" };
        var backOrder = new[] { "backorder", "back order", "back-order", "nachbestellt", "en réapprovisionnement" };
        var inStock = new[]
        {
            "in stock", "in-stock", "available for delivery", "auf lager", "lieferbar", "sofort verfügbar", "en stock", "disponible", "en existencia", "disponibile", "in magazzino",
            "op voorraad", "w magazynie", "dostępny", "skladem", "na sklade", "skladom", "skladem", "varastossa", "i lager", "på lager", "laos", "em estoque",
            "в наличии", "є в наявності", "készleten", "na zalogi", "na zalihi", "noliktavā", "sandėlyje", "stokta", "în stoc", "in stoc", "在庫あり", "有货", "有貨", "재고있음", "במלאי", "متوفر",
        };

        // Negations first, then the specific positives, then plain in-stock: the first phrase found decides.
        return outOfStock.Select(p => (p, Availability.OutOfStock))
            .Concat(preOrder.Select(p => (p, Availability.PreOrder)))
            .Concat(backOrder.Select(p => (p, Availability.BackOrder)))
            .Concat(limited.Select(p => (p, Availability.LimitedAvailability)))
            .Concat(inStock.Select(p => (p, Availability.InStock)))
            .ToArray();
    }
}
