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
        if (TryParseAll(cleaned, out var nodes) || TryParseAll("[" + cleaned + "]", out nodes))
        {
            return nodes;
        }

        if (cleaned.Contains('&', StringComparison.Ordinal))
        {
            var decoded = JsonTextCleaner.Clean(WebUtility.HtmlDecode(text));
            if (TryParseAll(decoded, out nodes) || TryParseAll("[" + decoded + "]", out nodes))
            {
                return nodes;
            }
        }

        return [];
    }

    private static bool TryParseAll(string text, out IReadOnlyList<JsonNode> nodes)
    {
        var found = new List<JsonNode>();
        nodes = found;
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(text), ReaderOptions);
        try
        {
            while (reader.Read())
            {
                var node = JsonNode.Parse(ref reader);
                if (node is not null)
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
}
