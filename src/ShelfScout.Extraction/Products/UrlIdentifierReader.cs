namespace ShelfScout.Extraction.Products;

/// <summary>The identifier a product page's own URL carries.</summary>
internal static class UrlIdentifierReader
{
    /// <summary>
    /// The product's id in its own URL (<c>/deal/3454863898</c>, <c>/item/93133869_name</c>, <c>-112949990</c>): the last
    /// run of five or more digits in the path. Weak on its own; it mostly confirms an identifier found elsewhere. A
    /// number the product's name also carries ("/samsung-18650-battery", "Samsung 18650 Battery") is a piece of the
    /// name (a size, a capacity, a year), not its id.
    /// </summary>
    public static void Read(Uri pageUrl, IReadOnlyList<string> names, ProductEvidence evidence)
    {
        var path = Uri.UnescapeDataString(pageUrl.AbsolutePath);
        string? last = null;
        var start = -1;
        for (var i = 0; i <= path.Length; i++)
        {
            var digit = i < path.Length && char.IsAsciiDigit(path[i]);
            if (digit && start < 0)
            {
                start = i;
            }
            else if (!digit && start >= 0)
            {
                var boundedByLetter = (start > 0 && char.IsLetter(path[start - 1])) || (i < path.Length && char.IsLetter(path[i]));
                if (i - start is >= 5 and <= 20 && !boundedByLetter)
                {
                    last = path[start..i];
                }

                start = -1;
            }
        }

        if (last is not null && names.Any(name => HasNumber(name, last)))
        {
            return;
        }

        if (last is not null && IsLongGtin(last))
        {
            // Twelve to fourteen digits with a right check digit: the barcode, not the shop's own number.
            ProductEvidence.Add(evidence.Gtin, last, Sources.Url, 0.7);
            return;
        }

        ProductEvidence.Add(evidence.Sku, last, Sources.Url, 0.7);
    }

    /// <summary>True when <paramref name="text"/> holds <paramref name="number"/> as a number of its own (not inside a longer one).</summary>
    private static bool HasNumber(string text, string number)
    {
        for (var at = text.IndexOf(number, StringComparison.Ordinal); at >= 0; at = text.IndexOf(number, at + 1, StringComparison.Ordinal))
        {
            var end = at + number.Length;
            if ((at == 0 || !char.IsAsciiDigit(text[at - 1])) && (end == text.Length || !char.IsAsciiDigit(text[end])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A 12 to 14 digit GTIN with a right check digit (an 8-digit one is as likely a shop's id that happens to check).</summary>
    private static bool IsLongGtin(string code) => code.Length >= 12 && IdentifierLabels.IsValidGtin(code);

    /// <summary>Weight of a URL identifier the page also prints near the title: the product's own code, shown and addressed.</summary>
    private const double ShownWeight = 1.2;

    /// <summary>
    /// An identifier-shaped path segment of the URL (letters and digits only, 5 to 20 characters, a digit in it) that
    /// the page shows near the title: a marketplace's item code (<c>/dp/B07ABC1234</c>), a shop's article number
    /// (<c>/p/AB12345</c>), or a whole query value. A shown 12 to 14 digit GTIN is a GTIN.
    /// </summary>
    public static void ReadShown(Uri pageUrl, IReadOnlySet<string> visibleTokens, ProductEvidence evidence)
    {
        if (visibleTokens.Count == 0)
        {
            return;
        }

        // Whole segments only: the last word of a slug ("...-rcsk-310m20s") is a piece of the product's name.
        foreach (var segment in Uri.UnescapeDataString(pageUrl.AbsolutePath).Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            AddShown(segment.EndsWith(".html", StringComparison.OrdinalIgnoreCase) ? segment[..^5] : segment, visibleTokens, evidence);
        }

        // Whole query values too: shop software that addresses a product by parameter (<c>product.php?sku=KT22001</c>,
        // <c>?item=123456</c>, <c>#variationId=…</c>).
        foreach (var pair in (pageUrl.Query.TrimStart('?') + "&" + pageUrl.Fragment.TrimStart('#')).Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            if (equals > 0 && equals < pair.Length - 1)
            {
                AddShown(Uri.UnescapeDataString(pair[(equals + 1)..]), visibleTokens, evidence);
            }
        }
    }

    private static void AddShown(string code, IReadOnlySet<string> visibleTokens, ProductEvidence evidence)
    {
        if (code.Length is < 5 or > 20 || !code.All(char.IsAsciiLetterOrDigit) || !code.Any(char.IsAsciiDigit) || !visibleTokens.Contains(code))
        {
            return;
        }

        if (IsLongGtin(code))
        {
            ProductEvidence.Add(evidence.Gtin, code, Sources.Url, ShownWeight);
        }
        else
        {
            ProductEvidence.Add(evidence.Sku, code, Sources.Url, ShownWeight);
        }
    }
}
