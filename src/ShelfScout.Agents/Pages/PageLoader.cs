using ShelfScout.Domain.Runs;
using ShelfScout.Extraction.Html;
using ShelfScout.Fetching;

namespace ShelfScout.Agents.Pages;

/// <summary>Fetches and parses HTML pages for agents, turning every failure into a recorded run error.</summary>
internal static class PageLoader
{
    public static async Task<LoadedPage?> LoadAsync(AgentContext context, Stage stage, Uri url, CancellationToken cancellationToken)
    {
        var result = await context.Fetcher.FetchAsync(url, cancellationToken).ConfigureAwait(false);
        if (!result.IsSuccess)
        {
            await context.Recorder.RecordErrorAsync(stage, url.AbsoluteUri, result.Describe(), cancellationToken).ConfigureAwait(false);
            return null;
        }

        if (result.ContentType is { } type && !IsHtml(type))
        {
            await context.Recorder.RecordErrorAsync(stage, url.AbsoluteUri, $"not an HTML page ({type})", cancellationToken).ConfigureAwait(false);
            return null;
        }

        var document = await HtmlDocumentLoader.ParseAsync(result.Body, result.ContentType, result.FinalUrl, cancellationToken).ConfigureAwait(false);
        return new LoadedPage(url, result.FinalUrl, document);
    }

    private static bool IsHtml(string contentType) =>
        contentType.Contains("html", StringComparison.OrdinalIgnoreCase) || contentType.Contains("text/plain", StringComparison.OrdinalIgnoreCase);
}
