using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ShelfScout.Extraction.StructuredData;

/// <summary>
/// Parses the JSON that real pages put in scripts: comments, trailing commas, raw newlines and control characters
/// inside strings, HTML entities, CDATA or HTML comment wrappers, and several values one after another.
/// </summary>
internal static class RelaxedJson
{
    private static readonly JsonReaderOptions ReaderOptions = new()
    {
        AllowMultipleValues = true,
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
        MaxDepth = 256,
    };

    /// <summary>The values parsed (JSON nulls left out); empty when the text cannot be read as JSON.</summary>
    public static IReadOnlyList<JsonNode> Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        var cleaned = JsonTextCleaner.Clean(text);
        if (TryParseAll(cleaned, out var nodes, out var read) || (read > 0 && TryParseAll("[" + cleaned + "]", out nodes, out _)))
        {
            return nodes;
        }

        if (cleaned.Contains('&', StringComparison.Ordinal))
        {
            var decoded = JsonTextCleaner.Clean(WebUtility.HtmlDecode(text));
            if (TryParseAll(decoded, out nodes, out read) || (read > 0 && TryParseAll("[" + decoded + "]", out nodes, out _)))
            {
                return nodes;
            }
        }

        return [];
    }

    /// <summary>
    /// Every value of the text; <paramref name="read"/> counts the values read before a failure. Only then can the
    /// text still be values separated by commas, read again inside brackets: when its first value fails, so would the
    /// same value inside an array.
    /// </summary>
    private static bool TryParseAll(string text, out IReadOnlyList<JsonNode> nodes, out int read)
    {
        var found = new List<JsonNode>();
        nodes = found;
        read = 0;
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(text), ReaderOptions);
        try
        {
            while (reader.Read())
            {
                // Through JsonDocument, not JsonNode.Parse: a JsonObject built lazily from text with a repeated key
                // throws ArgumentException when first read, and pages do repeat keys ({"price": 1, "price": 2}).
                // Not disposed: the leaf values below point into it, so it lives as long as they do (the GC frees it).
                var document = JsonDocument.ParseValue(ref reader);
                read++;
                if (ToNode(document.RootElement) is { } node)
                {
                    found.Add(node);
                }
            }

            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    /// <summary>A mutable copy of the element; of repeated keys the last one wins, as in JavaScript.</summary>
    private static JsonNode? ToNode(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                var obj = new JsonObject();
                foreach (var property in element.EnumerateObject())
                {
                    obj[property.Name] = ToNode(property.Value);
                }

                return obj;
            case JsonValueKind.Array:
                var array = new JsonArray();
                foreach (var item in element.EnumerateArray())
                {
                    array.Add(ToNode(item));
                }

                return array;
            case JsonValueKind.String or JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False:
                // Backed by the element: read only when asked, a number kept as written ("39.90", 1e400).
                return JsonValue.Create(element);
            default:
                return null;
        }
    }
}
