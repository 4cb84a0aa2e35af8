using AngleSharp.Dom;

namespace ShelfScout.Extraction.StructuredData;

/// <summary>Reads HTML microdata (<c>itemscope</c>/<c>itemprop</c>, with <c>itemref</c>) following the WHATWG algorithm.</summary>
public static class MicrodataReader
{
    /// <summary>The top-level microdata items (an <c>itemscope</c> that is not itself a property), in document order.</summary>
    public static IReadOnlyList<StructuredItem> Read(IDocument document, Uri pageUrl)
    {
        ArgumentNullException.ThrowIfNull(document);
        var urls = new PageUrls(document, pageUrl);
        return document.QuerySelectorAll("[itemscope]")
            .Where(e => !e.HasAttribute("itemprop") || !HasScopeAncestor(e))
            .Select(e => ReadItem(e, document, urls, new HashSet<IElement>()))
            .ToList();
    }

    private static bool HasScopeAncestor(IElement element)
    {
        for (var p = element.ParentElement; p is not null; p = p.ParentElement)
        {
            if (p.HasAttribute("itemscope"))
            {
                return true;
            }
        }

        return false;
    }

    private static StructuredItem ReadItem(IElement scope, IDocument document, PageUrls urls, HashSet<IElement> path)
    {
        path.Add(scope);
        var bag = new PropertyBag();
        foreach (var element in PropertyElements(scope, document))
        {
            var names = element.GetAttribute("itemprop")!.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            StructuredValue value;
            if (element.HasAttribute("itemscope"))
            {
                // A scope that contains itself through itemref would loop forever; keep its id only.
                value = path.Contains(element)
                    ? StructuredValue.OfText(element.GetAttribute("itemid") ?? string.Empty)
                    : StructuredValue.OfItem(ReadItem(element, document, urls, path));
            }
            else
            {
                value = StructuredValue.OfText(MicrodataValue.Of(element, urls));
            }

            foreach (var name in names)
            {
                bag.Add(VocabularyNames.Short(name), value);
            }
        }

        path.Remove(scope);
        var id = scope.GetAttribute("itemid");
        return new StructuredItem(
            StructuredSyntax.Microdata,
            VocabularyNames.ShortList(scope.GetAttribute("itemtype")),
            bag.ToDictionary(),
            string.IsNullOrWhiteSpace(id) ? null : urls.Absolute(id));
    }

    // The properties of a scope: its descendants and itemref'd elements with itemprop, not crossing nested scopes.
    private static List<IElement> PropertyElements(IElement scope, IDocument document)
    {
        var pending = new Stack<IElement>();
        var refs = (scope.GetAttribute("itemref") ?? string.Empty)
            .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Select(document.GetElementById)
            .Where(e => e is not null)
            .Select(e => e!)
            .ToList();

        // An itemref to a separate, non-property itemscope lends its properties too (as extruct reads it).
        var lent = refs.Where(e => e.HasAttribute("itemscope") && !e.HasAttribute("itemprop")).SelectMany(e => e.Children);
        foreach (var e in scope.Children.Concat(refs).Concat(lent).Reverse())
        {
            pending.Push(e);
        }

        var results = new List<IElement>();
        var seen = new HashSet<IElement>();
        while (pending.Count > 0)
        {
            var current = pending.Pop();
            if (current == scope || !seen.Add(current))
            {
                continue;
            }

            if (!current.HasAttribute("itemscope"))
            {
                foreach (var child in current.Children.Reverse())
                {
                    pending.Push(child);
                }
            }

            if (!string.IsNullOrWhiteSpace(current.GetAttribute("itemprop")))
            {
                results.Add(current);
            }
        }

        return results.OrderBy(e => e, DocumentOrder.Instance).ToList();
    }
}
