using System.Text.Json.Nodes;
using AngleSharp.Dom;

namespace ShelfScout.Extraction.StructuredData;

/// <summary>
/// Finds JSON application state in scripts: JSON script blocks (<c>__NEXT_DATA__</c>, <c>application/json</c>)
/// and object literals assigned in inline JavaScript (<c>window.__INITIAL_STATE__ = {...}</c>).
/// </summary>
public static class EmbeddedJsonReader
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
            var start = NextAssignment(script, position);
            if (start < 0)
            {
                yield break;
            }

            var end = JsonLiteralScanner.EndOfLiteral(script, start);
            if (end < 0)
            {
                position = start + 1;
                continue;
            }

            if (!MayBeJson(script, start, end))
            {
                // Code's own object literals ({a:1}, [e,t]) are most of a minified script's assignments: a JSON
                // reader would fail on each, so they are not handed to it.
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

    /// <summary>
    /// Whether the literal at <paramref name="start"/> can begin JSON: an object whose first key is quoted (or that
    /// is empty), an array whose first item is a JSON value; a comment first leaves it to the reader.
    /// </summary>
    internal static bool MayBeJson(string script, int start, int end)
    {
        var i = start + 1;
        while (i < end && char.IsWhiteSpace(script[i]))
        {
            i++;
        }

        if (i >= end)
        {
            return false;
        }

        var first = script[i];
        return script[start] == '{'
            ? first is '"' or '}' or '/'
            : first is '"' or '{' or '[' or ']' or '-' or 't' or 'f' or 'n' or '/' || char.IsAsciiDigit(first);
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

    /// <summary>
    /// The start of the next literal assigned at or after <paramref name="from"/> ("window.__STATE__ = {",
    /// "var data = [", "self.__x=", <c>w["k"].d=[</c>), or -1. Found from each <c>=</c> before a bracket, reading the
    /// assigned name backwards: a regular expression trying a name at every delimiter of a minified bundle costs more
    /// than the rest of the page's extraction.
    /// </summary>
    internal static int NextAssignment(string script, int from)
    {
        for (var equals = script.IndexOf('=', from); equals >= 0; equals = script.IndexOf('=', equals + 1))
        {
            var literal = equals + 1;
            while (literal < script.Length && char.IsWhiteSpace(script[literal]))
            {
                literal++;
            }

            if (literal >= script.Length || script[literal] is not ('{' or '['))
            {
                continue;
            }

            var end = equals - 1;
            while (end >= 0 && char.IsWhiteSpace(script[end]))
            {
                end--;
            }

            if (end >= 0 && AssignedName(script, end) is var before and >= -1
                && (before < 0 || script[before] is ';' or ',' or '(' || char.IsWhiteSpace(script[before])))
            {
                return literal;
            }
        }

        return -1;
    }

    /// <summary>
    /// Reads a name (<c>a</c>, <c>window.a.b</c>, <c>w["k"]</c>) backwards from its last character at
    /// <paramref name="end"/>: the index before it (-1 at the start of the script), or -2 when no name ends there.
    /// </summary>
    private static int AssignedName(string script, int end)
    {
        var i = end;
        while (true)
        {
            if (script[i] == ']')
            {
                // ["key"]: a quoted key in brackets after a name.
                if (i < 3 || script[i - 1] != '"')
                {
                    return -2;
                }

                var open = script.LastIndexOf('"', i - 2);
                if (open < 1 || open == i - 2 || script[open - 1] != '[')
                {
                    return -2;
                }

                i = open - 2;
                if (i < 0)
                {
                    return -2;
                }

                continue;
            }

            var last = i;
            while (i >= 0 && (char.IsLetterOrDigit(script[i]) || script[i] is '_' or '$'))
            {
                i--;
            }

            if (i == last || !(char.IsAsciiLetter(script[i + 1]) || script[i + 1] is '_' or '$'))
            {
                return -2;
            }

            if (i >= 1 && script[i] == '.')
            {
                i--;
                continue;
            }

            return i;
        }
    }
}
