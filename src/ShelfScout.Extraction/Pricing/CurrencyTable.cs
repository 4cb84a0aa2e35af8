namespace ShelfScout.Extraction.Pricing;

/// <summary>
/// ISO 4217 codes with the symbols, abbreviations and local names that stand for them on shop pages.
/// A symbol listed under several codes is ambiguous; the first code that lists it is its default.
/// </summary>
internal static class CurrencyTable
{
    // Code, then space-separated symbols ("_" stands for a space inside one). Order matters only for ambiguous symbols: the first listing wins.
    private static readonly (string Code, string Symbols)[] Entries =
    [
        ("USD", "$ US$ U$S USD$ usd"),
        ("EUR", "€ euro eur Euro EURO €uro"),
        ("GBP", "£ ₤ UK£ gbp pound pounds stg ￡"),
        ("JPY", "¥ ￥ 円 JP¥ jpy yen"),
        ("CNY", "CN¥ 元 RMB 人民币 cny yuan 圆 圓"),
        ("RUB", "₽ руб. руб р. Р р RUR рублей rub Rbl"),
        ("SEK", "kr sek Kr"),
        ("NOK", "kr NKr nok Kr"),
        ("DKK", "kr. kr Dkr dkk Kr"),
        ("ISK", "kr ISK isk"),
        ("INR", "₹ Rs. Rs र रु Rs inr Re"),
        ("PKR", "₨ Rs. Rs"),
        ("LKR", "Rs රු ரூ"),
        ("NPR", "रु नेरू Rs"),
        ("MUR", "₨ Rs"),
        ("SCR", "SR ₨"),
        ("ZAR", "R zar zar"),
        ("AUD", "A$ AU$ $ aud"),
        ("CAD", "CA$ C$ $ cad"),
        ("NZD", "NZ$ $ nzd"),
        ("HKD", "HK$ $ hkd"),
        ("SGD", "S$ $ sgd"),
        ("MXN", "MX$ $ mxn"),
        ("ARS", "AR$ $"),
        ("CLP", "CL$ $"),
        ("COP", "CO$ $"),
        ("TWD", "NT$ 元 NT twd"),
        ("BRL", "R$ brl"),
        ("CHF", "CHF Fr. SFr. Fr franc francs chf SFr"),
        ("PLN", "zł Zł zl pln"),
        ("CZK", "Kč Kc czk"),
        ("HUF", "Ft huf"),
        ("RON", "lei Lei LEI ron"),
        ("MDL", "lei L"),
        ("BGN", "лв. лв bgn"),
        ("RSD", "дин. Dinara динар din. Din. din Дин дин"),
        ("MKD", "ден ДЕН mkd"),
        ("UAH", "₴ грн. грн uah hrn"),
        ("BYN", "Br р."),
        ("ETB", "Br ብር"),
        ("KZT", "₸ тңг. тңг тг"),
        ("KGS", "сом som"),
        ("UZS", "сўм so'm som"),
        ("TJS", "SM"),
        ("AZN", "₼ ман. man."),
        ("AMD", "֏ դր. դր"),
        ("GEL", "₾ ლ lari ლარი"),
        ("TRY", "₺ TL YTL"),
        ("ILS", "₪ NIS ש\"ח nis ש״ח ש\"ח ש'ח ש.ח ש.ח. ش.ج"),
        ("AED", "د.إ. د.إ درهم Dhs AED aed"),
        ("SAR", "ر.س. ريال SR ر.س"),
        ("QAR", "ر.ق. QR ريال ر.ق"),
        ("OMR", "ر.ع. ريال ر.ع"),
        ("YER", "ر.ي. ريال ر.ي"),
        ("IRR", "﷼ ریال تومان"),
        ("KWD", "د.ك. KD د.ك دينار دينار_كويتي"),
        ("BHD", "د.ب. BD .د.ب"),
        ("IQD", "د.ع. د.ع ع.د"),
        ("JOD", "د.أ. JD د.أ د.ا دينار_أردني"),
        ("LYD", "د.ل. LD د.ل ل.د"),
        ("LRD", "LD L$"),
        ("TND", "د.ت. DT د.ت"),
        ("DZD", "د.ج. DA د.ج دج"),
        ("MAD", "د.م. DH درهم Dh د.م"),
        ("EGP", "ج.م. E£ جنيه LE ج.م"),
        ("LBP", "ل.ل. LB£ ل.ل"),
        ("SYP", "ل.س. SY£ ل.س"),
        ("AFN", "؋ Af"),
        ("BDT", "৳ টকা Tk ৲"),
        ("BTN", "Nu. Nu"),
        ("MVR", "Rf ރ"),
        ("THB", "฿ บาท"),
        ("VND", "₫ đ VNĐ"),
        ("KHR", "៛"),
        ("LAK", "₭"),
        ("MMK", "Ks"),
        ("MNT", "₮"),
        ("KRW", "₩ 원 krw"),
        ("KPW", "₩"),
        ("PHP", "₱"),
        ("CUP", "₱ $MN"),
        ("IDR", "Rp idr"),
        ("MYR", "RM myr"),
        ("NGN", "₦"),
        ("GHS", "GH₵ ₵"),
        ("KES", "KSh KShs"),
        ("TZS", "TSh"),
        ("UGX", "USh"),
        ("RWF", "FRw RF R₣"),
        ("BIF", "FBu Fbu"),
        ("DJF", "Fdj"),
        ("ERN", "Nfk نافكا ናቕፋ"),
        ("GNF", "FG"),
        ("KMF", "KMF CF"),
        ("MGA", "Ar"),
        ("MWK", "MK"),
        ("MZN", "MT"),
        ("MRU", "UM"),
        ("STN", "Db"),
        ("ZMW", "ZK"),
        ("ZWL", "Z$"),
        ("XOF", "CFA F.CFA"),
        ("XAF", "FCFA CFA"),
        ("XPF", "CFP"),
        ("CDF", "FC"),
        ("AOA", "Kz"),
        ("BWP", "P"),
        ("NAD", "N$"),
        ("SLE", "Le"),
        ("SOS", "Sh.So."),
        ("CVE", "CV$ Esc"),
        ("BAM", "KM км"),
        ("ALL", "Lek"),
        ("HRK", "kn"),
        ("ANG", "ƒ NAf."),
        ("AWG", "ƒ Afl."),
        ("BBD", "Bds$"),
        ("BZD", "BZ$"),
        ("BND", "BN$"),
        ("BSD", "B$"),
        ("JMD", "J$"),
        ("TTD", "TT$"),
        ("DOP", "RD$"),
        ("CUC", "CUC$"),
        ("NIO", "C$"),
        ("UYU", "$U"),
        ("PAB", "B/."),
        ("PEN", "S/. S/"),
        ("BOB", "Bs. Bs"),
        ("VES", "Bs.S Bs"),
        ("PYG", "₲"),
        ("CRC", "₡"),
        ("GTQ", "Q"),
        ("HNL", "L"),
        ("HTG", "G"),
        ("GYD", "G$ GY$"),
        ("FJD", "FJ$"),
        ("SBD", "SI$"),
        ("TOP", "T$"),
        ("WST", "WS$"),
        ("VUV", "VT Vt"),
        ("PGK", "K"),
        ("KYD", "CI$"),
        ("MOP", "MOP$"),
        ("SDG", "ج.س. ج.س"),

        // Not ISO 4217, but priced in on the web.
        ("BTC", "₿ Ƀ"),
    ];

    // Codes that are valid ISO 4217 but whose symbols above add nothing, plus withdrawn codes still seen on old pages.
    private const string OtherCodes =
        "BMD FKP GIP SHP SDG SRD SSP SZL LSL TMT XCD XDR HRK LTL LVL EEK SKK SIT CYP MTL " +
        "DEM FRF ITL ESP PTE NLG BEF ATS FIM IEP GRD LUF VEF BYR ROL TRL MRO STD ZMK";

    /// <summary>Every symbol or name (not code) known, mapped to the codes that use it, default first.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> SymbolCodes { get; } = BuildSymbolCodes();

    /// <summary>All ISO 4217 codes known, current and withdrawn.</summary>
    public static IReadOnlySet<string> Codes { get; } = BuildCodes();

    private static Dictionary<string, IReadOnlyList<string>> BuildSymbolCodes()
    {
        var map = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var (code, symbols) in Entries)
        {
            foreach (var symbol in symbols.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(x => x.Replace('_', ' ')))
            {
                if (!map.TryGetValue(symbol, out var codes))
                {
                    codes = [];
                    map[symbol] = codes;
                }

                if (!codes.Contains(code, StringComparer.Ordinal))
                {
                    codes.Add(code);
                }
            }
        }

        return map.ToDictionary(p => p.Key, p => (IReadOnlyList<string>)p.Value, StringComparer.Ordinal);
    }

    private static HashSet<string> BuildCodes()
    {
        var codes = new HashSet<string>(Entries.Select(e => e.Code), StringComparer.Ordinal);
        codes.UnionWith(OtherCodes.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        return codes;
    }
}
