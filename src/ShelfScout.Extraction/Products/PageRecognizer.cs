using AngleSharp.Dom;
using ShelfScout.Domain.Catalog;
using ShelfScout.Extraction.Discovery;

namespace ShelfScout.Extraction.Products;

/// <summary>
/// Says whether a page handed to <c>extract</c> reads as one product's page: yes unless it is clearly a listing, a
/// search page or an error page; the confidence sums what a person would see on a product page (its heading, a price,
/// a buy area, labelled identifiers, markup that describes one product).
/// </summary>
internal static class PageRecognizer
{
    public static ProductRecognition Recognize(IDocument document, Uri pageUrl, ProductEvidence evidence, bool hasTitle, ProductData product)
    {
        var signs = new List<string>();
        var confidence = 0.0;
        void Sign(bool seen, string name, double weight)
        {
            if (seen)
            {
                signs.Add(name);
                confidence += weight;
            }
        }

        Sign(evidence.HasStructuredProduct, "structured product", RecognitionWeights.StructuredProduct);
        Sign(hasTitle, "product heading", RecognitionWeights.Heading);
        Sign(evidence.Price.Any(p => p.Source == Sources.Dom), "price near heading", RecognitionWeights.Price);
        Sign(product.Price is not null && !evidence.Price.Any(p => p.Source == Sources.Dom), "price in markup", RecognitionWeights.Price / 2);
        var buys = evidence.BuyArea.Contains(BuyAreaSigns.BuyControl) || evidence.BuyArea.Contains(BuyAreaSigns.QuoteControl);
        Sign(buys, evidence.BuyArea.Contains(BuyAreaSigns.BuyControl) ? BuyAreaSigns.BuyControl : BuyAreaSigns.QuoteControl, RecognitionWeights.BuyControl);
        foreach (var part in new[] { BuyAreaSigns.DisabledBuyControl, BuyAreaSigns.QuantityInput, BuyAreaSigns.VariantSelector, BuyAreaSigns.NotifyForm })
        {
            Sign(evidence.BuyArea.Contains(part), part, RecognitionWeights.BuyAreaPart);
        }

        Sign(evidence.Sku.Any(s => s.Source == Sources.Dom) || evidence.Gtin.Any(s => s.Source == Sources.Dom) || evidence.Mpn.Any(s => s.Source == Sources.Dom),
            "labelled identifier", RecognitionWeights.LabelledIdentifier);
        Sign(evidence.Availability.Any(a => a.Source == Sources.Dom), "stock status", RecognitionWeights.StockStatus);

        // What makes a page clearly something else; a buy area or markup describing one product outweighs a search
        // word in the URL, never an error heading.
        var productSigns = buys || evidence.HasStructuredProduct;
        if (PageClassifier.ErrorHeading(document) is { } error)
        {
            return Other(signs, "error heading: " + error, confidence);
        }

        var buyArea = productSigns || evidence.BuyArea.Count > 0;
        // Related products' tiles are priced links too: without a price of its own beside the heading and without a
        // buy area, a page of many priced links is a listing.
        var ownPrice = evidence.Price.Any(p => p.Source == Sources.Dom);
        if (!buyArea && (evidence.LooksLikeListing || (!ownPrice && evidence.PricedLinks >= RecognitionWeights.ListingLinks)))
        {
            return Other(signs, "many priced product links, no main product", confidence);
        }

        if (!productSigns && IsSearchUrl(pageUrl))
        {
            return Other(signs, "search page URL", confidence);
        }

        // A heading alone names a category, an article or an about page as well: a product page shows something
        // of the product besides (a price, a buy area, an identifier, a stock line).
        if (signs.All(s => s is "product heading"))
        {
            return Other(signs, "nothing of a product besides a heading", confidence);
        }

        return new ProductRecognition(true, Math.Round(Math.Min(1, confidence), 2), signs);
    }

    /// <summary>Clearly not a product page; the confidence still says how product-like the rest of it looked.</summary>
    private static ProductRecognition Other(List<string> signs, string why, double confidence)
    {
        signs.Add(why);
        return new ProductRecognition(false, Math.Round(Math.Min(1, confidence), 2), signs);
    }

    /// <summary>A search results URL: a path segment named for search, or a query parameter carrying a search term.</summary>
    internal static bool IsSearchUrl(Uri pageUrl)
    {
        if (pageUrl.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries).Any(DiscoveryVocabulary.IsSearchSegment))
        {
            return true;
        }

        foreach (var pair in pageUrl.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            if (equals > 0 && equals < pair.Length - 1 && DiscoveryVocabulary.IsSearchParameter(Uri.UnescapeDataString(pair[..equals])))
            {
                return true;
            }
        }

        return false;
    }
}
