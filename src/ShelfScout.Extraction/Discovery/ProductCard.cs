using AngleSharp.Dom;

namespace ShelfScout.Extraction.Discovery;

/// <summary>One item of a repeated block that links to a single product, with the evidence that it is a product card.</summary>
internal sealed record ProductCard(IElement Element, Uri Url, string Family, bool HasImage, bool HasPrice, bool HasName);
