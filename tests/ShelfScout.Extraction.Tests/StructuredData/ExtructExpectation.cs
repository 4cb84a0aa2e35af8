using System.Text.Json;

namespace ShelfScout.Extraction.Tests.StructuredData;

/// <summary>Turns what extruct wrote for each syntax into <see cref="ComparableItem"/>s.</summary>
internal static class ExtructExpectation
{
    /// <summary>Microdata: <c>[{"type": ..., "properties": {...}, "id"?: ...}]</c>.</summary>
    public static List<ComparableItem> Microdata(JsonElement list) =>
        Flatten(list).Where(e => e.ValueKind == JsonValueKind.Object).Select(MicrodataItem).ToList();

    private static ComparableItem MicrodataItem(JsonElement e)
    {
        var types = e.TryGetProperty("type", out var t) ? Strings(t) : [];
        var props = new Dictionary<string, List<object>>(StringComparer.Ordinal);
        if (e.TryGetProperty("properties", out var p))
        {
            foreach (var prop in p.EnumerateObject())
            {
                var list = ComparableItem.GetList(props, ComparableItem.Local(prop.Name));
                foreach (var v in Flatten(prop.Value))
                {
                    list.Add(v.ValueKind == JsonValueKind.Object ? MicrodataItem(v) : Scalar(v));
                }
            }
        }

        return new ComparableItem(types.Select(ComparableItem.Local).ToHashSet(), props, e.TryGetProperty("id", out var id) ? id.GetString() : null);
    }

    /// <summary>JSON-LD as extruct returns it: the page's own objects, <c>@graph</c> not yet flattened.</summary>
    public static List<ComparableItem> JsonLd(JsonElement list)
    {
        var result = new List<ComparableItem>();
        foreach (var e in Flatten(list))
        {
            if (e.ValueKind != JsonValueKind.Object)
            {
                continue;
            }

            if (e.TryGetProperty("@graph", out var graph))
            {
                result.AddRange(Flatten(graph).Where(g => g.ValueKind == JsonValueKind.Object).Select(JsonLdItem));
            }
            else
            {
                result.Add(JsonLdItem(e));
            }
        }

        return result;
    }

    private static ComparableItem JsonLdItem(JsonElement e)
    {
        var types = e.TryGetProperty("@type", out var t) ? Strings(t) : [];
        var props = new Dictionary<string, List<object>>(StringComparer.Ordinal);
        foreach (var prop in e.EnumerateObject().Where(p => !p.Name.StartsWith('@')))
        {
            var list = ComparableItem.GetList(props, ComparableItem.Local(prop.Name));
            foreach (var v in Flatten(prop.Value).Where(v => v.ValueKind != JsonValueKind.Null))
            {
                if (v.ValueKind != JsonValueKind.Object)
                {
                    list.Add(Scalar(v));
                }
                else if (v.TryGetProperty("@value", out var literal))
                {
                    list.Add(Scalar(literal));
                }
                else if (v.TryGetProperty("@id", out var id) && v.EnumerateObject().All(x => x.Name is "@id" or "@context"))
                {
                    list.Add(id.GetString()!);
                }
                else
                {
                    list.Add(JsonLdItem(v));
                }
            }
        }

        return new ComparableItem(types.Select(ComparableItem.Local).ToHashSet(), props, e.TryGetProperty("@id", out var i) ? i.GetString() : null);
    }

    /// <summary>RDFa as extruct returns it: expanded JSON-LD nodes with full IRIs.</summary>
    public static List<ComparableItem> Rdfa(JsonElement list)
    {
        var nodes = Flatten(list).Where(n => n.ValueKind == JsonValueKind.Object).ToList();
        var byId = nodes.Where(n => n.TryGetProperty("@id", out _)).GroupBy(n => n.GetProperty("@id").GetString()!)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        return nodes.Select(n => RdfaItem(n, byId, 0)).Where(i => i.Properties.Count > 0).ToList();
    }

    private static ComparableItem RdfaItem(JsonElement node, Dictionary<string, JsonElement> byId, int depth)
    {
        var types = node.TryGetProperty("@type", out var t) ? Strings(t) : [];
        var props = new Dictionary<string, List<object>>(StringComparer.Ordinal);
        foreach (var prop in node.EnumerateObject().Where(p => !p.Name.StartsWith('@') && !p.Name.StartsWith("http://www.w3.org/ns/rdfa#", StringComparison.Ordinal)))
        {
            var list = ComparableItem.GetList(props, ComparableItem.Local(prop.Name));
            foreach (var v in Flatten(prop.Value))
            {
                if (v.TryGetProperty("@value", out var literal))
                {
                    list.Add(Scalar(literal));
                }
                else if (v.TryGetProperty("@id", out var id))
                {
                    var target = id.GetString()!;
                    list.Add(depth < 4 && byId.TryGetValue(target, out var referenced) && referenced.TryGetProperty("@type", out _)
                        ? RdfaItem(referenced, byId, depth + 1)
                        : target);
                }
            }
        }

        var nodeId = node.TryGetProperty("@id", out var i) ? i.GetString() : null;
        return new ComparableItem(types.Select(ComparableItem.Local).ToHashSet(), props, nodeId is not null && nodeId.StartsWith("_:", StringComparison.Ordinal) ? null : nodeId);
    }

    /// <summary>OpenGraph: <c>[{"namespace": {...}, "properties": [[key, value], ...]}]</c>.</summary>
    public static List<ComparableItem> OpenGraph(JsonElement list) =>
        Flatten(list).Select(e =>
        {
            var props = new Dictionary<string, List<object>>(StringComparer.Ordinal);
            foreach (var pair in e.GetProperty("properties").EnumerateArray())
            {
                ComparableItem.GetList(props, ComparableItem.Local(pair[0].GetString()!)).Add(pair[1].GetString()!);
            }

            return new ComparableItem(new HashSet<string>(), props, null);
        }).ToList();

    private static IEnumerable<JsonElement> Flatten(JsonElement e) =>
        e.ValueKind == JsonValueKind.Array ? e.EnumerateArray().SelectMany(Flatten) : [e];

    private static List<string> Strings(JsonElement e) =>
        Flatten(e).Where(x => x.ValueKind == JsonValueKind.String).Select(x => x.GetString()!).ToList();

    private static string Scalar(JsonElement e) => e.ValueKind == JsonValueKind.String ? e.GetString()! : e.GetRawText();
}
