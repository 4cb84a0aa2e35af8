using ShelfScout.Agents.Products;
using ShelfScout.Domain.Catalog;

namespace ShelfScout.Agents.Crawling;

/// <summary>
/// Decisions revisited as evidence grows. Once the crawl has read every page it found, the pages that took their
/// template group's role (or, while the group had none, the role of the link that led to them) are checked against what
/// the group says now, from all of the crawl's pages; those taken for the other kind are queued again and read anew, and
/// what was stored from them goes: a product record that was never a product is removed (a product listed before this
/// crawl is delisted instead, as any page that is no longer a product page), a category record that was never a
/// category is removed. Reading them again queues the links they lead to as their new role asks (a listing's cards and
/// pager, a product's reviews). A round can settle other groups in turn, so a second round follows; no more.
/// </summary>
internal static class RoleRevisit
{
    /// <summary>Rounds of revisiting at most (each reads only the pages whose group changed its mind).</summary>
    public const int MaxRounds = 2;

    /// <summary>Revisits the crawl's group decisions, reading again with <paramref name="crawler"/>; returns how many pages were decided again.</summary>
    public static async Task<int> RunAsync(AgentContext context, CrawlSession session, CatalogCrawler crawler, CancellationToken cancellationToken)
    {
        var total = 0;
        for (var round = 0; round < MaxRounds; round++)
        {
            var tally = await context.Store.GetRoleTallyAsync(session.Crawl.Id, cancellationToken).ConfigureAwait(false);
            // The frontier's evidence is the whole crawl's (in a cluster, every silo's pages), so the groups are counted from it.
            session.Roles.Recount(tally);
            var entries = new List<long>();
            foreach (var (template, reason, basis, taken, _) in session.Roles.Redecisions(tally))
            {
                foreach (var decision in await context.Store.GetGroupDecisionsAsync(session.Crawl.Id, template, reason, basis, taken, cancellationToken).ConfigureAwait(false))
                {
                    // What the page stored goes first: a stop before the page is queued again finds it here next time.
                    if (decision.ResultId is { } result && !decision.Shared)
                    {
                        await RetractAsync(context, session, decision.PageKind, result, cancellationToken).ConfigureAwait(false);
                    }

                    entries.Add(decision.EntryId);
                }
            }

            var queued = await context.Store.RedecideAsync(session.Crawl.Id, entries, CrawlSeeds.RedecidePriority, cancellationToken).ConfigureAwait(false);
            if (queued == 0)
            {
                break;
            }

            total += queued;
            await crawler.RunAsync(includeProducts: true, cancellationToken).ConfigureAwait(false);
        }

        return total;
    }

    private static async Task RetractAsync(AgentContext context, CrawlSession session, PageKind kind, long resultId, CancellationToken cancellationToken)
    {
        if (kind != PageKind.Product)
        {
            await context.Store.RemoveCategoryAsync(resultId, cancellationToken).ConfigureAwait(false);
        }
        else if (session.IsKnown(resultId))
        {
            if (await ProductDelisting.DelistAsync(context, resultId, cancellationToken).ConfigureAwait(false))
            {
                session.CountDelisted();
            }
        }
        else
        {
            await context.Store.RemoveProductAsync(resultId, cancellationToken).ConfigureAwait(false);
        }
    }
}
