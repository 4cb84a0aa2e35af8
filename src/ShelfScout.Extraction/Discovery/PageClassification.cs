using ShelfScout.Domain.Catalog;

namespace ShelfScout.Extraction.Discovery;

/// <summary>What a page is and the evidence that decided it (kept with the crawl, so a wrong call can be traced).</summary>
public sealed record PageClassification(PageKind Kind, string Reason)
{
    /// <summary>The page's own evidence the decision was made from.</summary>
    public PageSignals Signals { get; init; } = PageSignals.None;
}
