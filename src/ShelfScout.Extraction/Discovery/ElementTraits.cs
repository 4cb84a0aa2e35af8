using System.Text;
using AngleSharp.Dom;

namespace ShelfScout.Extraction.Discovery;

/// <summary>Structural and textual traits of elements that discovery heuristics weigh (never class names of one platform).</summary>
internal static class ElementTraits
{
    /// <summary>Text with runs of whitespace collapsed to one space, trimmed.</summary>
    public static string CleanText(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || c == '\u200b')
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary>A link's human name: its text, else aria-label, title or an image's alt.</summary>
    public static string LinkName(IElement anchor)
    {
        var text = CleanText(anchor.TextContent);
        if (text.Length > 0)
        {
            return text;
        }

        var label = anchor.GetAttribute("aria-label") ?? anchor.GetAttribute("title")
            ?? anchor.QuerySelector("img[alt]")?.GetAttribute("alt");
        return CleanText(label);
    }

    /// <summary>The class, id, aria-label and role of an element, lowercased, as one string for word tests.</summary>
    public static string Descriptor(IElement element)
    {
        var parts = string.Join(
            ' ',
            element.GetAttribute("class"),
            element.GetAttribute("id"),
            element.GetAttribute("aria-label"),
            element.GetAttribute("role"),
            element.GetAttribute("data-section-type"));
        return parts.ToLowerInvariant();
    }

    /// <summary>True when the element's class/id/aria-label mentions any of the words (weak evidence only).</summary>
    public static bool Mentions(IElement element, params string[] words)
    {
        var descriptor = Descriptor(element);
        return descriptor.Length > 0 && words.Any(w => descriptor.Contains(w, StringComparison.Ordinal));
    }

    /// <summary>The page-level header, footer, navigation or aside the element sits in, if any.</summary>
    public static IElement? PageChrome(IElement element)
    {
        for (var current = element.ParentElement; current is not null; current = current.ParentElement)
        {
            var tag = current.LocalName;
            var role = current.GetAttribute("role");
            if (tag is "nav" or "aside" || role is "navigation" or "banner" or "contentinfo" or "complementary")
            {
                return current;
            }

            if (tag is "header" or "footer" && !HasSectioningAncestor(current))
            {
                return current;
            }
        }

        return null;
    }

    /// <summary>True when the element or an ancestor is a page-level footer (role=contentinfo or a footer outside articles).</summary>
    public static bool IsInFooter(IElement element)
    {
        for (IElement? current = element; current is not null; current = current.ParentElement)
        {
            if (current.GetAttribute("role") == "contentinfo"
                || current.LocalName == "footer" && !HasSectioningAncestor(current)
                || current.LocalName is "div" or "section" && Mentions(current, "footer"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when the element sits in the page-level header (role=banner or a header outside articles).</summary>
    public static bool IsInPageHeader(IElement element)
    {
        for (var current = element.ParentElement; current is not null; current = current.ParentElement)
        {
            if (current.GetAttribute("role") == "banner" || current.LocalName == "header" && !HasSectioningAncestor(current))
            {
                return true;
            }
        }

        return false;
    }

    public static bool IsInside(IElement element, string localName)
    {
        for (var current = element.ParentElement; current is not null; current = current.ParentElement)
        {
            if (current.LocalName == localName)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The tag path from the body down to the element, e.g. "main/div/ul/li".</summary>
    public static string TagPath(IElement element)
    {
        var tags = new List<string>();
        for (IElement? current = element; current is not null && current.LocalName is not "body" and not "html"; current = current.ParentElement)
        {
            tags.Add(current.LocalName);
        }

        tags.Reverse();
        return string.Join('/', tags);
    }

    private static bool HasSectioningAncestor(IElement element)
    {
        for (var current = element.ParentElement; current is not null; current = current.ParentElement)
        {
            if (current.LocalName is "article" or "section" or "main" or "li")
            {
                return true;
            }
        }

        return false;
    }
}
