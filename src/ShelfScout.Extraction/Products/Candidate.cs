namespace ShelfScout.Extraction.Products;

/// <summary>One piece of evidence for a field: a value, where it came from (<c>jsonld</c>, <c>dom</c>...) and how much it is trusted.</summary>
internal sealed record Candidate<T>(T Value, string Source, double Weight)
    where T : notnull;
