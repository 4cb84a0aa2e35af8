using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;

namespace ShelfScout.Extraction.Discovery;

/// <summary>Parses sitemap XML (urlset and sitemapindex; a plain-text list of URLs too).</summary>
/// <remarks>
/// Namespaces are ignored (only local names count), so sitemaps without the sitemaps.org namespace, with a wrong one,
/// or with image/video/hreflang extensions read the same. Malformed XML falls back to a tolerant tag scan. RSS and Atom
/// feeds, which search engines also accept as sitemaps, give their item links. Only absolute http(s) URLs are kept.
/// </remarks>
public static partial class SitemapReader
{
    /// <summary>Child sitemaps and page URLs, in document order without duplicates; relative locations resolve against <paramref name="sitemapUrl"/>.</summary>
    public static SitemapDocument Parse(string content, Uri sitemapUrl)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(sitemapUrl);

        var text = content.TrimStart('\uFEFF', '\u200B', ' ', '\t', '\r', '\n', '\0');
        var sitemaps = new UrlCollector(sitemapUrl);
        var urls = new UrlCollector(sitemapUrl);
        var markup = text.IndexOf('<', StringComparison.Ordinal);
        var lastModified = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        if (markup >= 0 && LooksLikeXml(text, markup))
        {
            if (!TryParseXml(text[markup..], sitemapUrl, sitemaps, urls, lastModified))
            {
                ScanTags(text, sitemaps, urls);
            }
        }
        else
        {
            ParsePlainText(text, sitemaps, urls);
        }

        return new SitemapDocument(sitemaps.Urls, urls.Urls) { LastModified = lastModified };
    }

    private static bool LooksLikeXml(string text, int markup) =>
        markup == 0 || text[..markup].All(char.IsWhiteSpace) || XmlRootPattern().IsMatch(text);

    private static bool TryParseXml(string xml, Uri sitemapUrl, UrlCollector sitemaps, UrlCollector urls, Dictionary<string, DateTimeOffset> lastModified)
    {
        XDocument document;
        try
        {
            var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null, CheckCharacters = false };
            using var reader = XmlReader.Create(new StringReader(xml), settings);
            document = XDocument.Load(reader);
        }
        catch (XmlException)
        {
            return false;
        }

        foreach (var element in document.Descendants())
        {
            switch (element.Name.LocalName)
            {
                case "sitemap":
                    sitemaps.Add(ChildValue(element, "loc"));
                    break;
                case "url":
                    var loc = ChildValue(element, "loc");
                    urls.Add(loc);
                    if (loc is not null && ChildValue(element, "lastmod") is { } stated
                        && DateTimeOffset.TryParse(stated.Trim(), System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var when)
                        && Uri.TryCreate(sitemapUrl, loc.Trim(), out var absolute))
                    {
                        lastModified[absolute.AbsoluteUri] = when;
                    }

                    break;
                case "item":
                    urls.Add(ChildValue(element, "link"));
                    break;
                case "entry":
                    urls.Add(element.Elements().FirstOrDefault(e => e.Name.LocalName == "link")?.Attribute("href")?.Value);
                    break;
            }
        }

        return true;
    }

    private static string? ChildValue(XElement parent, string localName) =>
        parent.Elements().FirstOrDefault(e => e.Name.LocalName == localName)?.Value;

    /// <summary>For broken XML: reads each loc inside a sitemap or url block, ignoring prefixed image:loc and the like.</summary>
    private static void ScanTags(string text, UrlCollector sitemaps, UrlCollector urls)
    {
        foreach (Match block in BlockPattern().Matches(text))
        {
            var loc = LocPattern().Match(block.Groups["body"].Value);
            if (!loc.Success)
            {
                continue;
            }

            var value = System.Net.WebUtility.HtmlDecode(loc.Groups["loc"].Value.Replace("<![CDATA[", string.Empty, StringComparison.Ordinal).Replace("]]>", string.Empty, StringComparison.Ordinal));
            var target = string.Equals(block.Groups["tag"].Value, "sitemap", StringComparison.OrdinalIgnoreCase) ? sitemaps : urls;
            target.Add(value);
        }
    }

    private static void ParsePlainText(string text, UrlCollector sitemaps, UrlCollector urls)
    {
        foreach (var rawLine in text.Split('\n'))
        {
            var line = rawLine.Trim();
            if (line.StartsWith("sitemap:", StringComparison.OrdinalIgnoreCase))
            {
                sitemaps.Add(line[8..].Trim());
            }
            else if (line.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || line.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
            {
                urls.Add(line.Split((char[])[' ', '\t'], 2)[0]);
            }
        }
    }

    [GeneratedRegex(@"<\s*(?:[\w-]+:)?(?:urlset|sitemapindex|rss|feed)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex XmlRootPattern();

    [GeneratedRegex(@"<\s*(?:[\w-]+:)?(?<tag>sitemap|url)\s*>(?<body>.*?)<\s*/\s*(?:[\w-]+:)?\k<tag>\s*>", RegexOptions.IgnoreCase | RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex BlockPattern();

    [GeneratedRegex(@"<\s*(?:(?!image:|video:|news:|xhtml:)[\w-]+:)?loc\s*>\s*(?<loc>.*?)\s*<\s*/\s*(?:[\w-]+:)?loc\s*>", RegexOptions.IgnoreCase | RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex LocPattern();
}
