using ShelfScout.Domain.Catalog;

namespace ShelfScout.Extraction.Products;

/// <summary>
/// A page read as a product page by <see cref="ProductExtractor.Read"/>: the fields (present even when the
/// recognition is unsure) and the recognition itself. <see cref="Extraction"/>'s <c>IsProductPage</c> is the
/// recognition's; the crawl's stricter decision is <see cref="ProductExtractor.Extract"/>'s.
/// </summary>
public sealed record ProductReading(ProductExtraction Extraction, ProductRecognition Recognition);
