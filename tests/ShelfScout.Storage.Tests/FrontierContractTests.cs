using ShelfScout.Domain.Catalog;
using ShelfScout.Storage.Frontier;

namespace ShelfScout.Storage.Tests;

/// <summary>
/// What every <see cref="ICrawlFrontier"/> must do, whatever database is under it: claims with a lease, idempotent
/// completion, leases given back, retry and deferral. Each store implementation runs these through a subclass.
/// </summary>
public abstract class FrontierContractTests
{
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 9, 30, 0, TimeSpan.Zero);

    /// <summary>A fresh frontier and the id of a retailer in its database.</summary>
    protected abstract Task<(ICrawlFrontier Store, long RetailerId, IAsyncDisposable Cleanup)> CreateAsync();

    private static FrontierSeed Seed(string path, FrontierReason reason = FrontierReason.Menu, int priority = 1, string? context = null, bool deferred = false) =>
        new("http://127.0.0.1/" + path, "http://127.0.0.1/" + path, reason, priority, context, null, 1, deferred);

    private static FrontierClaim Claim(string owner, int max = 10, bool products = true) => new(owner, 1, max, TimeSpan.FromMinutes(5), products ? null : 5);

    [Fact]
    public async Task Enqueue_SameKeyTwice_KeepsOneEntry()
    {
        var (store, retailer, cleanup) = await CreateAsync();
        await using var _ = cleanup;
        var crawl = await store.StartCrawlAsync(retailer, Now, None);

        await store.EnqueueAsync(crawl.Id, [Seed("a"), Seed("a"), Seed("b")], Now, None);
        await store.EnqueueAsync(crawl.Id, [Seed("a")], Now, None);

        Assert.Equal(2, (await store.CountFrontierAsync(crawl.Id, None)).Queued);
    }

    [Fact]
    public async Task Claim_TakesLowestPriorityFirst_AndNeverGivesOneEntryToTwoOwners()
    {
        var (store, retailer, cleanup) = await CreateAsync();
        await using var _ = cleanup;
        var crawl = await store.StartCrawlAsync(retailer, Now, None);
        await store.EnqueueAsync(crawl.Id, [Seed("late", priority: 6), Seed("first", priority: 0), Seed("mid", priority: 2)], Now, None);

        var a = await store.ClaimAsync(crawl.Id, Claim("a", max: 2), Now, None);
        var b = await store.ClaimAsync(crawl.Id, Claim("b", max: 2), Now, None);

        Assert.Equal(["http://127.0.0.1/first", "http://127.0.0.1/mid"], a.Select(e => e.Url).ToList());
        Assert.Equal(["http://127.0.0.1/late"], b.Select(e => e.Url).ToList());
        Assert.Empty(await store.ClaimAsync(crawl.Id, Claim("c"), Now, None));
    }

    [Fact]
    public async Task Claim_UpToAPriority_LeavesLaterEntriesQueued()
    {
        var (store, retailer, cleanup) = await CreateAsync();
        await using var _ = cleanup;
        var crawl = await store.StartCrawlAsync(retailer, Now, None);
        await store.EnqueueAsync(crawl.Id, [Seed("c"), Seed("p", FrontierReason.ProductCard, 6), Seed("s", FrontierReason.ProductSitemap, 8)], Now, None);

        var claimed = await store.ClaimAsync(crawl.Id, Claim("a", products: false), Now, None);

        Assert.Equal(["http://127.0.0.1/c"], claimed.Select(e => e.Url).ToList());
        Assert.Equal(2, (await store.CountFrontierAsync(crawl.Id, None)).Queued);
    }

    [Fact]
    public async Task Postponed_IsQueuedAgainAtItsNewPriority_AfterTheEntriesBeforeIt()
    {
        var (store, retailer, cleanup) = await CreateAsync();
        await using var _ = cleanup;
        var crawl = await store.StartCrawlAsync(retailer, Now, None);
        await store.EnqueueAsync(crawl.Id, [Seed("wait", FrontierReason.ProductCard, 6), Seed("other", FrontierReason.ProductCard, 6)], Now, None);
        var first = (await store.ClaimAsync(crawl.Id, Claim("a", max: 1), Now, None)).Single();

        await store.CompleteAsync(first.Id, FrontierCompletion.Postponed("waits for its group", 10), Now, None);

        Assert.Equal(2, (await store.CountFrontierAsync(crawl.Id, None)).Queued);
        var next = (await store.ClaimAsync(crawl.Id, Claim("a", max: 1), Now, None)).Single();
        var again = (await store.ClaimAsync(crawl.Id, Claim("a", max: 1), Now, None)).Single();
        Assert.NotEqual(first.Id, next.Id);
        Assert.Equal((first.Id, 2), (again.Id, again.Attempts));
    }

    [Fact]
    public async Task Complete_Twice_IsHarmless_AndDoneIsNeverClaimedAgain()
    {
        var (store, retailer, cleanup) = await CreateAsync();
        await using var _ = cleanup;
        var crawl = await store.StartCrawlAsync(retailer, Now, None);
        await store.EnqueueAsync(crawl.Id, [Seed("a")], Now, None);
        var entry = (await store.ClaimAsync(crawl.Id, Claim("a"), Now, None)).Single();

        await store.CompleteAsync(entry.Id, FrontierCompletion.Done(PageKind.Listing, "grid"), Now, None);
        await store.CompleteAsync(entry.Id, FrontierCompletion.Failed("late duplicate"), Now, None);

        var counts = await store.CountFrontierAsync(crawl.Id, None);
        Assert.Equal((1, 0), (counts.Done, counts.Failed));
        Assert.Empty(await store.ClaimAsync(crawl.Id, Claim("b"), Now.AddHours(1), None));
    }

    [Fact]
    public async Task ExpiredLease_IsClaimedByAnotherOwner_AndReleaseGivesEntriesBack()
    {
        var (store, retailer, cleanup) = await CreateAsync();
        await using var _ = cleanup;
        var crawl = await store.StartCrawlAsync(retailer, Now, None);
        await store.EnqueueAsync(crawl.Id, [Seed("a"), Seed("b")], Now, None);
        await store.ClaimAsync(crawl.Id, Claim("dead"), Now, None);

        Assert.Empty(await store.ClaimAsync(crawl.Id, Claim("live"), Now.AddMinutes(1), None));
        Assert.Equal(2, (await store.ClaimAsync(crawl.Id, Claim("live"), Now.AddMinutes(6), None)).Count);
        Assert.Equal(2, await store.ReleaseAsync(crawl.Id, "live", None));
        Assert.Equal(2, (await store.CountFrontierAsync(crawl.Id, None)).Queued);
    }

    /// <summary>Expired leases and queued entries are one queue by priority (PostgreSQL reads them in two scans).</summary>
    [Fact]
    public async Task Claim_TakesExpiredLeasesAndQueuedEntriesTogether_LowestPriorityFirst()
    {
        var (store, retailer, cleanup) = await CreateAsync();
        await using var _ = cleanup;
        var crawl = await store.StartCrawlAsync(retailer, Now, None);
        await store.EnqueueAsync(crawl.Id, [Seed("dead-2", priority: 2), Seed("dead-7", priority: 7)], Now, None);
        Assert.Equal(2, (await store.ClaimAsync(crawl.Id, Claim("dead"), Now, None)).Count);
        await store.EnqueueAsync(crawl.Id, [Seed("queued-0", priority: 0), Seed("queued-5", priority: 5), Seed("queued-9", priority: 9)], Now, None);

        var claimed = await store.ClaimAsync(crawl.Id, Claim("live", max: 4), Now.AddMinutes(6), None);

        Assert.Equal(
            ["http://127.0.0.1/dead-2", "http://127.0.0.1/dead-7", "http://127.0.0.1/queued-0", "http://127.0.0.1/queued-5"],
            claimed.Select(e => e.Url).Order(StringComparer.Ordinal).ToList());
        Assert.Equal(["http://127.0.0.1/queued-9"], (await store.ClaimAsync(crawl.Id, Claim("live"), Now.AddMinutes(6), None)).Select(e => e.Url).ToList());
    }

    [Fact]
    public async Task Failed_IsRequeuedWithinTheRetryBudgetOnly()
    {
        var (store, retailer, cleanup) = await CreateAsync();
        await using var _ = cleanup;
        var crawl = await store.StartCrawlAsync(retailer, Now, None);
        await store.EnqueueAsync(crawl.Id, [Seed("a")], Now, None);
        var entry = (await store.ClaimAsync(crawl.Id, Claim("a"), Now, None)).Single();
        await store.CompleteAsync(entry.Id, FrontierCompletion.Failed("HTTP 503"), Now, None);

        Assert.Equal(1, await store.RequeueFailedAsync(crawl.Id, maxAttempts: 2, None));
        var again = (await store.ClaimAsync(crawl.Id, Claim("a"), Now, None)).Single();
        Assert.Equal(2, again.Attempts);
        await store.CompleteAsync(again.Id, FrontierCompletion.Failed("HTTP 503"), Now, None);
        Assert.Equal(0, await store.RequeueFailedAsync(crawl.Id, maxAttempts: 2, None));
        Assert.Equal(("http://127.0.0.1/a", "HTTP 503"), (await store.GetFailedAsync(crawl.Id, None)).Single());
    }

    [Fact]
    public async Task Deferred_IsQueuedWhenSeededWithinLimits_OrRequeuedForARunWithoutLimits()
    {
        var (store, retailer, cleanup) = await CreateAsync();
        await using var _ = cleanup;
        var crawl = await store.StartCrawlAsync(retailer, Now, None);
        await store.EnqueueAsync(crawl.Id, [Seed("a", deferred: true), Seed("b", deferred: true)], Now, None);
        Assert.Equal(2, (await store.CountFrontierAsync(crawl.Id, None)).Deferred);

        await store.EnqueueAsync(crawl.Id, [Seed("a", FrontierReason.ProductCard, 6, context: "http://127.0.0.1/c")], Now, None);
        var claimed = (await store.ClaimAsync(crawl.Id, Claim("x"), Now, None)).Single();
        Assert.Equal(("http://127.0.0.1/a", "http://127.0.0.1/c"), (claimed.Url, claimed.ContextKey));

        Assert.Equal(1, await store.RequeueDeferredAsync(crawl.Id, None));
        Assert.Equal(1, (await store.CountFrontierAsync(crawl.Id, None)).Queued);
    }

    [Fact]
    public async Task StartCrawl_DropsTheOlderFrontier_AndLatestCrawlKeepsItsStatus()
    {
        var (store, retailer, cleanup) = await CreateAsync();
        await using var _ = cleanup;
        var first = await store.StartCrawlAsync(retailer, Now, None);
        await store.EnqueueAsync(first.Id, [Seed("a")], Now, None);
        await store.FinishCrawlAsync(first.Id, CrawlStatus.Complete, Now, None);
        Assert.Equal(CrawlStatus.Complete, (await store.GetLatestCrawlAsync(retailer, None))!.Status);

        var second = await store.StartCrawlAsync(retailer, Now, None);

        Assert.Equal(0, (await store.CountFrontierAsync(first.Id, None)).Total);
        Assert.Equal((second.Id, CrawlStatus.Running), ((await store.GetLatestCrawlAsync(retailer, None))!.Id, (await store.GetLatestCrawlAsync(retailer, None))!.Status));
    }

    [Fact]
    public async Task RenewLeases_KeepsTheOwnersEntries_FromAnotherClaimer()
    {
        var (store, retailer, cleanup) = await CreateAsync();
        await using var _ = cleanup;
        var crawl = await store.StartCrawlAsync(retailer, Now, None);
        await store.EnqueueAsync(crawl.Id, [Seed("slow")], Now, None);
        await store.ClaimAsync(crawl.Id, Claim("a"), Now, None);

        Assert.Equal(1, await store.RenewLeasesAsync(crawl.Id, "a", TimeSpan.FromMinutes(5), Now.AddMinutes(4), None));
        Assert.Equal(0, await store.RenewLeasesAsync(crawl.Id, "b", TimeSpan.FromMinutes(5), Now.AddMinutes(4), None));

        Assert.Empty(await store.ClaimAsync(crawl.Id, Claim("b"), Now.AddMinutes(6), None));
        Assert.Single(await store.ClaimAsync(crawl.Id, Claim("b"), Now.AddMinutes(10), None));
        Assert.Equal(0, await store.RenewLeasesAsync(crawl.Id, "a", TimeSpan.FromMinutes(5), Now.AddMinutes(10), None));
    }

    [Fact]
    public async Task Complete_ByAnOwnerWhoseEntryWasTakenOver_WritesNothing_TheNewOwnerCompletes()
    {
        var (store, retailer, cleanup) = await CreateAsync();
        await using var _ = cleanup;
        var crawl = await store.StartCrawlAsync(retailer, Now, None);
        await store.EnqueueAsync(crawl.Id, [Seed("a")], Now, None);
        var stale = (await store.ClaimAsync(crawl.Id, Claim("old"), Now, None)).Single();
        var taken = (await store.ClaimAsync(crawl.Id, Claim("new"), Now.AddMinutes(6), None)).Single();

        await store.CompleteAsync(stale.Id, FrontierCompletion.Failed("timeout") with { Owner = "old", Seeds = [Seed("from-stale")] }, Now.AddMinutes(7), None);

        var counts = await store.CountFrontierAsync(crawl.Id, None);
        Assert.Equal((1, 0, 0, 0), (counts.InProgress, counts.Failed, counts.Queued, counts.Done));

        await store.CompleteAsync(taken.Id, FrontierCompletion.Done(PageKind.Listing, "grid") with { Owner = "new", Seeds = [Seed("b")] }, Now.AddMinutes(8), None);
        counts = await store.CountFrontierAsync(crawl.Id, None);
        Assert.Equal((0, 1, 1), (counts.InProgress, counts.Done, counts.Queued));
    }

    [Fact]
    public async Task StartCrawl_KeepsACrawlWhoseEntriesAnotherRunHoldsUnderLiveLeases()
    {
        var (store, retailer, cleanup) = await CreateAsync();
        await using var _ = cleanup;
        var first = await store.StartCrawlAsync(retailer, Now, None);
        await store.EnqueueAsync(first.Id, [Seed("a"), Seed("b")], Now, None);
        var held = (await store.ClaimAsync(first.Id, Claim("other", max: 1), Now, None)).Single();

        var second = await store.StartCrawlAsync(retailer, Now.AddMinutes(1), None);

        Assert.NotEqual(first.Id, second.Id);
        Assert.Equal((1, 1), ((await store.CountFrontierAsync(first.Id, None)).InProgress, (await store.CountFrontierAsync(first.Id, None)).Queued));
        await store.CompleteAsync(held.Id, FrontierCompletion.Done(PageKind.Listing, "grid") with { Owner = "other" }, Now.AddMinutes(2), None);
        Assert.Equal(1, (await store.CountFrontierAsync(first.Id, None)).Done);

        await store.StartCrawlAsync(retailer, Now.AddMinutes(3), None);
        Assert.Equal(0, (await store.CountFrontierAsync(first.Id, None)).Total);
    }

    [Fact]
    public async Task RetailerLock_RefusesASecondOwner_UntilReleasedOrLapsed_AndItsHolderRenewsIt()
    {
        var (store, retailer, cleanup) = await CreateAsync();
        await using var _ = cleanup;
        var lease = TimeSpan.FromMinutes(2);

        Assert.True(await store.TryLockRetailerAsync(retailer, "run-1", lease, Now, None));
        Assert.False(await store.TryLockRetailerAsync(retailer, "run-2", lease, Now.AddMinutes(1), None));
        Assert.True(await store.TryLockRetailerAsync(retailer, "run-1", lease, Now.AddMinutes(1), None));
        Assert.False(await store.TryLockRetailerAsync(retailer, "run-2", lease, Now.AddMinutes(2.5), None));

        await store.UnlockRetailerAsync(retailer, "run-2", None);
        Assert.False(await store.TryLockRetailerAsync(retailer, "run-2", lease, Now.AddMinutes(2.5), None));
        await store.UnlockRetailerAsync(retailer, "run-1", None);
        Assert.True(await store.TryLockRetailerAsync(retailer, "run-2", lease, Now.AddMinutes(2.5), None));

        // A holder that died stops renewing: its lock lapses and the next run takes it.
        Assert.True(await store.TryLockRetailerAsync(retailer, "run-3", lease, Now.AddMinutes(5), None));
    }

    [Fact]
    public async Task RoleEvidence_IsTalliedByGroup_AndGroupDecisionsAreQueuedAgainWithWhatTheyWereTakenForCleared()
    {
        var (store, retailer, cleanup) = await CreateAsync();
        await using var _ = cleanup;
        var crawl = await store.StartCrawlAsync(retailer, Now, None);
        await store.EnqueueAsync(crawl.Id, [.. new[] { "c/a", "c/b", "c/c", "c/d", "c/f" }.Select(p => Seed(p, FrontierReason.ProductCard, 6)), Seed("c/e", FrontierReason.Menu, 1)], Now, None);
        var claimed = (await store.ClaimAsync(crawl.Id, Claim("a"), Now, None)).ToDictionary(e => e.Url[^3..]);
        FrontierCompletion Done(PageKind kind, RoleBasis role, long? result) => FrontierCompletion.Done(kind, "read", result) with { Template = "/c#2", Role = role };
        await store.CompleteAsync(claimed["c/e"].Id, Done(PageKind.Listing, RoleBasis.ListingVote, 7), Now, None);
        await store.CompleteAsync(claimed["c/a"].Id, Done(PageKind.Listing, RoleBasis.Group, 1), Now, None);
        await store.CompleteAsync(claimed["c/b"].Id, Done(PageKind.Listing, RoleBasis.Group, 2), Now, None);
        await store.CompleteAsync(claimed["c/c"].Id, Done(PageKind.Listing, RoleBasis.ListingVote, 2), Now, None);
        await store.CompleteAsync(claimed["c/f"].Id, Done(PageKind.Product, RoleBasis.Group, null), Now, None);
        await store.CompleteAsync(claimed["c/d"].Id, FrontierCompletion.Postponed("waits", 10), Now, None);

        var tally = await store.GetRoleTallyAsync(crawl.Id, None);
        var decisions = await store.GetGroupDecisionsAsync(crawl.Id, "/c#2", FrontierReason.ProductCard, RoleBasis.Group, PageKind.Listing, None);
        var queued = await store.RedecideAsync(crawl.Id, [.. decisions.Select(d => d.EntryId), claimed["c/e"].Id + 1000], 10, None);

        Assert.Equal(
            ["Menu ListingVote Listing 1", "ProductCard Group Listing 2", "ProductCard Group Product 1", "ProductCard ListingVote Listing 1"],
            tally.Select(t => $"{t.Reason} {t.Basis} {t.PageKind} {t.Pages}").Order(StringComparer.Ordinal));
        Assert.All(tally, t => Assert.Equal("/c#2", t.Template));
        Assert.Equal(["c/a 1 False", "c/b 2 True"], decisions.Select(d => $"{d.Url[^3..]} {d.ResultId} {d.Shared}"));
        Assert.Equal(2, queued);
        Assert.DoesNotContain(await store.GetRoleTallyAsync(crawl.Id, None), t => t is { Basis: RoleBasis.Group, PageKind: PageKind.Listing });
        var again = await store.ClaimAsync(crawl.Id, Claim("b"), Now, None);
        Assert.Equal(["c/a", "c/b", "c/d"], again.Select(e => e.Url[^3..]).Order(StringComparer.Ordinal));
        await store.CompleteAsync(again.Single(e => e.Url.EndsWith("c/a", StringComparison.Ordinal)).Id, Done(PageKind.Listing, RoleBasis.Group, 9) with { Evidence = "4 cards, a pager" }, Now, None);
        var explained = (await store.ExplainAsync(retailer, "http://127.0.0.1/c/a", None)).Single();
        Assert.Equal(("Listing", 9L, RoleBasis.Group, "4 cards, a pager"), (explained.PageKind, explained.ResultId!.Value, explained.Role!.Value, explained.Evidence));
    }

    [Fact]
    public async Task ConcurrentClaimers_NeverShareAnEntry_AndTogetherTakeThemAll()
    {
        var (store, retailer, cleanup) = await CreateAsync();
        await using var _ = cleanup;
        var crawl = await store.StartCrawlAsync(retailer, Now, None);
        await store.EnqueueAsync(crawl.Id, [.. Enumerable.Range(0, 200).Select(i => Seed("p" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)))], Now, None);

        var claimers = Enumerable.Range(0, 8).Select(async worker =>
        {
            var taken = new List<long>();
            while (await store.ClaimAsync(crawl.Id, Claim("w" + worker.ToString(System.Globalization.CultureInfo.InvariantCulture), max: 7), Now, None) is { Count: > 0 } batch)
            {
                taken.AddRange(batch.Select(e => e.Id));
            }

            return taken;
        });
        var all = (await Task.WhenAll(claimers)).SelectMany(ids => ids).ToList();

        Assert.Equal(200, all.Count);
        Assert.Equal(200, all.Distinct().Count());
        Assert.Equal(200, (await store.CountFrontierAsync(crawl.Id, None)).InProgress);
    }
}
