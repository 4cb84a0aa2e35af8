using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;

namespace ShelfScout.Web.Html;

/// <summary>
/// Server-built HTML where every value goes through <see cref="HtmlEncoder"/>: <see cref="Text"/> and the attribute
/// helpers encode, and only <see cref="Raw"/> (fixed markup written in this project) does not. Product names, URLs
/// and everything else from a crawled page are hostile input.
/// </summary>
internal sealed class HtmlBuilder
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Default;
    private readonly StringBuilder _html = new(8 * 1024);

    /// <summary>Markup written by this project, never data.</summary>
    public HtmlBuilder Raw(string markup)
    {
        _html.Append(markup);
        return this;
    }

    public HtmlBuilder Text(string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            _html.Append(Encoder.Encode(value));
        }

        return this;
    }

    public HtmlBuilder Text(long value) => Raw(value.ToString(CultureInfo.InvariantCulture));

    /// <summary><c>&lt;tag attr="value"...&gt;text&lt;/tag&gt;</c> with the text and attribute values encoded.</summary>
    public HtmlBuilder Element(string tag, string? text, params (string Name, string? Value)[] attributes)
    {
        Open(tag, attributes);
        Text(text);
        return Raw("</").Raw(tag).Raw(">");
    }

    public HtmlBuilder Open(string tag, params (string Name, string? Value)[] attributes)
    {
        _html.Append('<').Append(tag);
        foreach (var (name, value) in attributes)
        {
            if (value is null)
            {
                continue;
            }

            _html.Append(' ').Append(name).Append("=\"").Append(Encoder.Encode(value)).Append('"');
        }

        _html.Append('>');
        return this;
    }

    public HtmlBuilder Close(string tag) => Raw("</").Raw(tag).Raw(">");

    /// <summary>A link; <paramref name="href"/> is a path of this dashboard or an http(s) URL (anything else becomes <c>#</c>).</summary>
    public HtmlBuilder Link(string href, string? text, string? cssClass = null) =>
        Element("a", text, ("href", SafeHref(href)), ("class", cssClass));

    /// <summary>A scraped URL is only ever a link when it is http(s): a <c>javascript:</c> URL must not become one.</summary>
    public static string SafeHref(string href) =>
        href.StartsWith('/') && !href.StartsWith("//", StringComparison.Ordinal)
        || href.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
        || href.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            ? href
            : "#";

    public override string ToString() => _html.ToString();
}
