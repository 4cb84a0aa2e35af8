// TEMPORARY: declarations of the structured-data API being written on branch `pricing`, so the engine compiles
// before it lands. Read returns nothing (DOM-only). Deleted at the merge of the real readers.
#pragma warning disable
using System.Text.Json.Nodes;
using AngleSharp.Dom;

namespace ShelfScout.Extraction.StructuredData;

public enum StructuredSyntax { JsonLd, Microdata, Rdfa, OpenGraph, EmbeddedJson }
public sealed record StructuredValue(string? Text, StructuredItem? Item);
public sealed record StructuredItem(StructuredSyntax Syntax, IReadOnlyList<string> Types, IReadOnlyDictionary<string, IReadOnlyList<StructuredValue>> Properties, string? Id);
public sealed record StructuredDataSet(IReadOnlyList<StructuredItem> Items, IReadOnlyDictionary<string, IReadOnlyList<string>> Meta, IReadOnlyList<JsonNode> EmbeddedJson);
public static class StructuredDataReader
{
    public static StructuredDataSet Read(IDocument document, Uri pageUrl) => new([], new Dictionary<string, IReadOnlyList<string>>(), []);
}
public static class StructuredItemExtensions
{
    public static bool IsType(this StructuredItem item, string type) => item.Types.Any(t => t.EndsWith(type, StringComparison.OrdinalIgnoreCase));
    public static string? GetText(this StructuredItem item, string prop) => item.Properties.TryGetValue(prop, out var v) ? v.Select(x => x.Text).FirstOrDefault(t => t is not null) : null;
    public static IEnumerable<StructuredItem> GetItems(this StructuredItem item, string prop) => item.Properties.TryGetValue(prop, out var v) ? v.Select(x => x.Item).OfType<StructuredItem>() : [];
    public static IEnumerable<StructuredItem> Descendants(this StructuredDataSet set) => set.Items;
}
