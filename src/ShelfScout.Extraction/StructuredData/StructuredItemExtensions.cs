namespace ShelfScout.Extraction.StructuredData;

/// <summary>Navigation helpers over structured items.</summary>
public static class StructuredItemExtensions
{
    /// <summary>Whether the item has the type, compared by short name ignoring case ("Product" matches "http://schema.org/Product").</summary>
    public static bool IsType(this StructuredItem item, string shortType)
    {
        ArgumentNullException.ThrowIfNull(item);
        var wanted = VocabularyNames.Short(shortType);
        return item.Types.Any(t => string.Equals(t, wanted, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The first text value of the property, or the nested item's <c>name</c>/<c>@id</c> when the value is an item.</summary>
    public static string? GetText(this StructuredItem item, string prop)
    {
        foreach (var value in Values(item, prop))
        {
            if (!string.IsNullOrWhiteSpace(value.Text))
            {
                return value.Text.Trim();
            }

            if (value.Item is { } nested && (nested.GetText("name") ?? nested.Id) is { } name)
            {
                return name;
            }
        }

        return null;
    }

    /// <summary>Every text value of the property, in order.</summary>
    public static IEnumerable<string> GetTexts(this StructuredItem item, string prop) =>
        Values(item, prop).Where(v => !string.IsNullOrWhiteSpace(v.Text)).Select(v => v.Text!.Trim());

    /// <summary>The nested items of the property, in order.</summary>
    public static IEnumerable<StructuredItem> GetItems(this StructuredItem item, string prop) =>
        Values(item, prop).Where(v => v.Item is not null).Select(v => v.Item!);

    /// <summary>Every item in the set, top-level and nested, depth first, each once.</summary>
    public static IEnumerable<StructuredItem> Descendants(this StructuredDataSet s)
    {
        ArgumentNullException.ThrowIfNull(s);
        var seen = new HashSet<StructuredItem>(ReferenceEqualityComparer.Instance);
        var stack = new Stack<StructuredItem>(s.Items.Reverse());
        while (stack.Count > 0)
        {
            var item = stack.Pop();
            if (!seen.Add(item))
            {
                continue;
            }

            yield return item;
            foreach (var child in item.Properties.Values.SelectMany(v => v).Where(v => v.Item is not null).Reverse())
            {
                stack.Push(child.Item!);
            }
        }
    }

    private static IEnumerable<StructuredValue> Values(StructuredItem item, string prop)
    {
        ArgumentNullException.ThrowIfNull(item);
        if (item.Properties.TryGetValue(prop, out var values))
        {
            return values;
        }

        var shortProp = VocabularyNames.Short(prop);
        var match = item.Properties.FirstOrDefault(p => string.Equals(p.Key, shortProp, StringComparison.OrdinalIgnoreCase));
        return match.Value ?? [];
    }
}
