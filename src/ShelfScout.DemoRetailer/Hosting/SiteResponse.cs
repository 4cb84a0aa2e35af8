using System.Text;

namespace ShelfScout.DemoRetailer.Hosting;

/// <summary>A rendered response, independent of ASP.NET so pages can be rendered and tested without a server.</summary>
internal sealed record SiteResponse(int StatusCode, string ContentType, byte[] Body)
{
    /// <summary>The simulated day this content last changed (Last-Modified); null means the day being served.</summary>
    public int? ModifiedDay { get; init; }

    public const string HtmlType = "text/html; charset=utf-8";

    public static SiteResponse Html(string html, int statusCode = 200) => new(statusCode, HtmlType, Encoding.UTF8.GetBytes(html));

    public static SiteResponse Text(string text, string contentType) => new(200, contentType, Encoding.UTF8.GetBytes(text));
}
