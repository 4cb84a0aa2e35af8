namespace ShelfScout.Extraction.Products;

/// <summary>The identifier a product page's own URL carries.</summary>
internal static class UrlIdentifierReader
{
    /// <summary>
    /// The product's id in its own URL (<c>/deal/3454863898</c>, <c>/item/93133869_name</c>, <c>-112949990</c>): the last
    /// run of five or more digits in the path. Weak on its own; it mostly confirms an identifier found elsewhere.
    /// </summary>
    public static void Read(Uri pageUrl, ProductEvidence evidence)
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

        ProductEvidence.Add(evidence.Sku, last, Sources.Url, 0.7);
    }
}
