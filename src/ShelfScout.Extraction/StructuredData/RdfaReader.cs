using AngleSharp.Dom;

namespace ShelfScout.Extraction.StructuredData;

/// <summary>
/// Reads RDFa Lite (<c>vocab</c>, <c>typeof</c>, <c>property</c>, <c>resource</c>, <c>prefix</c>). Properties
/// outside any <c>typeof</c> belong to an untyped item for the page itself, whose id is the page URL.
/// </summary>
public static class RdfaReader
{
    /// <summary>The top-level RDFa items: typed subjects not nested as a property value, then the page item if it has properties.</summary>
    public static IReadOnlyList<StructuredItem> Read(IDocument document, Uri pageUrl)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (document.DocumentElement is not { } root)
        {
            return [];
        }

        var urls = new PageUrls(document, pageUrl);
        var page = new RdfaSubject([], urls.Base.AbsoluteUri);
        var tops = new List<RdfaSubject>();
        Walk(root, new RdfaContext(null, RdfaPrefixes.Defaults, page), tops, urls);

        var items = tops.Select(t => t.Build()).ToList();
        if (!page.IsEmpty)
        {
            items.Add(page.Build());
        }

        return items;
    }

    private static void Walk(IElement element, RdfaContext context, List<RdfaSubject> tops, PageUrls urls)
    {
        var vocab = element.GetAttribute("vocab") is { } v ? (v.Trim().Length == 0 ? null : v.Trim()) : context.Vocab;
        var prefixes = element.GetAttribute("prefix") is { } p ? RdfaPrefixes.Parse(p, context.Prefixes) : context.Prefixes;
        var names = new RdfaNames(vocab, prefixes);

        var property = element.GetAttribute("property");
        var typeOf = element.GetAttribute("typeof");
        var subject = context.Subject;

        if (typeOf is not null)
        {
            var id = element.GetAttribute("resource") ?? element.GetAttribute("about");
            var created = new RdfaSubject(names.Types(typeOf), id is null ? null : urls.Absolute(id));
            if (property is not null)
            {
                foreach (var name in names.Properties(property))
                {
                    subject.Add(name, created);
                }
            }
            else
            {
                tops.Add(created);
            }

            subject = created;
        }
        else if (property is not null)
        {
            var value = LiteralOrResource(element, urls);
            foreach (var name in names.Properties(property))
            {
                subject.Add(name, value);
            }
        }

        var inner = new RdfaContext(vocab, prefixes, subject);
        foreach (var child in element.Children)
        {
            Walk(child, inner, tops, urls);
        }
    }

    private static string LiteralOrResource(IElement element, PageUrls urls)
    {
        if (element.GetAttribute("content") is { } content)
        {
            return content.Trim();
        }

        var resource = element.GetAttribute("resource") ?? element.GetAttribute("href") ?? element.GetAttribute("src");
        if (resource is not null)
        {
            return urls.Absolute(resource);
        }

        return element.GetAttribute("datetime") is { } datetime ? datetime.Trim() : ElementText.Of(element);
    }
}
