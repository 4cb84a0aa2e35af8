using AngleSharp.Dom;

namespace ShelfScout.Extraction.StructuredData;

/// <summary>Reads <c>&lt;meta property|name content&gt;</c> tags: OpenGraph, <c>product:*</c>, Twitter cards and the rest.</summary>
public static class OpenGraphReader
{
    private static readonly string[] GraphPrefixes = ["og:", "product:", "article:", "book:", "profile:", "music:", "video:", "fb:", "place:", "business:"];

    /// <summary>Every meta value by its property (or name), keys compared ignoring case, values in document order.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> ReadMeta(IDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var meta = new Dictionary<string, List<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var element in document.QuerySelectorAll("meta"))
        {
            var content = element.GetAttribute("content");
            if (content is null)
            {
                continue;
            }

            var keys = new[] { element.GetAttribute("property"), element.GetAttribute("name") }
                .Where(k => !string.IsNullOrWhiteSpace(k))
                .SelectMany(k => k!.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
                .Distinct(StringComparer.OrdinalIgnoreCase);
            foreach (var key in keys)
            {
                if (!meta.TryGetValue(key, out var values))
                {
                    values = [];
                    meta[key] = values;
                }

                values.Add(content.Trim());
            }
        }

        return meta.ToDictionary(p => p.Key, p => (IReadOnlyList<string>)p.Value.ToArray(), StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>
    /// The OpenGraph object of the page as one item: types from <c>og:type</c>, properties keyed as written
    /// (<c>og:title</c>, <c>product:price:amount</c>), id from <c>og:url</c>. Empty when the page has none.
    /// </summary>
    public static IReadOnlyList<StructuredItem> Read(IDocument document, Uri pageUrl) => FromMeta(ReadMeta(document));

    internal static IReadOnlyList<StructuredItem> FromMeta(IReadOnlyDictionary<string, IReadOnlyList<string>> meta)
    {
        var bag = new PropertyBag();
        foreach (var (key, values) in meta)
        {
            if (!GraphPrefixes.Any(p => key.StartsWith(p, StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }

            foreach (var value in values)
            {
                bag.Add(key.ToLowerInvariant(), StructuredValue.OfText(value));
            }
        }

        if (bag.IsEmpty)
        {
            return [];
        }

        var types = meta.TryGetValue("og:type", out var t) ? t.Take(1).ToArray() : [];
        var id = meta.TryGetValue("og:url", out var u) ? u[0] : null;
        return [new StructuredItem(StructuredSyntax.OpenGraph, types, bag.ToDictionary(), id)];
    }
}
