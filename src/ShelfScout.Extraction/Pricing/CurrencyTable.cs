namespace ShelfScout.Extraction.Pricing;

/// <summary>
/// ISO 4217 codes with the symbols, abbreviations and local names that stand for them on shop pages.
/// A symbol listed under several codes is ambiguous; the first code that lists it is its default.
/// </summary>
internal static class CurrencyTable
{
    // Code, then space-separated symbols. Order matters only for ambiguous symbols: the first listing wins.
    private static readonly (string Code, string Symbols)[] Entries =
    [
        ("USD", "$ US$ U$S USD$ usd"),
        ("EUR", "€ euro eur Euro EURO €uro"),
        ("GBP", "£ ₤ UK£ gbp"),
        ("JPY", "¥ ￥ 円 JP¥ jpy"),
        ("CNY", "CN¥ 元 RMB 人民币 cny"),
        ("RUB", "₽ руб. руб р. Р р RUR рублей rub"),
        ("SEK", "kr sek"),
        ("NOK", "kr NKr nok"),
        ("DKK", "kr. kr Dkr dkk"),
        ("ISK", "kr ISK"),
        ("INR", "₹ Rs. Rs र रु Rs inr"),
        ("PKR", "₨ Rs. Rs"),
        ("LKR", "Rs රු"),
        ("NPR", "रु नेरू Rs"),
        ("MUR", "₨ Rs"),
        ("SCR", "SR ₨"),
        ("ZAR", "R zar"),
        ("AUD", "A$ AU$ $ aud"),
        ("CAD", "CA$ C$ $ cad"),
        ("NZD", "NZ$ $"),
        ("HKD", "HK$ $"),
        ("SGD", "S$ $"),
        ("MXN", "MX$ $"),
        ("ARS", "AR$ $"),
        ("CLP", "CL$ $"),
        ("COP", "CO$ $"),
        ("TWD", "NT$ 元"),
        ("BRL", "R$ brl"),
        ("CHF", "CHF Fr. SFr. Fr chf"),
        ("PLN", "zł Zł zl pln"),
        ("CZK", "Kč Kc czk"),
        ("HUF", "Ft huf"),
        ("RON", "lei Lei LEI ron"),
        ("MDL", "lei L"),
        ("BGN", "лв. лв"),
        ("RSD", "дин. Dinara динар din. Din."),
        ("MKD", "ден"),
        ("UAH", "₴ грн. грн uah"),
        ("BYN", "Br р."),
        ("ETB", "Br"),
        ("KZT", "₸ тңг. тңг"),
        ("KGS", "сом"),
        ("UZS", "сўм so'm"),
        ("TJS", "SM"),
        ("AZN", "₼ ман. man."),
        ("AMD", "֏ դր. դր"),
        ("GEL", "₾ ლ"),
        ("TRY", "₺ TL YTL"),
        ("ILS", "₪ NIS ש\"ח"),
        ("AED", "د.إ. د.إ درهم Dhs AED"),
        ("SAR", "ر.س. ريال SR"),
        ("QAR", "ر.ق. QR ريال"),
        ("OMR", "ر.ع. ريال"),
        ("YER", "ر.ي. ريال"),
        ("IRR", "﷼ ریال تومان"),
        ("KWD", "د.ك. KD"),
        ("BHD", "د.ب. BD"),
        ("IQD", "د.ع."),
        ("JOD", "د.أ. JD"),
        ("LYD", "د.ل. LD"),
        ("LRD", "LD L$"),
        ("TND", "د.ت. DT"),
        ("DZD", "د.ج. DA"),
        ("MAD", "د.م. DH درهم"),
        ("EGP", "ج.م. E£ جنيه LE"),
        ("LBP", "ل.ل. LB£"),
        ("SYP", "ل.س. SY£"),
        ("AFN", "؋ Af"),
        ("BDT", "৳ টকা Tk ৲"),
        ("BTN", "Nu."),
        ("MVR", "Rf ރ"),
        ("THB", "฿"),
        ("VND", "₫ đ"),
        ("KHR", "៛"),
        ("LAK", "₭"),
        ("MMK", "Ks"),
        ("MNT", "₮"),
        ("KRW", "₩ 원"),
        ("KPW", "₩"),
        ("PHP", "₱"),
        ("CUP", "₱ $MN"),
        ("IDR", "Rp"),
        ("MYR", "RM"),
        ("NGN", "₦"),
        ("GHS", "GH₵ ₵"),
        ("KES", "KSh"),
        ("TZS", "TSh"),
        ("UGX", "USh"),
        ("RWF", "FRw RF"),
        ("BIF", "FBu"),
        ("DJF", "Fdj"),
        ("ERN", "Nfk"),
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
        ("BAM", "KM"),
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
        ("GYD", "G$"),
        ("FJD", "FJ$"),
        ("SBD", "SI$"),
        ("TOP", "T$"),
        ("WST", "WS$"),
        ("VUV", "VT"),
        ("PGK", "K"),
        ("KYD", "CI$"),
        ("MOP", "MOP$"),
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
            foreach (var symbol in symbols.Split(' ', StringSplitOptions.RemoveEmptyEntries))
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
