namespace ShelfScout.Extraction.Discovery;

/// <summary>Collects absolute http(s) URLs in first-seen order without duplicates.</summary>
internal sealed class UrlCollector(Uri baseUrl)
{
    private readonly HashSet<string> _seen = new(StringComparer.Ordinal);
    private readonly List<Uri> _urls = [];

    public IReadOnlyList<Uri> Urls => _urls;

    public bool Add(string? value)
    {
        var url = SiteUrl.Resolve(value?.Trim().Trim('"', '\''), baseUrl);
        return url is not null && Add(url);
    }

    public bool Add(Uri url)
    {
        if (!_seen.Add(url.AbsoluteUri))
        {
            return false;
        }

        _urls.Add(url);
        return true;
    }
}
