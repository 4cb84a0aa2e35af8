using System.Text.RegularExpressions;
using ShelfScout.Extraction.StructuredData;

namespace ShelfScout.Extraction.Tests.StructuredData;

/// <summary>
/// A syntax-neutral shape for comparing our items with extruct's: types and property names reduced to their local
/// names ("http://schema.org/Product", "schema:Product" and "Product" all become "Product"; "og:title" becomes "title").
/// Values are strings or nested items.
/// </summary>
internal sealed record ComparableItem(IReadOnlySet<string> Types, IReadOnlyDictionary<string, List<object>> Properties, string? Id)
{
    private static readonly Regex Spaces = new(@"\s+");

    public static string Local(string name)
    {
        var n = name.Trim().TrimEnd('/');
        var cut = n.LastIndexOfAny(['#', '/', ':']);
        return cut >= 0 && cut < n.Length - 1 ? n[(cut + 1)..] : n;
    }

    public static ComparableItem From(StructuredItem item, Dictionary<StructuredItem, ComparableItem>? seen = null)
    {
        seen ??= new Dictionary<StructuredItem, ComparableItem>(ReferenceEqualityComparer.Instance);
        if (seen.TryGetValue(item, out var done))
        {
            return done;
        }

        var props = new Dictionary<string, List<object>>(StringComparer.Ordinal);
        var result = new ComparableItem(item.Types.Select(Local).ToHashSet(StringComparer.Ordinal), props, item.Id);
        seen[item] = result;
        foreach (var (name, values) in item.Properties)
        {
            var list = GetList(props, Local(name));
            list.AddRange(values.Select(v => v.Item is null ? (object)v.Text! : From(v.Item, seen)));
        }

        return result;
    }

    public static List<object> GetList(Dictionary<string, List<object>> props, string name)
    {
        if (!props.TryGetValue(name, out var list))
        {
            list = [];
            props[name] = list;
        }

        return list;
    }

    /// <summary>Whether everything <paramref name="expected"/> says is also in this item; the first difference found is reported.</summary>
    public bool Covers(ComparableItem expected, Uri baseUrl, out string difference, int depth = 0)
    {
        difference = string.Empty;
        if (depth > 12)
        {
            return true;
        }

        var missingType = expected.Types.FirstOrDefault(t => !Types.Contains(t));
        if (missingType is not null)
        {
            difference = $"type {missingType} not in [{string.Join(", ", Types)}]";
            return false;
        }

        foreach (var (name, values) in expected.Properties.Where(p => p.Value.Count > 0))
        {
            // A page-declared prefix ("fb: https://www.facebook.com/2008/fbml") expands to one IRI ("...fbmladmins")
            // that no longer splits into namespace and name; we keep the CURIE, so match its name as a suffix.
            var actual = Properties.TryGetValue(name, out var exact)
                ? exact
                : Properties.FirstOrDefault(p => p.Key.Length >= 3 && name.EndsWith(p.Key, StringComparison.Ordinal)).Value;
            if (actual is null)
            {
                difference = $"property {name} missing (have {string.Join(", ", Properties.Keys)})";
                return false;
            }

            foreach (var value in values)
            {
                string inner = string.Empty;
                if (!actual.Any(a => ValueCovers(a, value, baseUrl, depth, out inner)))
                {
                    difference = $"{name}: no value matching {Describe(value)} among [{string.Join(" | ", actual.Select(Describe))}] {inner}";
                    return false;
                }
            }
        }

        return true;
    }

    private static bool ValueCovers(object actual, object expected, Uri baseUrl, int depth, out string difference)
    {
        difference = string.Empty;
        return (actual, expected) switch
        {
            (string a, string e) => SameText(a, e, baseUrl),
            (ComparableItem a, ComparableItem e) => a.Covers(e, baseUrl, out difference, depth + 1),
            (ComparableItem a, string e) => a.Id is not null && SameText(a.Id, e, baseUrl),
            _ => false,
        };
    }

    private static bool SameText(string actual, string expected, Uri baseUrl)
    {
        var a = Spaces.Replace(actual, " ").Trim();
        var e = Spaces.Replace(expected, " ").Trim();
        if (string.Equals(a, e, StringComparison.Ordinal))
        {
            return true;
        }

        // extruct leaves relative URLs as written unless given a base URL; we always resolve them.
        return e.Length > 0 && !e.Contains(' ', StringComparison.Ordinal) &&
               Uri.TryCreate(baseUrl, e, out var resolved) &&
               string.Equals(resolved.AbsoluteUri, a, StringComparison.Ordinal);
    }

    private static string Describe(object value) => value switch
    {
        string s => "'" + (s.Length > 60 ? s[..60] + "…" : s) + "'",
        ComparableItem i => "{" + string.Join(",", i.Types) + "}",
        _ => "?",
    };
}
