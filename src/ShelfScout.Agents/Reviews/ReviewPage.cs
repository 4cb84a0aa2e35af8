using ShelfScout.Storage.Frontier;

namespace ShelfScout.Agents.Reviews;

/// <summary>What one page of a product's reviews came to (<see cref="ReviewReading.ReadPageAsync"/>).</summary>
/// <param name="Outcome">Read, delisted (the product's own page is gone), ended (no more reviews there) or failed.</param>
/// <param name="Added">New reviews stored from it.</param>
/// <param name="Next">The entry of the product's next page of reviews, if it has one within the limits.</param>
/// <param name="Why">What the answer was, when it was not read.</param>
internal sealed record ReviewPage(ReviewPageOutcome Outcome, int Added, FrontierSeed? Next, string? Why);

/// <summary>How a page of reviews ended.</summary>
internal enum ReviewPageOutcome
{
    Read,
    Delisted,
    Ended,
    Failed,
}
