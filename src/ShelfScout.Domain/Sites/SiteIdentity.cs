using System.Globalization;
using System.Text;

namespace ShelfScout.Domain.Sites;

/// <summary>
/// The one owner of URL identity: the canonical page key, the same-site rule and the politeness key, used by
/// fetching, discovery and the agents alike.
/// </summary>
/// <remarks>
/// <para><b>Same site</b> means the same scheme, host and port, with two explicit allowances:</para>
/// <list type="bullet">
/// <item>a leading <c>www.</c> is ignored, so <c>www.shop.example</c> and <c>shop.example</c> are one site (stores
/// serve both and redirect one to the other);</item>
/// <item>http on port 80 and https on port 443 of the same host are one site, because the usual upgrade redirect
/// (<c>http://shop.example/</c> to <c>https://shop.example/</c>) must not count as leaving the store.</item>
/// </list>
/// <para>Any other difference is another site: <c>shop.example:8080</c> is not <c>shop.example</c>, nor is
/// <c>cdn.shop.example</c>. The politeness key is the site key, so <c>www.</c> and the bare host share one slot.</para>
/// </remarks>
public static class SiteIdentity
{
    // Exact names of click-tracking parameters that never change the page served.
    private static readonly HashSet<string> TrackingParameters = new(StringComparer.OrdinalIgnoreCase)
    {
        "gclid", "gclsrc", "dclid", "gbraid", "wbraid", "fbclid", "msclkid", "yclid", "twclid", "ttclid",
        "igshid", "mc_cid", "mc_eid", "_ga", "_gl", "_hsenc", "_hsmi", "mkt_tok", "srsltid", "oly_anon_id",
        "oly_enc_id", "vero_id", "rb_clickid", "s_cid", "ef_id",
    };

    /// <summary>
    /// The site an absolute URL belongs to: the host without a leading <c>www.</c>, lower case, plus scheme and port
    /// unless the port is the scheme's default (which makes http:80 and https:443 one site).
    /// </summary>
    public static string SiteKey(Uri url)
    {
        RequireAbsolute(url);
        var host = BareHost(url);
        return url.IsDefaultPort
            ? host
            : string.Create(CultureInfo.InvariantCulture, $"{url.Scheme.ToLowerInvariant()}://{host}:{url.Port}");
    }

    /// <summary>
    /// A retailer's identity: its start URL's site (<see cref="SiteKey"/>) and path prefix, so two stores on one host
    /// (another port, or another path such as <c>/shop-a/</c> and <c>/shop-b/</c>) are two retailers. A trailing slash and
    /// a file name at the end of the path (<c>/shop/index.html</c>) are not part of the prefix.
    /// </summary>
    public static string RetailerKey(Uri startUrl)
    {
        RequireAbsolute(startUrl);
        var path = Canonicalize(startUrl).AbsolutePath;
        var last = path.LastIndexOf('/');
        if (last >= 0 && path.IndexOf('.', last) > last)
        {
            path = path[..last];
        }

        return SiteKey(startUrl) + path.TrimEnd('/');
    }

    /// <summary>The default name of a retailer: its host, with the port and path prefix when they tell it apart.</summary>
    public static string RetailerName(Uri startUrl)
    {
        var key = RetailerKey(startUrl);
        var scheme = key.IndexOf("://", StringComparison.Ordinal);
        return scheme >= 0 ? key[(scheme + 3)..] : key;
    }

    /// <summary>Whether two absolute URLs belong to the same site (see the type's remarks for the rule).</summary>
    public static bool IsSameSite(Uri url, Uri other) =>
        string.Equals(SiteKey(url), SiteKey(other), StringComparison.Ordinal);

    /// <summary>The key under which requests to one server are rate-limited: the site key.</summary>
    public static string PolitenessKey(Uri url) => SiteKey(url);

    /// <summary>The canonical key of a page: <see cref="Canonicalize"/> as a string.</summary>
    public static string PageKey(Uri url) => Canonicalize(url).AbsoluteUri;

    /// <summary>
    /// Lowercases scheme and host, drops the default port, the fragment and tracking parameters (utm_*, gclid, ...),
    /// sorts the remaining query parameters and collapses duplicate slashes in the path. Path case is kept.
    /// </summary>
    public static Uri Canonicalize(Uri url)
    {
        RequireAbsolute(url);
        var builder = new StringBuilder(url.OriginalString.Length);
        builder.Append(url.Scheme.ToLowerInvariant()).Append("://");
        if (!string.IsNullOrEmpty(url.UserInfo))
        {
            builder.Append(url.UserInfo).Append('@');
        }

        builder.Append(url.Host.ToLowerInvariant());
        if (!url.IsDefaultPort && url.Port >= 0)
        {
            builder.Append(':').Append(url.Port.ToString(CultureInfo.InvariantCulture));
        }

        builder.Append(CollapseSlashes(url.AbsolutePath));
        var query = CanonicalQuery(url.Query);
        if (query.Length > 0)
        {
            builder.Append('?').Append(query);
        }

        return new Uri(builder.ToString(), UriKind.Absolute);
    }

    private static string BareHost(Uri url)
    {
        var host = url.IdnHost.ToLowerInvariant();
        return host.StartsWith("www.", StringComparison.Ordinal) && host.Length > 4 ? host[4..] : host;
    }

    private static void RequireAbsolute(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (!url.IsAbsoluteUri)
        {
            throw new ArgumentException("Only absolute URLs have a site identity.", nameof(url));
        }
    }

    private static string CollapseSlashes(string path)
    {
        if (path.Length == 0)
        {
            return "/";
        }

        var builder = new StringBuilder(path.Length);
        foreach (var c in path)
        {
            if (c == '/' && builder.Length > 0 && builder[^1] == '/')
            {
                continue;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    private static string CanonicalQuery(string query)
    {
        if (query.Length <= 1)
        {
            return string.Empty;
        }

        var kept = query[1..]
            .Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(pair => (Name: pair.Split('=', 2)[0], Pair: pair))
            .Where(p => !IsTracking(Uri.UnescapeDataString(p.Name)))
            // OrderBy is stable, so repeated parameters (a=2&a=1) keep their relative order, which can matter.
            .OrderBy(p => p.Name, StringComparer.Ordinal)
            .Select(p => p.Pair);
        return string.Join('&', kept);
    }

    private static bool IsTracking(string name) =>
        name.StartsWith("utm_", StringComparison.OrdinalIgnoreCase) || TrackingParameters.Contains(name);
}
