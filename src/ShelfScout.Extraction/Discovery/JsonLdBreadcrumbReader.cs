using System.Text.Json;
using AngleSharp.Dom;

namespace ShelfScout.Extraction.Discovery;

/// <summary>Reads schema.org BreadcrumbList objects from JSON-LD scripts (top level, arrays, @graph or nested).</summary>
internal static class JsonLdBreadcrumbReader
{
    private static readonly JsonDocumentOptions Options = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

    /// <summary>The longest breadcrumb trail found, ordered by position; empty when there is none.</summary>
    public static IReadOnlyList<BreadcrumbItem> Read(IDocument document, Uri pageUrl)
    {
        var best = new List<BreadcrumbItem>();
        foreach (var script in document.QuerySelectorAll("script[type='application/ld+json' i]"))
        {
            try
            {
                // Through UTF-8 bytes: the encoder replaces a lone surrogate (a broken page's text) where parsing the
                // string itself would throw ArgumentException.
                using var json = JsonDocument.Parse(System.Text.Encoding.UTF8.GetBytes(script.TextContent.Trim()), Options);
                foreach (var list in FindBreadcrumbLists(json.RootElement))
                {
                    var trail = ReadList(list, pageUrl);
                    if (trail.Count > best.Count)
                    {
                        best = trail;
                    }
                }
            }
            catch (JsonException)
            {
                // Broken JSON-LD is common; the other breadcrumb sources still get their turn.
            }
        }

        return best;
    }

    private static IEnumerable<JsonElement> FindBreadcrumbLists(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var found in element.EnumerateArray().SelectMany(FindBreadcrumbLists))
            {
                yield return found;
            }
        }
        else if (element.ValueKind == JsonValueKind.Object)
        {
            if (IsType(element, "BreadcrumbList"))
            {
                yield return element;
                yield break;
            }

            foreach (var found in element.EnumerateObject().SelectMany(p => FindBreadcrumbLists(p.Value)))
            {
                yield return found;
            }
        }
    }

    private static bool IsType(JsonElement element, string type)
    {
        if (!element.TryGetProperty("@type", out var value))
        {
            return false;
        }

        static bool Matches(JsonElement v, string t) =>
            v.ValueKind == JsonValueKind.String && (v.GetString() ?? string.Empty).EndsWith(t, StringComparison.OrdinalIgnoreCase);

        return value.ValueKind == JsonValueKind.Array ? value.EnumerateArray().Any(v => Matches(v, type)) : Matches(value, type);
    }

    private static List<BreadcrumbItem> ReadList(JsonElement list, Uri pageUrl)
    {
        if (!list.TryGetProperty("itemListElement", out var elements))
        {
            return [];
        }

        var items = elements.ValueKind == JsonValueKind.Array ? elements.EnumerateArray().ToList() : [elements];
        var entries = new List<(double Position, int Order, BreadcrumbItem Item)>();
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i].ValueKind == JsonValueKind.Object && ReadItem(items[i], pageUrl) is { } item)
            {
                entries.Add((Position(items[i]) ?? i, i, item));
            }
        }

        return entries.OrderBy(e => e.Position).ThenBy(e => e.Order).Select(e => e.Item).ToList();
    }

    private static BreadcrumbItem? ReadItem(JsonElement listItem, Uri pageUrl)
    {
        var name = Text(listItem, "name");
        string? url = null;
        if (listItem.TryGetProperty("item", out var item))
        {
            if (item.ValueKind == JsonValueKind.String)
            {
                url = item.GetString();
            }
            else if (item.ValueKind == JsonValueKind.Object)
            {
                url = Text(item, "@id") ?? Text(item, "url") ?? Text(item, "id");
                name ??= Text(item, "name");
            }
        }

        url ??= Text(listItem, "url");
        name = ElementTraits.CleanText(System.Net.WebUtility.HtmlDecode(name));
        return name.Length == 0 ? null : new BreadcrumbItem(name, SiteUrl.Resolve(url, pageUrl));
    }

    private static string? Text(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static double? Position(JsonElement element)
    {
        if (!element.TryGetProperty("position", out var value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.Number => value.GetDouble(),
            JsonValueKind.String when double.TryParse(value.GetString(), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var parsed) => parsed,
            _ => null,
        };
    }
}
