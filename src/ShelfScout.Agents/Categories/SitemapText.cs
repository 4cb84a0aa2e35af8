using System.IO.Compression;
using System.Text;

namespace ShelfScout.Agents.Categories;

/// <summary>Turns a fetched sitemap body into text, gunzipping <c>.xml.gz</c> bodies served without Content-Encoding.</summary>
internal static class SitemapText
{
    public static string Decode(ReadOnlyMemory<byte> body)
    {
        var span = body.Span;
        if (span.Length > 2 && span[0] == 0x1f && span[1] == 0x8b)
        {
            using var input = new MemoryStream(body.ToArray());
            using var gzip = new GZipStream(input, CompressionMode.Decompress);
            using var reader = new StreamReader(gzip, Encoding.UTF8);
            return reader.ReadToEnd();
        }

        return Encoding.UTF8.GetString(span);
    }
}
