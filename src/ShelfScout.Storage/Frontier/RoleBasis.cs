namespace ShelfScout.Storage.Frontier;

/// <summary>
/// What decided a page's role, kept with its frontier entry: the evidence of the crawl's per-site role decision, so that a
/// resumed crawl counts the same votes and pages decided by their group are decided again when the group's role changes.
/// </summary>
public enum RoleBasis
{
    /// <summary>The page's own evidence decided, without a vote for its group (a further page of a listing, a plain listing).</summary>
    OwnEvidence,

    /// <summary>The page's own evidence settles it as a product page, and it counts for its group.</summary>
    ProductVote,

    /// <summary>
    /// The page reads as a product page by its layout alone (a main product, no grid, no count; no markup naming its
    /// heading), and counts for its group as one; decided again if its group settles as listings, as a page read after
    /// that would have been (a one-product brand or category page).
    /// </summary>
    ProductVoteByLayout,

    /// <summary>The page's own evidence settles it as a listing, and it counts for its group.</summary>
    ListingVote,

    /// <summary>
    /// The page held evidence both ways and took its group's role, or, while the group had none, the role of the link
    /// that led to it: decided again when the group's role turns out otherwise.
    /// </summary>
    Group,
}
