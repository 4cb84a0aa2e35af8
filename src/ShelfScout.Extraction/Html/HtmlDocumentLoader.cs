using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace ShelfScout.Extraction.Html;

/// <summary>Parses fetched bytes into an AngleSharp document whose base URL is the page URL, so relative links resolve.</summary>
public static class HtmlDocumentLoader
{
    private static readonly HtmlParser Parser = new(new HtmlParserOptions { IsScripting = false });

    /// <summary>Parses HTML bytes; the charset comes from <paramref name="contentType"/>, then the document's meta, then UTF-8.</summary>
    public static async Task<IDocument> ParseAsync(ReadOnlyMemory<byte> html, string? contentType, Uri pageUrl, CancellationToken cancellationToken)
    {
        var text = Decode(html.Span, contentType);
        var document = await Parser.ParseDocumentAsync(text, cancellationToken).ConfigureAwait(false);
        SetBase(document, pageUrl);
        return document;
    }

    /// <summary>Parses HTML text (a saved page, a test snippet).</summary>
    public static IDocument Parse(string html, Uri pageUrl)
    {
        var document = Parser.ParseDocument(html);
        SetBase(document, pageUrl);
        return document;
    }

    private static void SetBase(IDocument document, Uri pageUrl)
    {
        // A parser-only document has no URL, so Href/Src would not resolve; a <base> the page already has still wins.
        var head = document.Head;
        if (head is not null && document.QuerySelector("base[href]") is null)
        {
            var baseElement = document.CreateElement("base");
            baseElement.SetAttribute("href", pageUrl.AbsoluteUri);
            head.Prepend(baseElement);
        }
    }

    private static string Decode(ReadOnlySpan<byte> bytes, string? contentType)
    {
        var encoding = EncodingFromContentType(contentType) ?? EncodingFromMeta(bytes) ?? Encoding.UTF8;
        var text = encoding.GetString(bytes);
        return encoding.CodePage == Encoding.UTF8.CodePage ? RepairDoubleEncoding(text) : text;
    }

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>
    /// A page whose UTF-8 bytes were once read as Latin-1 and saved again as UTF-8 ("£" saved as "Â£", "₽" as "â‚½"):
    /// what a tool that parsed the page without its charset wrote (a page served with the charset only in its HTTP
    /// header, or declaring it after text that needs it). The whole text then lies within Latin-1, and its Latin-1
    /// bytes are valid UTF-8 with characters beyond ASCII: read that way, it is the page as written. A page really
    /// written in Latin-1 characters almost never forms valid UTF-8 sequences throughout, and one with any character
    /// beyond Latin-1 ("–", "’", "€") is left alone.
    /// </summary>
    internal static string RepairDoubleEncoding(string text)
    {
        var span = text.AsSpan();
        if (span.IndexOfAnyInRange('\u0080', '\u00ff') < 0 || span.IndexOfAnyExceptInRange('\u0000', '\u00ff') >= 0)
        {
            return text;
        }

        try
        {
            return StrictUtf8.GetString(Encoding.Latin1.GetBytes(text));
        }
        catch (DecoderFallbackException)
        {
            return text;
        }
    }

    private static Encoding? EncodingFromContentType(string? contentType)
    {
        if (contentType is null)
        {
            return null;
        }

        var index = contentType.IndexOf("charset=", StringComparison.OrdinalIgnoreCase);
        return index < 0 ? null : TryGetEncoding(contentType[(index + 8)..].Trim().Trim('"', '\'', ';'));
    }

    private static Encoding? EncodingFromMeta(ReadOnlySpan<byte> bytes)
    {
        var head = Encoding.ASCII.GetString(bytes[..Math.Min(bytes.Length, 2048)]);
        var index = head.IndexOf("charset=", StringComparison.OrdinalIgnoreCase);
        if (index < 0)
        {
            return null;
        }

        var rest = head[(index + 8)..].TrimStart('"', '\'');
        var end = rest.IndexOfAny(['"', '\'', ';', ' ', '>', '/']);
        return TryGetEncoding(end < 0 ? rest : rest[..end]);
    }

    private static Encoding? TryGetEncoding(string name)
    {
        try
        {
            return name.Equals("utf-8", StringComparison.OrdinalIgnoreCase) ? Encoding.UTF8 : Encoding.GetEncoding(name);
        }
        catch (ArgumentException)
        {
            return name.StartsWith("iso-8859-1", StringComparison.OrdinalIgnoreCase) || name.StartsWith("windows-125", StringComparison.OrdinalIgnoreCase)
                ? Encoding.Latin1
                : null;
        }
    }
}
