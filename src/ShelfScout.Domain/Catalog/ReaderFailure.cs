namespace ShelfScout.Domain.Catalog;

/// <summary>One evidence reader that failed on one page: its evidence was left out and the other readers still decided.</summary>
/// <param name="Reader">The reader's name (<c>jsonld</c>, <c>embedded-json</c>, <c>dom-price</c>...).</param>
/// <param name="Error">What went wrong (exception type and message).</param>
public sealed record ReaderFailure(string Reader, string Error);
