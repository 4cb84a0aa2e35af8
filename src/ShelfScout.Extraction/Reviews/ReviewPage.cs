using ShelfScout.Domain.Catalog;

namespace ShelfScout.Extraction.Reviews;

/// <summary>Reviews read from one page, and the link to the next page of reviews if the page has one.</summary>
public sealed record ReviewPage(IReadOnlyList<ReviewData> Reviews, Uri? NextPage);
