namespace ShelfScout.Extraction.Products;

/// <summary>Whether a page reads as one product's page, how sure the engine is, and what it saw.</summary>
/// <param name="IsProductPage">True unless the page is clearly something else (a listing, a search page, an error page).</param>
/// <param name="Confidence">From 0 (nothing product-like seen) to 1 (markup, heading, price and a buy control agree).</param>
/// <param name="Evidence">Short names of what was seen, for and against ("buy control", "error heading", ...).</param>
public sealed record ProductRecognition(bool IsProductPage, double Confidence, IReadOnlyList<string> Evidence);
