using AngleSharp.Dom;

namespace ShelfScout.Agents.Pages;

/// <summary>A fetched and parsed page; <paramref name="Url"/> is where it was finally served from (after redirects).</summary>
public sealed record LoadedPage(Uri RequestedUrl, Uri Url, IDocument Document);
