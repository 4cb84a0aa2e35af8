using ShelfScout.Extraction.Html;
using ShelfScout.Fetching;

namespace ShelfScout.Agents.Pages;

/// <summary>
/// The one fetch step of every stage (the crawl, the price re-check, the reviews): fetches a page, says what the answer
/// comes to (<see cref="PageAnswer"/>), and parses an HTML answer under the process's page-work limit. The stages
/// agree on what is HTML, what is gone and how many pages are parsed at once because they share this step.
/// </summary>
internal sealed class PageFetch
{
    private PageFetch(FetchResult result, PageAnswer answer)
    {
        Result = result;
        Answer = answer;
    }

    public FetchResult Result { get; }

    public PageAnswer Answer { get; }

    /// <summary>One line saying what the answer was, for run errors and frontier notes.</summary>
    public string Why => Answer == PageAnswer.NotHtml ? $"not an HTML page ({Result.ContentType})" : Result.Describe();

    public static async Task<PageFetch> FetchAsync(IPageFetcher fetcher, Uri url, PageValidators? validators, CancellationToken cancellationToken)
    {
        var result = validators is null
            ? await fetcher.FetchAsync(url, cancellationToken).ConfigureAwait(false)
            : await fetcher.FetchAsync(url, validators, cancellationToken).ConfigureAwait(false);
        return new PageFetch(result, AnswerOf(result));
    }

    /// <summary>
    /// Parses the page and runs <paramref name="read"/> on it, at most one page per core at a time in the process: fetches
    /// overlap freely, but parsing and reading a page is CPU work, and every fetch worker parsing at once would only hold
    /// as many documents in memory for no gain.
    /// </summary>
    public async Task<T> ReadAsync<T>(Func<LoadedPage, Task<T>> read, CancellationToken cancellationToken)
    {
        if (Answer != PageAnswer.Html)
        {
            throw new InvalidOperationException($"Only an HTML answer is read, not {Answer}.");
        }

        await PageWork.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var document = await HtmlDocumentLoader.ParseAsync(Result.Body, Result.ContentType, Result.FinalUrl, cancellationToken).ConfigureAwait(false);
            return await read(new LoadedPage(Result.RequestedUrl, Result.FinalUrl, document)).ConfigureAwait(false);
        }
        finally
        {
            PageWork.Release();
        }
    }

    private static readonly SemaphoreSlim PageWork = new(Math.Max(2, Environment.ProcessorCount), Math.Max(2, Environment.ProcessorCount));

    private static PageAnswer AnswerOf(FetchResult result) => result switch
    {
        { IsNotModified: true } => PageAnswer.NotModified,
        { IsSuccess: true, ContentType: { } type } when !type.Contains("html", StringComparison.OrdinalIgnoreCase) => PageAnswer.NotHtml,
        { IsSuccess: true } => PageAnswer.Html,
        { StatusCode: 404 or 410 } => PageAnswer.Gone,
        { Outcome: FetchOutcome.DisallowedByRobots } => PageAnswer.Disallowed,
        _ => PageAnswer.Failed,
    };
}
