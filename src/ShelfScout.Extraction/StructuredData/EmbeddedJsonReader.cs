using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace ShelfScout.Extraction.StructuredData;

/// <summary>
/// Finds JSON application state in scripts: JSON script blocks (<c>__NEXT_DATA__</c>, <c>application/json</c>)
/// and object literals assigned in inline JavaScript (<c>window.__INITIAL_STATE__ = {...}</c>).
/// </summary>
public static partial class EmbeddedJsonReader
{
    private const int MaxScriptLength = 8_000_000;

    /// <summary>The JSON objects and arrays embedded in the page's scripts, in document order.</summary>
    public static IReadOnlyList<JsonNode> Read(IDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var found = new List<JsonNode>();
        foreach (var script in document.QuerySelectorAll("script"))
        {
            var text = script.TextContent;
            if (string.IsNullOrWhiteSpace(text) || text.Length > MaxScriptLength)
            {
                continue;
            }

            var type = (script.GetAttribute("type") ?? string.Empty).Split(';')[0].Trim().ToLowerInvariant();
            if (type.EndsWith("json", StringComparison.Ordinal) && type != "application/ld+json")
            {
                found.AddRange(RelaxedJson.Parse(text).Where(IsContainer));
            }
            else if (type is "" or "text/javascript" or "application/javascript" or "module")
            {
                found.AddRange(FromJavaScript(text));
            }
        }

        return found;
    }

    /// <summary>Items with an <c>@type</c> found inside embedded JSON (some shops keep schema.org data in state).</summary>
    public static IReadOnlyList<StructuredItem> ReadItems(IEnumerable<JsonNode> embedded)
    {
        var typed = embedded.SelectMany(TypedObjects).Take(200).ToList();
        return new JsonLdConverter(StructuredSyntax.EmbeddedJson).Convert(typed);
    }

    private static IEnumerable<JsonNode> FromJavaScript(string script)
    {
        var position = 0;
        while (position < script.Length)
        {
            var match = Assignment().Match(script, position);
            if (!match.Success)
            {
                yield break;
            }

            var start = match.Index + match.Length;
            var end = JsonLiteralScanner.EndOfLiteral(script, start);
            if (end < 0)
            {
                position = start + 1;
                continue;
            }

            var nodes = RelaxedJson.Parse(script[start..end]);
            foreach (var node in nodes.Where(n => IsContainer(n) && HasContent(n)))
            {
                yield return node;
            }

            position = nodes.Count > 0 ? end : start + 1;
        }
    }

    private static bool IsContainer(JsonNode node) => node is JsonObject or JsonArray;

    private static bool HasContent(JsonNode node) => node switch
    {
        JsonObject o => o.Count > 0,
        JsonArray a => a.Count > 0,
        _ => false,
    };

    private static IEnumerable<JsonNode> TypedObjects(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj when obj["@type"] is not null:
                yield return obj;
                break;
            case JsonObject obj:
                foreach (var child in obj.Select(p => p.Value).SelectMany(TypedObjects))
                {
                    yield return child;
                }

                break;
            case JsonArray array:
                foreach (var child in array.SelectMany(TypedObjects))
                {
                    yield return child;
                }

                break;
        }
    }

    // "window.__STATE__ = {", "var data = [", "self.__x=": an assignment whose right side starts a literal.
    // Source-generated: this runs over every inline script of every page.
    [GeneratedRegex(@"(?:^|[;\s,(])(?:window\.|self\.|globalThis\.|var\s+|let\s+|const\s+)?[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*|\[""[^""]+""\])*\s*=\s*(?=[{\[])", RegexOptions.CultureInvariant)]
    private static partial Regex Assignment();
}
