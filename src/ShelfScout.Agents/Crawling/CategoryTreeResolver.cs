using ShelfScout.Storage.Records;

namespace ShelfScout.Agents.Crawling;

/// <summary>
/// Builds the category tree once its pages are known: each category goes under the parent its evidence names
/// (breadcrumbs, the category page it was found on, the menu) when that parent is a category too, else under the
/// nearest category whose URL path contains its own; then depths, paths and leaves follow.
/// </summary>
internal static class CategoryTreeResolver
{
    /// <summary>Stores the resolved tree; returns how many categories changed.</summary>
    public static async Task<int> ResolveAsync(AgentContext context, CancellationToken cancellationToken)
    {
        var categories = await context.Store.GetCategoriesAsync(context.Retailer.Id, cancellationToken).ConfigureAwait(false);
        var byUrl = categories.ToDictionary(c => c.Url, StringComparer.Ordinal);
        var aliases = context.Crawl is { } session
            ? await context.Store.GetCategoryAliasesAsync(session.Crawl.Id, cancellationToken).ConfigureAwait(false)
            : new Dictionary<string, string>(StringComparer.Ordinal);
        var parentOf = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var category in categories)
        {
            parentOf[category.Url] = ParentUrl(category, byUrl, aliases);
        }

        // Break cycles (two pages each naming the other as parent): the later one in the walk becomes a root.
        foreach (var url in parentOf.Keys.ToList())
        {
            var seen = new HashSet<string>(StringComparer.Ordinal) { url };
            for (var parent = parentOf[url]; parent is not null; parent = parentOf[parent])
            {
                if (!seen.Add(parent))
                {
                    parentOf[url] = null;
                    break;
                }
            }
        }

        var children = parentOf.Where(p => p.Value is not null).GroupBy(p => p.Value!, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var changed = 0;
        var ids = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var category in categories.OrderBy(c => Depth(c.Url, parentOf)))
        {
            var parent = parentOf[category.Url];
            var (depth, path) = Place(category.Url, parentOf, byUrl);
            var isLeaf = !children.ContainsKey(category.Url);
            long? parentId = parent is null ? null : byUrl[parent].Id;
            if (category.ParentId != parentId || category.Depth != depth || category.Path != path || category.IsLeaf != isLeaf)
            {
                await context.Store.UpsertCategoryAsync(
                    context.Retailer.Id,
                    new CategoryUpsert(category.Name, category.Url, parentId, depth, path, isLeaf, category.ParentHint),
                    cancellationToken).ConfigureAwait(false);
                changed++;
            }

            ids[category.Url] = category.Id;
        }

        return changed;
    }

    private static string? ParentUrl(CategoryRecord category, Dictionary<string, CategoryRecord> byUrl, IReadOnlyDictionary<string, string> aliases)
    {
        // A hint may name the parent by a URL its page's canonical link replaced.
        var hint = category.ParentHint is { } named ? aliases.GetValueOrDefault(named) ?? named : null;
        if (hint is not null && !string.Equals(hint, category.Url, StringComparison.Ordinal) && byUrl.ContainsKey(hint))
        {
            return hint;
        }

        // The nearest category whose path contains this one's: /shop/tea/green under /shop/tea.
        if (!Uri.TryCreate(category.Url, UriKind.Absolute, out var url))
        {
            return null;
        }

        var segments = url.AbsolutePath.Trim('/').Split('/', StringSplitOptions.RemoveEmptyEntries);
        for (var n = segments.Length - 1; n >= 1; n--)
        {
            var prefix = "/" + string.Join('/', segments.Take(n));
            foreach (var candidate in new[] { prefix, prefix + "/" })
            {
                var key = new UriBuilder(url) { Path = candidate, Query = string.Empty }.Uri.AbsoluteUri;
                if (byUrl.ContainsKey(key) && !string.Equals(key, category.Url, StringComparison.Ordinal))
                {
                    return key;
                }
            }
        }

        return null;
    }

    private static int Depth(string url, Dictionary<string, string?> parentOf)
    {
        var depth = 0;
        for (var parent = parentOf[url]; parent is not null; parent = parentOf[parent])
        {
            depth++;
        }

        return depth;
    }

    private static (int Depth, string Path) Place(string url, Dictionary<string, string?> parentOf, Dictionary<string, CategoryRecord> byUrl)
    {
        var names = new List<string>();
        for (string? current = url; current is not null; current = parentOf[current])
        {
            names.Add(byUrl[current].Name);
        }

        names.Reverse();
        return (names.Count - 1, string.Join(" > ", names));
    }
}
