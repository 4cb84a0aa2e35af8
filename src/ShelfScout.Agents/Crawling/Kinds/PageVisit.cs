using ShelfScout.Agents.Pages;
using ShelfScout.Extraction.Discovery;
using ShelfScout.Fetching;
using ShelfScout.Storage.Frontier;

namespace ShelfScout.Agents.Crawling.Kinds;

/// <summary>
/// One frontier entry's page, read and decided: what the page says about itself (<see cref="Reading"/>) and the role
/// the crawl gave it (<see cref="Classification"/>: the page's own call, or its template group's).
/// </summary>
/// <param name="Entry">The frontier entry: how the page was reached, from where, at what depth.</param>
/// <param name="Page">The parsed page, at the URL it was served from.</param>
/// <param name="Reading">The page's product, grid and own classification.</param>
/// <param name="Classification">The role the page is handled as, and why.</param>
/// <param name="Validators">The server's validators for the page, to make the next read conditional.</param>
internal sealed record PageVisit(FrontierEntry Entry, LoadedPage Page, PageReading Reading, PageClassification Classification, PageValidators? Validators)
{
    /// <summary>The depth of the pages this one leads to.</summary>
    public int Next => Entry.Depth + 1;
}
