using System.Text.Json.Nodes;
using ShelfScout.Domain.Catalog;

namespace ShelfScout.Extraction.StructuredData;

/// <summary>Everything machine-readable on one page.</summary>
/// <param name="Items">Top-level items from every syntax; a JSON-LD <c>@graph</c> is flattened into items.</param>
/// <param name="Meta"><c>og:*</c>, <c>product:*</c>, <c>twitter:*</c> and other <c>&lt;meta property|name&gt;</c> values, keys compared ignoring case.</param>
/// <param name="EmbeddedJson">JSON state found in scripts (<c>__NEXT_DATA__</c>, <c>window.__INITIAL_STATE__ = {...}</c>).</param>
public sealed record StructuredDataSet(
    IReadOnlyList<StructuredItem> Items,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Meta,
    IReadOnlyList<JsonNode> EmbeddedJson)
{
    /// <summary>Syntaxes whose reader failed on this page; their items are missing, the others are complete.</summary>
    public IReadOnlyList<ReaderFailure> Failures { get; init; } = [];
}
