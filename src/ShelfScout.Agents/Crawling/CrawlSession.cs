using ShelfScout.Agents.Running;
using ShelfScout.Domain.Runs;
using ShelfScout.Storage;
using ShelfScout.Storage.Frontier;
using ShelfScout.Storage.Records;

namespace ShelfScout.Agents.Crawling;

/// <summary>
/// One run's part in a retailer's crawl: the crawl it works on (new, or the unfinished one it resumes), the lease owner
/// it claims work as, the run's limits and counters shared by the categories and products stages.
/// </summary>
public sealed class CrawlSession
{
    private int _unchanged;
    private int _newProducts;
    private int _delisted;
    private int _deadLinks;

    private CrawlSession(CrawlRecord crawl, string owner, bool resumed, int recovered, AgentLimits limits, bool refresh, IReadOnlyDictionary<string, ProductRef> known)
    {
        Crawl = crawl;
        Owner = owner;
        Resumed = resumed;
        RecoveredRuns = recovered;
        Limits = new CrawlLimits(limits);
        Refresh = refresh;
        Known = known;
        _knownIds = known.Values.Select(p => p.Id).ToHashSet();
    }

    private readonly HashSet<long> _knownIds;

    /// <summary>URL templates of the retailer's categories (<see cref="UrlTemplate"/>), loaded from the store when first asked.</summary>
    private HashSet<string>? _categoryTemplates;

    /// <summary>True when a category of the retailer (stored before, or by this run) shares the URL's template.</summary>
    internal async Task<bool> IsCategoryTemplateAsync(IShelfStore store, long retailerId, Uri url, CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref _categoryTemplates) is null)
        {
            // Two workers asking at once both load; the first set stored wins (the same set either way).
            var categories = await store.GetCategoriesAsync(retailerId, cancellationToken).ConfigureAwait(false);
            var templates = categories.Select(c => Uri.TryCreate(c.Url, UriKind.Absolute, out var u) ? UrlTemplate.Of(u) : null).OfType<string>().ToHashSet(StringComparer.Ordinal);
            Interlocked.CompareExchange(ref _categoryTemplates, templates, null);
        }

        lock (_categoryTemplates!)
        {
            return _categoryTemplates.Contains(UrlTemplate.Of(url));
        }
    }

    /// <summary>Adds a category stored by this run to the templates, once they are loaded.</summary>
    internal void AddCategoryTemplate(Uri url)
    {
        if (Volatile.Read(ref _categoryTemplates) is { } templates)
        {
            lock (templates)
            {
                templates.Add(UrlTemplate.Of(url));
            }
        }
    }

    /// <summary>Hashes of the URL keys this run has offered the frontier as exploration links (8 bytes each, not the URLs).</summary>
    private readonly HashSet<ulong> _explored = [];
    private int _exploreDropped;

    /// <summary>Distinct links a run offers for exploration at most (a spider-trap guard); what is over it is counted, not queued.</summary>
    public const int ExploreBudget = 1_000_000;

    /// <summary>Exploration links left out by <see cref="ExploreBudget"/>.</summary>
    public int ExploreDropped => Volatile.Read(ref _exploreDropped);

    /// <summary>
    /// True the first time this run offers <paramref name="key"/> for exploration and the budget has room: a product
    /// page's hundred links to the same menu, footer and related items are written to the frontier once, not per page.
    /// </summary>
    internal bool TryExplore(string key)
    {
        // FNV-1a over the key's characters: collisions among a million keys are one in tens of millions.
        var hash = 14695981039346656037UL;
        foreach (var c in key)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        lock (_explored)
        {
            if (_explored.Contains(hash))
            {
                return false;
            }

            if (_explored.Count >= ExploreBudget)
            {
                _exploreDropped++;
                return false;
            }

            _explored.Add(hash);
            return true;
        }
    }

    /// <summary>Whether the product was listed in the catalogue when this crawl started.</summary>
    internal bool IsKnown(long productId) => _knownIds.Contains(productId);

    /// <summary>The crawl re-reads a catalogue crawled completely before (see <see cref="CrawlRecord.Recheck"/>).</summary>
    public bool Recheck => Crawl.Recheck;

    /// <summary>The run asked to fetch every page again (<c>--refresh</c>): no card or sitemap date is trusted.</summary>
    public bool Refresh { get; }

    /// <summary>A recheck that trusts evidence: unchanged cards and old sitemap dates need no product-page fetch.</summary>
    public bool TrustsEvidence => Recheck && !Refresh;

    /// <summary>The catalogue's listed products by every key they were reached under (empty unless rechecking).</summary>
    internal IReadOnlyDictionary<string, ProductRef> Known { get; }

    /// <summary>Set when the store's product sitemap states <c>lastmod</c> dates: a card without stock then defers to them.</summary>
    internal bool SitemapHasDates { get; set; }

    /// <summary>Known product pages answered 304 Not Modified (confirmed without a body).</summary>
    public int Unchanged => Volatile.Read(ref _unchanged);

    public int NewProducts => Volatile.Read(ref _newProducts);

    public int Delisted => Volatile.Read(ref _delisted);

    internal void CountUnchanged(int n = 1) => Interlocked.Add(ref _unchanged, n);

    internal void CountNew() => Interlocked.Increment(ref _newProducts);

    internal void CountDelisted() => Interlocked.Increment(ref _delisted);

    /// <summary>Catalogue links (product cards, menu, subcategory, pagination, sitemap) this run found answering 404 or 410.</summary>
    public int DeadLinks => Volatile.Read(ref _deadLinks);

    internal void CountDeadLink() => Interlocked.Increment(ref _deadLinks);

    /// <summary>The known product a link leads to, by the link's key or its trimmed form.</summary>
    internal ProductRef? KnownProduct(string urlKey) =>
        Known.Count == 0 ? null : Known.GetValueOrDefault(urlKey) ?? Known.GetValueOrDefault(urlKey.TrimEnd('/'));

    public CrawlRecord Crawl { get; }

    /// <summary>The lease owner this run claims frontier entries as.</summary>
    public string Owner { get; }

    /// <summary>True when the run continues a crawl an earlier run left unfinished.</summary>
    public bool Resumed { get; }

    /// <summary>Earlier runs found still marked running whose process is gone; marked Interrupted.</summary>
    public int RecoveredRuns { get; }

    internal CrawlLimits Limits { get; }

    internal StageCounters Products { get; } = new();

    /// <summary>The page roles of this run's templates, from the pages read so far.</summary>
    internal SiteRoles Roles { get; } = new();

    internal StageCounters Pages { get; } = new();

    /// <summary>Reads the reviews of the product pages the crawl reads (null: this run reads no reviews); see <see cref="ReadReviews"/>.</summary>
    public Reviews.ReviewReading? Reviews { get; private set; }

    /// <summary>
    /// Asks the crawl to read reviews too: from each product page it reads (no request of its own) and from the review
    /// pages the reviews stage queues. Called by the reviews agent when the run reads reviews.
    /// </summary>
    public void ReadReviews(ShelfScout.Extraction.Reviews.ReviewExtractor extractor, AgentLimits limits) =>
        Reviews ??= new Reviews.ReviewReading(extractor, limits);

    private readonly SemaphoreSlim[] _identity = Enumerable.Range(0, 32).Select(_ => new SemaphoreSlim(1, 1)).ToArray();

    /// <summary>
    /// Serialises "is this product already stored under another URL?" with the store write that follows, for products
    /// named <paramref name="name"/>: only a product of the same name is ever taken for the same product, so pages of
    /// products named differently are stored side by side (one lock of 32, by the name's hash).
    /// </summary>
    internal SemaphoreSlim Identity(string? name) =>
        _identity[(int)((uint)StringComparer.Ordinal.GetHashCode(name?.Trim() ?? string.Empty) % (uint)_identity.Length)];

    /// <summary>
    /// Opens the crawl a run works on. Runs of this retailer left "running" by a process that is gone are marked
    /// Interrupted and their leases given back; an unfinished (or limited) crawl is resumed unless <paramref name="refresh"/>;
    /// otherwise a new crawl starts.
    /// </summary>
    public static async Task<CrawlSession> OpenAsync(IShelfStore store, long retailerId, long runId, bool refresh, AgentLimits limits, DateTimeOffset now, CancellationToken cancellationToken) =>
        (await OpenAsync(store, retailerId, runId, refresh, limits, now, joinOnly: null, cancellationToken).ConfigureAwait(false))!;

    /// <summary>
    /// Joins the crawl <paramref name="crawlId"/> and no other: null, with nothing started, when it is no longer
    /// joinable (see <see cref="FindJoinableAsync"/>). A cluster's follower share joins this way, so a share that arrives
    /// as the crawl completes ends instead of opening a new crawl, as an ordinary run would.
    /// </summary>
    public static Task<CrawlSession?> JoinAsync(IShelfStore store, long retailerId, long crawlId, long runId, AgentLimits limits, DateTimeOffset now, CancellationToken cancellationToken) =>
        OpenAsync(store, retailerId, runId, refresh: false, limits, now, crawlId, cancellationToken);

    /// <summary>
    /// The crawl <paramref name="crawlId"/> when a run may still join it: it is the retailer's latest (a newer crawl
    /// replaced it otherwise), not complete, and its frontier holds queued or leased work. Reads only.
    /// </summary>
    public static async Task<CrawlRecord?> FindJoinableAsync(IShelfStore store, long retailerId, long crawlId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        var latest = await store.GetLatestCrawlAsync(retailerId, cancellationToken).ConfigureAwait(false);
        if (latest is null || latest.Id != crawlId || latest.Status == CrawlStatus.Complete)
        {
            return null;
        }

        var counts = await store.CountFrontierAsync(crawlId, cancellationToken).ConfigureAwait(false);
        return counts.Unfinished > 0 ? latest : null;
    }

    private static async Task<CrawlSession?> OpenAsync(IShelfStore store, long retailerId, long runId, bool refresh, AgentLimits limits, DateTimeOffset now, long? joinOnly, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(limits);
        var owner = LeaseOwner.Current.ForRun(runId);
        var latest = joinOnly is { } crawlId
            ? await FindJoinableAsync(store, retailerId, crawlId, cancellationToken).ConfigureAwait(false)
            : await store.GetLatestCrawlAsync(retailerId, cancellationToken).ConfigureAwait(false);
        if (joinOnly is not null && latest is null)
        {
            return null;
        }

        var recovered = 0;
        foreach (var (otherRun, otherOwner) in await store.GetUnfinishedRunsAsync(retailerId, cancellationToken).ConfigureAwait(false))
        {
            if (otherRun == runId)
            {
                continue;
            }

            var parsed = LeaseOwner.Parse(otherOwner);
            if (parsed is null || parsed.IsGoneFromThisMachine())
            {
                await store.FinishRunAsync(otherRun, now, RunStatus.Interrupted, cancellationToken).ConfigureAwait(false);
                if (latest is not null && parsed is not null)
                {
                    await store.ReleaseAsync(latest.Id, parsed.ForRun(otherRun), cancellationToken).ConfigureAwait(false);
                }

                recovered++;
            }
        }

        var resume = latest is not null && !refresh && latest.Status != CrawlStatus.Complete;
        var crawl = resume ? latest! : await store.StartCrawlAsync(retailerId, now, cancellationToken).ConfigureAwait(false);
        var known = crawl.Recheck
            ? await store.GetKnownProductsAsync(retailerId, cancellationToken).ConfigureAwait(false)
            : new Dictionary<string, ProductRef>();
        var session = new CrawlSession(crawl, owner, resume, recovered, limits, refresh, known);
        if (resume)
        {
            // The stopped run's role evidence is in the frontier: its template groups start where it left them.
            session.Roles.Seed(await store.GetRoleTallyAsync(crawl.Id, cancellationToken).ConfigureAwait(false));
        }

        if (resume && !session.Limits.Any)
        {
            // A run without limits completes what limited runs left for later.
            await store.RequeueDeferredAsync(crawl.Id, cancellationToken).ConfigureAwait(false);
        }

        return session;
    }
}
