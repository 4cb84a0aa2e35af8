using System.Text;

namespace ShelfScout.Fetching;

/// <summary>Turns equivalent URLs into one spelling so a page is never fetched twice in a run.</summary>
public static class UrlCanonicalizer
{
    // Exact names of click-tracking parameters that never change the page served.
    private static readonly HashSet<string> TrackingParameters = new(StringComparer.OrdinalIgnoreCase)
    {
        "gclid", "gclsrc", "dclid", "gbraid", "wbraid", "fbclid", "msclkid", "yclid", "twclid", "ttclid",
        "igshid", "mc_cid", "mc_eid", "_ga", "_gl", "_hsenc", "_hsmi", "mkt_tok", "srsltid", "oly_anon_id",
        "oly_enc_id", "vero_id", "rb_clickid", "s_cid", "ef_id",
    };

    /// <summary>
    /// Lowercases scheme and host, drops the default port, the fragment and tracking parameters (utm_*, gclid, ...),
    /// sorts the remaining query parameters and collapses duplicate slashes in the path. Path case is kept.
    /// </summary>
    public static Uri Canonicalize(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (!url.IsAbsoluteUri)
        {
            throw new ArgumentException("Only absolute URLs can be canonicalized.", nameof(url));
        }

        var builder = new StringBuilder(url.OriginalString.Length);
        builder.Append(url.Scheme.ToLowerInvariant()).Append("://");
        if (!string.IsNullOrEmpty(url.UserInfo))
        {
            builder.Append(url.UserInfo).Append('@');
        }

        builder.Append(url.Host.ToLowerInvariant());
        if (!url.IsDefaultPort && url.Port >= 0)
        {
            builder.Append(':').Append(url.Port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        builder.Append(CollapseSlashes(url.AbsolutePath));
        var query = CanonicalQuery(url.Query);
        if (query.Length > 0)
        {
            builder.Append('?').Append(query);
        }

        return new Uri(builder.ToString(), UriKind.Absolute);
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
