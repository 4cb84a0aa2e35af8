using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace ShelfScout.Extraction.StructuredData;

/// <summary>
/// The visible text of an element as a reader would see it: line breaks at &lt;br&gt; and block boundaries, runs of
/// spaces collapsed, script and style contents left out.
/// </summary>
internal static class ElementText
{
    private static readonly Regex Spaces = new(@"[^\S\n]+", RegexOptions.CultureInvariant | RegexOptions.Compiled);
    private static readonly Regex AnyWhitespace = new(@"\s+", RegexOptions.CultureInvariant | RegexOptions.Compiled);
    private static readonly Regex BlankLines = new(@"\s*\n\s*", RegexOptions.CultureInvariant | RegexOptions.Compiled);

    private static readonly HashSet<string> Hidden = new(StringComparer.Ordinal) { "script", "style", "template", "noscript" };

    private static readonly HashSet<string> Blocks = new(StringComparer.Ordinal)
    {
        "address", "article", "aside", "blockquote", "dd", "div", "dl", "dt", "fieldset", "figcaption", "figure",
        "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre",
        "section", "table", "tr", "ul", "td", "th", "caption", "tbody", "thead", "tfoot",
    };

    public static string Of(IElement element)
    {
        var sb = new StringBuilder();
        Append(element, sb);
        return Collapse(sb.ToString());
    }

    public static string Collapse(string text) =>
        BlankLines.Replace(Spaces.Replace(text, " "), "\n").Trim();

    private static void Append(INode node, StringBuilder sb)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText text:
                    // Line breaks in the source are layout, not text: only <br> and blocks break lines.
                    sb.Append(AnyWhitespace.Replace(text.Data, " "));
                    break;
                case IElement e when Hidden.Contains(e.LocalName):
                    break;
                case IElement e when e.LocalName == "br":
                    sb.Append('\n');
                    break;
                case IElement e when Blocks.Contains(e.LocalName):
                    sb.Append('\n');
                    Append(e, sb);
                    sb.Append('\n');
                    break;
                case IElement e:
                    Append(e, sb);
                    break;
            }
        }
    }
}
