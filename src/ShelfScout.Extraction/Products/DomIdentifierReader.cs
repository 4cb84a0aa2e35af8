using AngleSharp.Dom;

namespace ShelfScout.Extraction.Products;

/// <summary>
/// Reads SKU, GTIN and MPN from labelled values near the title ("SKU: 123", "Art.-Nr. 4711", a table row
/// "EAN | 4006381333931") and from data attributes the buy box carries (<c>data-sku</c>).
/// </summary>
internal static class DomIdentifierReader
{
    private const int MaxLabelTextLength = 160;
    private const int WindowBefore = 3000;
    private const int WindowAfter = 20000;

    /// <summary>Share of a labelled value's weight kept when a GTIN label's value fails the check digit and counts as a SKU.</summary>
    private const double UncheckedCodeAsSkuWeight = 0.6;

    public static void Read(IDocument document, Uri pageUrl, MainProductRegion region, ProductEvidence evidence)
    {
        if (document.Body is null)
        {
            return;
        }

        var seen = new HashSet<IElement>();
        foreach (var element in region.Window(WindowBefore, WindowAfter))
        {
            var distance = region.DistanceFromTitle(element);

            ReadDataAttributes(element, evidence);
            DomBrandReader.Read(element, region, evidence);
            if (!region.IsHidden(element))
            {
                CollectTokens(element, evidence.VisibleTokens);
            }

            if (region.IsHidden(element) || region.InChrome(element))
            {
                continue;
            }

            var first = FirstLabelText(element);
            var later = LaterLabelLines(element);
            var named = first is null ? NamedCode(element) : null;
            if (first is null && later is null && named is null)
            {
                continue;
            }

            // A related item's card or a shopper's review names other products' codes ("Model: X200 owner here").
            if (ProductTiles.IsInTile(element, pageUrl) || ShopperWriting.Holds(element, region.ContainsTitle))
            {
                continue;
            }

            // What the shop labels for the shopper ("Product code: 83050303") is the identifier people quote; it
            // outweighs a markup SKU that may be an internal key.
            var weight = region.Title is null ? 1.2 : Math.Max(0.8, 2.4 - (Math.Abs(distance) / 8000.0));
            if (named is { } code)
            {
                ProductEvidence.Add(code.Field(evidence), code.Value, Sources.Dom, weight * NamedCodeWeight);
            }

            if (first is not null && seen.Add(element))
            {
                AddLabelled(LabelScope(element), weight, evidence);
            }

            foreach (var line in later ?? [])
            {
                AddLabelled(line, weight, evidence);
            }
        }
    }

    /// <summary>Share of a labelled value's weight for a code whose element is named for its field but shows no label.</summary>
    private const double NamedCodeWeight = 0.8;

    /// <summary>Class and id words that name an element holding one identifier, by field.</summary>
    private static readonly (string Word, IdentifierField Field)[] FieldNames =
        [("sku", IdentifierField.Sku), ("mpn", IdentifierField.Mpn), ("ean", IdentifierField.Gtin), ("gtin", IdentifierField.Gtin), ("upc", IdentifierField.Gtin), ("barcode", IdentifierField.Gtin), ("isbn", IdentifierField.Gtin)];

    private static readonly System.Buffers.SearchValues<string> FieldWords =
        System.Buffers.SearchValues.Create(FieldNames.Select(f => f.Word).ToArray(), StringComparison.OrdinalIgnoreCase);

    private static bool MayNameField(string? names) => names is { Length: >= 3 } && names.AsSpan().IndexOfAny(FieldWords) >= 0;

    private enum IdentifierField
    {
        Sku,
        Mpn,
        Gtin,
    }

    private readonly record struct NamedValue(IdentifierField Kind, string Value)
    {
        public List<Candidate<string>> Field(ProductEvidence evidence) => Kind switch
        {
            IdentifierField.Gtin => evidence.Gtin,
            IdentifierField.Mpn => evidence.Mpn,
            _ => evidence.Sku,
        };
    }

    /// <summary>
    /// A small element named for an identifier (<c>class="product-sku"</c>, <c>variant__sku</c>, <c>sku-number</c>,
    /// <c>product-ean</c>) whose shown text is one code and no label: storefront themes (Shopify, WooCommerce,
    /// Shopware, PrestaShop) print the variant's code so, its label drawn by the stylesheet or left out. The name must
    /// be a word of the class or id, the text one identifier-shaped token (a price, date or measure is none), the
    /// element no choice to click, and a GTIN's check digit must hold.
    /// </summary>
    private static NamedValue? NamedCode(IElement element)
    {
        // Every element of the window comes here: the attribute tests allocate nothing until a field word is in one.
        var classes = element.GetAttribute("class");
        var id = element.Id;
        if (!MayNameField(classes) && !MayNameField(id))
        {
            return null;
        }

        if (element.ChildElementCount > 2)
        {
            return null;
        }

        var names = classes + " " + id;

        if (element.Closest("a, button, label, option, select") is not null)
        {
            // A choice to click (a size swatch named for the variant's SKU) shows the choice, not the code.
            return null;
        }

        IdentifierField? field = null;
        foreach (var word in names.Split([' ', '-', '_'], StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (var (name, kind) in FieldNames)
            {
                if (word.Equals(name, StringComparison.OrdinalIgnoreCase))
                {
                    field ??= kind;
                }
            }
        }

        var text = field is null ? string.Empty : WithoutFormatMarks(DomText.Spaced(element, 42).Trim());
        if (text.Length is < 2 or > 40 || !IsCodeShaped(text) || !IdentifierLabels.LooksLikeIdentifier(text) || IdentifierValue.Read(text, text, text.Length).Kind != IdentifierValue.Kind.Code)
        {
            return null;
        }

        if (field == IdentifierField.Gtin)
        {
            return IdentifierLabels.ToGtin(text) is { } gtin ? new NamedValue(IdentifierField.Gtin, gtin) : null;
        }

        return new NamedValue(field!.Value, text);
    }

    /// <summary>Share of a labelled value's weight for a SKU without digits ("woo-beanie"): a word-like value is weaker evidence.</summary>
    private const double JoinedWordCodeWeight = 0.7;

    /// <summary>
    /// Words joined by hyphens or underscores into one code, no digit ("woo-beanie", "BLK_KETTLE"): the slug-like SKUs
    /// shops without numbered articles use. Every part has two letters or more, so "N/A" or "-" is none.
    /// </summary>
    internal static bool IsJoinedWordCode(string value)
    {
        if (value.Length is < 5 or > 40 || value.IndexOfAny(['-', '_']) < 0)
        {
            return false;
        }

        var parts = value.Split(['-', '_']);
        return parts.Length >= 2 && parts.All(p => p.Length >= 2 && p.All(char.IsAsciiLetter));
    }

    /// <summary>A colon or number sign stands between the label and the value ("SKU: x", "Item # x"), not only a space.</summary>
    private static bool SeparatorBetween(string text, System.Text.RegularExpressions.Group label, System.Text.RegularExpressions.Group value) =>
        text.AsSpan(label.Index + label.Length, value.Index - label.Index - label.Length).IndexOfAny([':', '#', '：']) >= 0
        || label.Value.EndsWith('#');

    /// <summary>Letters and digits, with dots, hyphens, slashes or underscores inside: the characters a labelled value may have.</summary>
    private static bool IsCodeShaped(string text) =>
        char.IsAsciiLetterOrDigit(text[0]) && char.IsAsciiLetterOrDigit(text[^1]) && text.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '/' or '_');

    /// <summary>
    /// The text a label that starts the element's own text labels: the element itself, its parent
    /// (<c>&lt;li&gt;&lt;b&gt;SKU:&lt;/b&gt; 42&lt;/li&gt;</c>), or the label with the next element (dt/dd, th/td, div/div).
    /// </summary>
    private static string LabelScope(IElement element)
    {
        var text = DomText.Spaced(element, MaxLabelTextLength + 1);
        if (text.Length <= 40)
        {
            var parentText = element.ParentElement is { } parent ? DomText.Spaced(parent, MaxLabelTextLength + 1) : string.Empty;
            if (parentText.Length is > 0 and <= MaxLabelTextLength && parentText.Length > text.Length + 1)
            {
                text = parentText;
            }
            else if (element.NextElementSibling is { } next)
            {
                text += " " + DomText.Spaced(next, MaxLabelTextLength);
            }
            else if (element.ParentElement?.NextElementSibling is { } cell)
            {
                text += " " + DomText.Spaced(cell, MaxLabelTextLength);
            }
        }

        return text.Length > MaxLabelTextLength * 2 ? string.Empty : text;
    }

    /// <summary>Every labelled value of the text, each to the field its label names, unless the value is a price, date, phone number or quantity.</summary>
    private static void AddLabelled(string text, double weight, ProductEvidence evidence)
    {
        if (text.Length == 0)
        {
            return;
        }

        text = WithoutFormatMarks(text);

        foreach (var match in IdentifierLabels.LabelledValue().Matches(text).Cast<System.Text.RegularExpressions.Match>())
        {
            var group = match.Groups["value"];
            var (kind, value) = IdentifierValue.Read(text, group.Value, group.Index + group.Length);
            if (kind == IdentifierValue.Kind.NotAnIdentifier)
            {
                if (match.Groups["sku"].Success && IsJoinedWordCode(group.Value) && SeparatorBetween(text, match.Groups["sku"], group))
                {
                    // "SKU: woo-beanie": shops that key products by a slug print a code without digits.
                    ProductEvidence.Add(evidence.Sku, group.Value, Sources.Dom, weight * JoinedWordCodeWeight);
                }

                continue;
            }

            if (match.Groups["gtin"].Success)
            {
                if (IdentifierLabels.ToGtin(value) is { } gtin)
                {
                    ProductEvidence.Add(evidence.Gtin, gtin, Sources.Dom, weight);
                }
                else
                {
                    // "UPC: a897fe39b1053632": no GTIN (its check digit fails), but still the code the shop files
                    // the product under, so a weaker SKU candidate.
                    ProductEvidence.Add(evidence.Sku, value, Sources.Dom, weight * UncheckedCodeAsSkuWeight);
                }
            }
            else if (kind == IdentifierValue.Kind.GroupedGtin)
            {
                // Digits in groups that make a GTIN with a right check digit, whatever the label: a barcode's number.
                ProductEvidence.Add(evidence.Gtin, value, Sources.Dom, weight * UncheckedCodeAsSkuWeight);
            }
            else if (match.Groups["mpn"].Success)
            {
                ProductEvidence.Add(evidence.Mpn, value, Sources.Dom, weight);
            }
            else
            {
                ProductEvidence.Add(evidence.Sku, value, Sources.Dom, weight);
                if (value.Length >= 12 && IdentifierLabels.IsValidGtin(value))
                {
                    // A shop whose article number is the barcode: the SKU as labelled, and a GTIN by its check digit.
                    ProductEvidence.Add(evidence.Gtin, value, Sources.Dom, weight * UncheckedCodeAsSkuWeight);
                }
            }
        }
    }

    /// <summary>Spaces, punctuation and the invisible direction and zero-width marks that set a value apart from its label.</summary>
    private static readonly char[] TokenSeparators = [' ', '\u00a0', '\t', '\n', '\r', ':', ',', ';', '(', ')', '#', '\u200b', '\u200e', '\u200f', '\u2060', '\ufeff'];

    /// <summary>
    /// The text without the Unicode format characters shops use: direction marks (U+200E, U+200F), zero-width spaces
    /// and joiners, soft hyphens. Large marketplaces write their detail rows "ASIN &amp;rlm; : &amp;lrm; B07…" so the colon sits right in
    /// either script direction, and right-to-left shops put the marks around Latin codes; a reader sees none of them.
    /// </summary>
    internal static string WithoutFormatMarks(string text)
    {
        var first = text.AsSpan().IndexOfAny(FormatMarks);
        if (first < 0)
        {
            return text;
        }

        var builder = new System.Text.StringBuilder(text.Length);
        builder.Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            if (!FormatMarks.Contains(text[i]))
            {
                builder.Append(text[i]);
            }
        }

        return builder.ToString();
    }

    /// <summary>The Unicode format characters shops put in text: soft hyphen, zero-width space and joiners, direction marks and embeddings, word joiner, byte-order mark.</summary>
    private static readonly System.Buffers.SearchValues<char> FormatMarks =
        System.Buffers.SearchValues.Create("\u00ad\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2060\u2061\u2062\u2063\u2064\u2066\u2067\u2068\u2069\ufeff");

    private static void CollectTokens(IElement element, HashSet<string> tokens)
    {
        foreach (var child in element.ChildNodes)
        {
            if (child is not IText text || !text.Data.Any(char.IsAsciiDigit))
            {
                continue;
            }

            foreach (var token in text.Data.Split(TokenSeparators, StringSplitOptions.RemoveEmptyEntries))
            {
                if (token.Length is >= 3 and <= 40)
                {
                    tokens.Add(token.TrimEnd('.'));
                }
            }
        }
    }

    /// <summary>Identifiers the buy box carries for scripts: <c>data-sku</c>, <c>data-product-sku</c>, <c>data-gtin</c>, <c>data-ean</c>, <c>data-mpn</c>.</summary>
    private static void ReadDataAttributes(IElement element, ProductEvidence evidence)
    {
        foreach (var attribute in element.Attributes)
        {
            var name = attribute.Name;
            if (!name.StartsWith("data-", StringComparison.Ordinal))
            {
                continue;
            }

            var value = attribute.Value.Trim();
            if (name.EndsWith("sku", StringComparison.OrdinalIgnoreCase))
            {
                if (IdentifierLabels.LooksLikeIdentifier(value))
                {
                    ProductEvidence.Add(evidence.Sku, value, Sources.Attribute, 0.5);
                }
            }
            else if (name.EndsWith("gtin", StringComparison.OrdinalIgnoreCase) || name.EndsWith("ean", StringComparison.OrdinalIgnoreCase)
                     || name.EndsWith("upc", StringComparison.OrdinalIgnoreCase) || name.EndsWith("barcode", StringComparison.OrdinalIgnoreCase))
            {
                ProductEvidence.Add(evidence.Gtin, IdentifierLabels.ToGtin(value), Sources.Attribute, 0.5);
            }
            else if (name.EndsWith("mpn", StringComparison.OrdinalIgnoreCase) && IdentifierLabels.LooksLikeIdentifier(value))
            {
                ProductEvidence.Add(evidence.Mpn, value, Sources.Attribute, 0.5);
            }
        }
    }

    /// <summary>The element's first own text when it starts with a label, else null.</summary>
    private static string? FirstLabelText(IElement element)
    {
        foreach (var child in element.ChildNodes)
        {
            if (child is IText text && !string.IsNullOrWhiteSpace(text.Data))
            {
                var own = text.Data.TrimStart();
                return own.Length <= MaxLabelTextLength && !char.IsAsciiDigit(own[0]) && StartsWithLabel(own) ? own : null;
            }
        }

        return null;
    }

    /// <summary>
    /// "Label: value" lines after the first of the element's own text: a line after a <c>&lt;br&gt;</c>
    /// (<c>Colour: red&lt;br&gt;SKU: 123</c>) or after a line break inside one text, each with what follows it up to the
    /// next break. Null when there is none.
    /// </summary>
    private static List<string>? LaterLabelLines(IElement element)
    {
        List<string>? lines = null;
        var firstText = true;
        var afterBreak = false;
        var nodes = element.ChildNodes;
        for (var i = 0; i < nodes.Length; i++)
        {
            var node = nodes[i];
            if (node is IElement child)
            {
                afterBreak = child.LocalName == "br";
                continue;
            }

            if (node is not IText text || string.IsNullOrWhiteSpace(text.Data))
            {
                continue;
            }

            var lineStart = afterBreak && !firstText;
            if (!lineStart && !text.Data.AsSpan().Trim().Contains('\n'))
            {
                firstText = false;
                continue;
            }

            var pieces = text.Data.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            for (var p = 0; p < pieces.Length; p++)
            {
                var starts = p > 0 || lineStart;
                if (starts && pieces[p].Length <= MaxLabelTextLength && !char.IsAsciiDigit(pieces[p][0]) && StartsWithLabel(pieces[p]))
                {
                    // The line goes on in inline elements up to the next break ("SKU: <b>123</b><br>").
                    var line = p == pieces.Length - 1 ? pieces[p] + RestOfLine(nodes, i + 1) : pieces[p];
                    (lines ??= []).Add(line);
                }
            }

            firstText = false;
            afterBreak = false;
        }

        return lines;
    }

    private static string RestOfLine(INodeList nodes, int from)
    {
        var rest = string.Empty;
        for (var i = from; i < nodes.Length && rest.Length < MaxLabelTextLength; i++)
        {
            if (nodes[i] is IElement { LocalName: "br" or "p" or "div" or "li" or "tr" or "table" or "ul" or "dl" })
            {
                break;
            }

            var piece = nodes[i] is IElement inline ? DomText.Spaced(inline, MaxLabelTextLength) : nodes[i].TextContent;
            if (nodes[i] is IText && piece.Contains('\n', StringComparison.Ordinal))
            {
                rest += " " + piece[..piece.IndexOf('\n', StringComparison.Ordinal)];
                break;
            }

            rest += " " + piece;
        }

        return rest;
    }

    private static bool StartsWithLabel(string text)
    {
        // A label alone ("SKU:", "eBay item number:") is followed by its value elsewhere: stand in a value to test it.
        var head = text.Length > 40 ? text[..40] : text;
        if (head.AsSpan().IndexOfAny(IdentifierLabels.LabelStems) < 0)
        {
            return false;
        }

        text = WithoutFormatMarks(text);
        head = text.Length > 40 ? text[..40] : text;

        var match = IdentifierLabels.LabelledValue().Match(head + " X1");
        return match.Success && (match.Index <= 2 || text.Length <= 40);
    }
}
