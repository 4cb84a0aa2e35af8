using System.Buffers;
using System.Text.RegularExpressions;

namespace ShelfScout.Extraction.Products;

/// <summary>Labels stores print before a product's identifiers, by the field they name.</summary>
internal static partial class IdentifierLabels
{
    /// <summary>Matches a label then its value; the group that matched says the field.</summary>
    [GeneratedRegex(
        @"(?:^|[\s(\[|,;])(?:(?<gtin>EAN(?:[- ]?13)?|UPC|GTIN(?:[- ]?1[234])?|ISBN(?:[- ]?1[03])?|barcode|штрихкод|штрих-код|código de barras|code-barres)|(?<mpn>MPN|model(?:\s*(?:no\.?|number|#))?|part\s*(?:no\.?|number|#)|hersteller(?:-?nr\.?|nummer|artikelnummer)|manufacturer\s*(?:part\s*)?(?:no\.?|number|code)|modelo|modèle|modello|référence fabricant)|(?<sku>SKU|item\s*(?:#|no\.?|number|code|id)|art(?:\.|ikel)?[\s.-]*(?:nr|nummer|no|číslo|kood)\.?|article\s*(?:number|no\.?|code)|product\s*(?:code|id|number|no\.?|#)|prod(?:uct)?\.?\s*code|code\s*(?:produit|article)|réf(?:érence)?\.?|ref(?:erence|erencia)?\.?|código(?:\s*(?:do produto|de producto|produto))?|cód\.?|kód(?:\s*produktu|\s*tovaru)?|kod(?:\s*produktu|\s*towaru)?|katalógové číslo|katalogové číslo|číslo produktu|numer katalogowy|код(?:\s*товара)?|артикул|tootekood|kood|šifra|codice(?:\s*articolo|\s*prodotto)?|tuotenumero|tuotekoodi|varenummer|varunummer|artikelnr\.?|post id|numero oggetto|numéro de l'objet|objektnummer|número de artículo|número del artículo|cikkszám|prekės kodas|preces kods|ürün kodu|cod(?:\s*produs)?|מק""?ט|מק״ט|商品編號|商品编号|商品番号|品番|型番|상품번호|품번|상품코드))\s*[:#.：\-]?\s*(?<value>[A-Za-z0-9][A-Za-z0-9._/\-]{0,38}[A-Za-z0-9])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex LabelledValue();

    /// <summary>Fragments every identifier label contains: a cheap test before the full pattern.</summary>
    public static readonly SearchValues<string> LabelStems = SearchValues.Create(
        [
            "sku", "item", "art", "product", "prod", "code", "réf", "ref", "cód", "kód", "kod", "katal", "číslo", "numer", "код", "артикул", "kood",
            "šifra", "codice", "tuote", "nummer", "post id", "numero", "numéro", "número", "cikk", "prekės", "preces", "ürün", "cod", "מק", "商品", "品番",
            "型番", "상품", "품번", "ean", "upc", "gtin", "isbn", "barcode", "штрих", "mpn", "model", "part", "hersteller", "manufacturer", "modelo", "modèle",
        ],
        StringComparison.OrdinalIgnoreCase);

    /// <summary>A brand label and what follows it ("Brand: Kärcher", "Marke Bosch").</summary>
    [GeneratedRegex(@"^\s*(?:brand|brand name|marke|marque|marca|merk|märke|merkki|mærke|značka|marka|márka|бренд|производитель|manufacturer|hersteller|fabricant|fabricante|produttore|producent|výrobce|výrobca|tootja|gamintojas|ražotājs|proizvođač|proizvajalec|üretici|ブランド|品牌|브랜드)(?:\s*[:：]\s*|\s+|$)(?<value>.*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex BrandLabel();

    /// <summary>True when the text looks like an identifier, not a word: it has a digit and no spaces.</summary>
    public static bool LooksLikeIdentifier(string value) =>
        value.Length is >= 2 and <= 40 && value.Any(char.IsAsciiDigit) && !value.Contains(' ', StringComparison.Ordinal);

    /// <summary>Checks the GS1 check digit of an 8, 12, 13 or 14 digit GTIN.</summary>
    public static bool IsValidGtin(string value)
    {
        if (value.Length is not (8 or 12 or 13 or 14) || !value.All(char.IsAsciiDigit))
        {
            return false;
        }

        var sum = 0;
        for (var i = 0; i < value.Length - 1; i++)
        {
            var digit = value[value.Length - 2 - i] - '0';
            sum += i % 2 == 0 ? digit * 3 : digit;
        }

        return (10 - (sum % 10)) % 10 == value[^1] - '0';
    }
}
