using System.Text.Json;
using System.Text.Json.Nodes;

namespace ShelfScout.Extraction.StructuredData;

/// <summary>
/// Turns JSON-LD nodes into items. <c>{"@id": ...}</c> references are replaced by the node with that id when the
/// same page defines it, and left as the id text otherwise.
/// </summary>
internal sealed class JsonLdConverter(StructuredSyntax syntax)
{
    private readonly Dictionary<string, JsonObject> _definitions = new(StringComparer.Ordinal);
    private readonly Dictionary<JsonObject, StructuredItem> _converted = new(ReferenceEqualityComparer.Instance);
    private readonly HashSet<JsonObject> _inProgress = new(ReferenceEqualityComparer.Instance);

    public IReadOnlyList<StructuredItem> Convert(IEnumerable<JsonNode> roots)
    {
        var tops = roots.SelectMany(TopLevelObjects).ToList();
        foreach (var obj in tops)
        {
            CollectDefinitions(obj);
        }

        return tops.Where(o => !IsReference(o) || (IdOf(o) is { } id && !_definitions.ContainsKey(id) && o["@type"] is not null))
            .Select(ConvertObject).ToList();
    }

    private static IEnumerable<JsonObject> TopLevelObjects(JsonNode node)
    {
        switch (node)
        {
            case JsonArray array:
                foreach (var child in array.Where(c => c is not null).SelectMany(c => TopLevelObjects(c!)))
                {
                    yield return child;
                }

                break;
            case JsonObject obj when obj["@graph"] is { } graph:
                foreach (var child in TopLevelObjects(graph))
                {
                    yield return child;
                }

                if (obj.Any(p => !p.Key.StartsWith('@')))
                {
                    yield return obj;
                }

                break;
            case JsonObject obj:
                yield return obj;
                break;
        }
    }

    private void CollectDefinitions(JsonNode? node)
    {
        switch (node)
        {
            case JsonArray array:
                foreach (var child in array)
                {
                    CollectDefinitions(child);
                }

                break;
            case JsonObject obj:
                if (IdOf(obj) is { } id && !IsReference(obj) && !_definitions.ContainsKey(id))
                {
                    _definitions[id] = obj;
                }

                foreach (var property in obj)
                {
                    CollectDefinitions(property.Value);
                }

                break;
        }
    }

    private StructuredItem ConvertObject(JsonObject obj)
    {
        if (_converted.TryGetValue(obj, out var done))
        {
            return done;
        }

        if (!_inProgress.Add(obj))
        {
            return new StructuredItem(syntax, TypesOf(obj), new Dictionary<string, IReadOnlyList<StructuredValue>>(), IdOf(obj));
        }

        var bag = new PropertyBag();
        foreach (var (key, value) in obj)
        {
            if (key.StartsWith('@') || value is null)
            {
                continue;
            }

            var name = VocabularyNames.Short(key);
            foreach (var converted in ConvertValue(value))
            {
                bag.Add(name, converted);
            }
        }

        var item = new StructuredItem(syntax, TypesOf(obj), bag.ToDictionary(), IdOf(obj));
        _inProgress.Remove(obj);
        _converted[obj] = item;
        return item;
    }

    private IEnumerable<StructuredValue> ConvertValue(JsonNode node)
    {
        switch (node)
        {
            case JsonArray array:
                foreach (var value in array.Where(c => c is not null).SelectMany(c => ConvertValue(c!)))
                {
                    yield return value;
                }

                break;
            case JsonObject obj when obj["@value"] is { } literal:
                if (Scalar(literal) is { } text)
                {
                    yield return StructuredValue.OfText(text);
                }

                break;
            case JsonObject obj when (obj["@list"] ?? obj["@set"]) is JsonArray:
                foreach (var value in ConvertValue((obj["@list"] ?? obj["@set"])!))
                {
                    yield return value;
                }

                break;
            case JsonObject obj when IsReference(obj) && IdOf(obj) is { } id:
                yield return _definitions.TryGetValue(id, out var definition)
                    ? StructuredValue.OfItem(ConvertObject(definition))
                    : obj["@type"] is null ? StructuredValue.OfText(id) : StructuredValue.OfItem(ConvertObject(obj));
                break;
            case JsonObject obj:
                yield return StructuredValue.OfItem(ConvertObject(obj));
                break;
            default:
                if (Scalar(node) is { } scalar)
                {
                    yield return StructuredValue.OfText(scalar);
                }

                break;
        }
    }

    private static string? Scalar(JsonNode node) => node.GetValueKind() switch
    {
        JsonValueKind.String => node.GetValue<string>(),
        JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => node.ToJsonString(),
        _ => null,
    };

    // {"@id": "#org"} or {"@id": "#org", "@type": "Organization"}: a pointer to a node described elsewhere.
    private static bool IsReference(JsonObject obj) =>
        obj["@id"] is not null && obj.All(p => p.Key is "@id" or "@context" or "@type");

    private static string? IdOf(JsonObject obj) =>
        obj["@id"] is { } id && id.GetValueKind() == JsonValueKind.String ? id.GetValue<string>() : null;

    private static IReadOnlyList<string> TypesOf(JsonObject obj) => obj["@type"] switch
    {
        JsonArray array => array.Where(t => t?.GetValueKind() == JsonValueKind.String)
            .Select(t => VocabularyNames.Short(t!.GetValue<string>())).ToArray(),
        JsonNode t when t.GetValueKind() == JsonValueKind.String => [VocabularyNames.Short(t.GetValue<string>())],
        _ => [],
    };
}
