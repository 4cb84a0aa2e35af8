using System.Text;
using AngleSharp.Dom;

namespace ShelfScout.Extraction.Products;

/// <summary>Visible-text helpers: what a shopper would read, with element boundaries kept as spaces.</summary>
internal static class DomText
{
    private static readonly HashSet<string> Invisible = new(StringComparer.OrdinalIgnoreCase) { "SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "SVG", "IFRAME", "HEAD", "SELECT", "OPTION" };

    /// <summary>
    /// Class names that hide an element in the frameworks stores build on: utility classes, and a closed dialog
    /// (Bootstrap's and Foundation's <c>modal</c>, hidden until a script opens it: "sold out" and "added to cart" notices
    /// wait there).
    /// </summary>
    private static readonly string[] HiddenClasses = ["hidden", "d-none", "hide", "is-hidden", "invisible", "display-none", "u-hidden", "modal"];

    /// <summary>Text of the element with a space between elements, whitespace collapsed, invisible parts skipped.</summary>
    public static string Spaced(INode node, int maxLength = int.MaxValue)
    {
        var builder = new StringBuilder();
        Append(node, builder, maxLength);
        return Collapse(builder.ToString());
    }

    /// <summary>
    /// Text for price parsing: pieces are joined with a space ("$200" "2 bids") except where one piece continues the
    /// number of the other ("119" ",01" is 119,01).
    /// </summary>
    public static string PriceText(IElement element, bool skipStruck = false)
    {
        var builder = new StringBuilder();
        IText? previous = null;
        foreach (var text in element.Descendants<IText>())
        {
            if (text.Parent is IElement parent && (IsSelfHidden(parent) || (skipStruck && parent != element && parent.Closest("del, s, strike") is { } struck && element.Contains(struck))))
            {
                continue;
            }

            var piece = text.Data.Trim();
            if (piece.Length == 0)
            {
                continue;
            }

            if (builder.Length > 0)
            {
                var last = builder[^1];
                var continues = (char.IsAsciiDigit(last) && piece.Length > 1 && piece[0] is '.' or ',' && char.IsAsciiDigit(piece[1]))
                                || (last is '.' or ',' && char.IsAsciiDigit(piece[0]));
                if (!continues && char.IsAsciiDigit(last) && (IsCentsPiece(piece, text.Parent as IElement) || IsGluedCents(previous, text, piece, builder)))
                {
                    // "39<sup>99</sup>", <span class="price-cents">99</span>: the cents in their own element, no separator drawn.
                    builder.Append('.');
                }
                else if (!continues)
                {
                    builder.Append(' ');
                }
            }

            builder.Append(piece);
            previous = text;
        }

        return Collapse(builder.ToString());
    }

    /// <summary>
    /// "$229&lt;span&gt;99&lt;/span&gt;": two digits in an element of their own written right after the whole units, with no
    /// space or separator between, and nothing after them but the currency. Large retailers' and many themes' price
    /// components set the cents apart this way and draw them small and raised by a class of their own name; printed
    /// flat they would read "$22999", which no shop shows.
    /// </summary>
    private static bool IsGluedCents(IText? previous, IText text, string piece, StringBuilder builder)
    {
        // The whole units are a text right before the cents' element, in the same parent, touching it.
        if (previous is null || piece.Length != 2 || !char.IsAsciiDigit(piece[0]) || !char.IsAsciiDigit(piece[1])
            || text.Parent is not IElement { ChildElementCount: 0 } own || own.PreviousSibling != previous
            || text.Data.Length == 0 || !char.IsAsciiDigit(text.Data[0]) || previous.Data.Length == 0 || !char.IsAsciiDigit(previous.Data[^1]))
        {
            return false;
        }

        // The whole units carry no decimals of their own ("12.50" then "99" is two figures).
        var digits = 0;
        for (var i = builder.Length - 1; i >= 0 && char.IsAsciiDigit(builder[i]); i--)
        {
            digits++;
        }

        var at = builder.Length - digits - 1;
        if (at >= 0 && builder[at] is '.' or ',' && digits <= 2)
        {
            return false;
        }

        // Nothing but the currency after them: the cents end the figure.
        for (var next = own.NextSibling; next is not null; next = next.NextSibling)
        {
            if (next.TextContent.Any(char.IsAsciiDigit))
            {
                return false;
            }
        }

        return true;
    }

    private static readonly string[] CentsHints = ["cent", "decimal", "fraction", "minor", "pennies", "kopeck"];

    /// <summary>Two digits set apart as a price's minor unit: raised (<c>sup</c>) or named so by their class.</summary>
    private static bool IsCentsPiece(string piece, IElement? holder) =>
        piece.Length == 2 && char.IsAsciiDigit(piece[0]) && char.IsAsciiDigit(piece[1]) && holder is not null
        && (holder.LocalName == "sup" || (holder.GetAttribute("class") is { } cls && CentsHints.Any(h => cls.Contains(h, StringComparison.OrdinalIgnoreCase))));

    public static string Collapse(string text)
    {
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var ch in text)
        {
            if (char.IsWhiteSpace(ch) || ch == '\u200b')
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(ch);
        }

        return builder.ToString();
    }

    /// <summary>True when the element or an ancestor is hidden by markup alone (attribute, inline style, common utility class).</summary>
    public static bool IsHidden(IElement element)
    {
        for (var current = element; current is not null; current = current.ParentElement)
        {
            if (IsSelfHidden(current))
            {
                return true;
            }
        }

        return false;
    }

    public static bool IsSelfHidden(IElement element)
    {
        if (Invisible.Contains(element.LocalName) || element.HasAttribute("hidden"))
        {
            return true;
        }

        var style = element.GetAttribute("style");
        if (style is not null && StyleHides(style))
        {
            return true;
        }

        // The class attribute as a string: ClassList would build a token list object for every element of the page.
        var classes = element.GetAttribute("class");
        if (string.IsNullOrEmpty(classes))
        {
            return false;
        }

        foreach (var token in classes.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (HiddenClasses.Any(h => token.Equals(h, StringComparison.OrdinalIgnoreCase)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when the node's text is longer than <paramref name="max"/>, a run of whitespace counting as one character
    /// (as a browser draws it: a template's indentation inside <c>&lt;p&gt;£49.00&lt;/p&gt;</c> is no text); stops counting
    /// as soon as it is.
    /// </summary>
    public static bool TextLongerThan(INode node, int max)
    {
        var remaining = max;
        return Exceeds(node, ref remaining);
    }

    private static bool Exceeds(INode node, ref int remaining)
    {
        if (node is IText text)
        {
            remaining -= CollapsedLength(text.Data);
            return remaining < 0;
        }

        foreach (var child in node.ChildNodes)
        {
            if (Exceeds(child, ref remaining))
            {
                return true;
            }
        }

        return false;
    }

    private static int CollapsedLength(string data)
    {
        var length = 0;
        var space = false;
        foreach (var ch in data)
        {
            var white = char.IsWhiteSpace(ch);
            if (!white || !space)
            {
                length++;
            }

            space = white;
        }

        return length;
    }

    /// <summary>True for an inline style declaring <c>display: none</c> or <c>visibility: hidden</c> (not <c>backface-visibility</c>).</summary>
    public static bool StyleHides(string style)
    {
        foreach (var declaration in style.Split(';'))
        {
            var colon = declaration.IndexOf(':', StringComparison.Ordinal);
            if (colon < 0)
            {
                continue;
            }

            var name = declaration[..colon].Trim();
            var value = declaration[(colon + 1)..].Replace("!important", string.Empty, StringComparison.OrdinalIgnoreCase).Trim();
            if ((name.Equals("display", StringComparison.OrdinalIgnoreCase) && value.Equals("none", StringComparison.OrdinalIgnoreCase))
                || (name.Equals("visibility", StringComparison.OrdinalIgnoreCase) && value.Equals("hidden", StringComparison.OrdinalIgnoreCase)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The class, id, itemprop and test-hook name of an element, lower-cased, for cheap "does it say price" tests. Pages
    /// whose classes are hashed by their build (CSS modules, styled components: <c>b_3bZBOZx4nL</c>) name their parts
    /// only in the attributes their test tools find them by.
    /// </summary>
    public static string Hints(IElement element)
    {
        var cls = element.GetAttribute("class");
        var id = element.Id;
        var prop = element.GetAttribute("itemprop");
        string? test = null;
        foreach (var attribute in element.Attributes)
        {
            if (attribute.Name.StartsWith("data-", StringComparison.Ordinal) && TestHooks.Contains(attribute.Name) && attribute.Value.Length is > 0 and <= 80)
            {
                test = test is null ? attribute.Value : test + " " + attribute.Value;
            }
        }

        return string.Concat(cls, " ", id, " ", prop, " ", test).ToLowerInvariant();
    }

    /// <summary>
    /// Attributes that test tools find elements by, whatever the stylesheet calls them: Testing Library's
    /// <c>data-testid</c>, Cypress's <c>data-cy</c>, and QA conventions (<c>data-qa</c>, <c>data-test</c>,
    /// <c>data-automation</c>, <c>data-auto</c>, <c>data-at</c>); each is used by several unrelated sites of the corpus.
    /// </summary>
    private static readonly HashSet<string> TestHooks = new(StringComparer.Ordinal)
    {
        "data-testid", "data-test", "data-qa", "data-cy", "data-auto", "data-automation", "data-at",
    };

    private static void Append(INode node, StringBuilder builder, int maxLength)
    {
        if (builder.Length >= maxLength)
        {
            return;
        }

        if (node is IText text)
        {
            builder.Append(text.Data).Append(' ');
            return;
        }

        if (node is IElement element && IsSelfHidden(element))
        {
            return;
        }

        foreach (var child in node.ChildNodes)
        {
            Append(child, builder, maxLength);
        }
    }
}
