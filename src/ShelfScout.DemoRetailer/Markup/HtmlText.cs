using System.Text;

namespace ShelfScout.DemoRetailer.Markup;

/// <summary>HTML-escaping appends for text content and attribute values.</summary>
internal static class HtmlText
{
    public static StringBuilder AppendEscaped(this StringBuilder sb, string text)
    {
        foreach (var c in text)
        {
            _ = c switch
            {
                '&' => sb.Append("&amp;"),
                '<' => sb.Append("&lt;"),
                '>' => sb.Append("&gt;"),
                '"' => sb.Append("&quot;"),
                '\'' => sb.Append("&#39;"),
                _ => sb.Append(c),
            };
        }

        return sb;
    }

    /// <summary>Appends <c> name="value"</c> with the value escaped.</summary>
    public static StringBuilder AppendAttr(this StringBuilder sb, string name, string value) =>
        sb.Append(' ').Append(name).Append("=\"").AppendEscaped(value).Append('"');

    /// <summary>Appends <c>&lt;a href="..."&gt;text&lt;/a&gt;</c>.</summary>
    public static StringBuilder AppendLink(this StringBuilder sb, string href, string text, string attributes = "") =>
        sb.Append("<a").AppendAttr("href", href).Append(attributes).Append('>').AppendEscaped(text).Append("</a>");
}
