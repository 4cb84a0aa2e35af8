using System.Collections.Concurrent;
using System.Threading.Channels;
using ShelfScout.Agents.Pages;
using ShelfScout.Agents.Running;
using ShelfScout.Domain.Runs;
using ShelfScout.Extraction.Products;
using ShelfScout.Fetching;
using ShelfScout.Storage.Records;

namespace ShelfScout.Agents.Products;

/// <summary>
/// Walks every listing page of every leaf category, visits each product page once per run (a product listed in
/// several categories is extracted once and linked to each), extracts it with the one extraction engine and stores
/// the product with its first price and stock observations.
/// </summary>
/// <remarks>
/// Listing crawlers (one per category, up to the concurrency limit) produce product URLs into a bounded channel;
/// product workers consume it. The bound keeps memory flat however big the store is.
/// </remarks>
public sealed class ProductExtractionAgent(ProductExtractor extractor) : IAgent
{
    /// <summary>Levels of subcategories found below the menu's leaves that are crawled.</summary>
    private const int MaxSubcategoryDepth = 2;

    public Stage Stage => Stage.Products;

    public string Name => "ProductExtractionAgent";

    public async Task<StageResult> RunAsync(AgentContext context, CancellationToken cancellationToken)
    {
        var started = context.TimeProvider.GetTimestamp();
        var categories = await context.Store.GetCategoriesAsync(context.Retailer.Id, cancellationToken).ConfigureAwait(false);
        var leaves = categories
            .Where(c => c.IsLeaf)
            .Take(context.Limits.MaxCategories ?? int.MaxValue)
            .ToList();
        if (leaves.Count == 0)
        {
            return new StageResult(Stage, StageStatus.Failed, 0, 0, 0, 0, context.TimeProvider.GetElapsedTime(started), "no leaf categories to crawl");
        }

        var before = await context.Store.CountAsync(context.Retailer.Id, cancellationToken).ConfigureAwait(false);
        var state = new CrawlState();
        state.Subcategories.Know(categories);
        var workers = Math.Max(1, context.Limits.Concurrency);

        // Round 1 crawls the known leaves. A "product" link that turns out to be a listing of its own is a subcategory
        // the menu did not show; it is stored and crawled in the next round (rounds, not recursion: no work waits on itself).
        IReadOnlyList<CategoryRecord> round = leaves;
        for (var depth = 0; round.Count > 0 && depth <= MaxSubcategoryDepth; depth++)
        {
            state.Discovered.Clear();
            await CrawlRoundAsync(context, round, state, workers, allowSubcategories: depth < MaxSubcategoryDepth, cancellationToken).ConfigureAwait(false);
            round = [.. state.Discovered];
        }

        var after = await context.Store.CountAsync(context.Retailer.Id, cancellationToken).ConfigureAwait(false);
        var note = state.SubcategoriesFound > 0
            ? $"{state.CategoriesDone} categories ({state.SubcategoriesFound} found below the menu), {state.ListingPages} listing pages"
            : $"{state.CategoriesDone}/{leaves.Count} categories, {state.ListingPages} listing pages";
        var result = state.Products.ToResult(Stage, context.TimeProvider.GetElapsedTime(started), note, after.Products - before.Products);

        if (result.Processed == 0)
        {
            return result with { Status = StageStatus.Failed, Note = $"no product links found in {leaves.Count} categories" };
        }

        // Listing pages that failed are errors of this stage too, though no product page was counted for them.
        return context.Recorder.ErrorCount(Stage) > 0 && result.Status == StageStatus.Succeeded ? result with { Status = StageStatus.PartiallySucceeded } : result;
    }

    private async Task CrawlRoundAsync(AgentContext context, IReadOnlyList<CategoryRecord> categories, CrawlState state, int workers, bool allowSubcategories, CancellationToken cancellationToken)
    {
        var channel = Channel.CreateBounded<ProductWork>(new BoundedChannelOptions(workers * 4) { SingleWriter = workers == 1, SingleReader = workers == 1 });

        // If the consumers stop (a store failure), the producer must not wait forever on a full channel.
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var producer = ProduceAsync(context, categories, channel.Writer, state, workers, stop.Token);
        var consumers = Enumerable.Range(0, workers)
            .Select(_ => ConsumeUntilFailureAsync(context, channel.Reader, state, allowSubcategories, stop, cancellationToken))
            .ToList();
        await Task.WhenAll(consumers.Append(producer)).ConfigureAwait(false);
    }

    private static async Task ProduceAsync(
        AgentContext context,
        IReadOnlyList<CategoryRecord> leaves,
        ChannelWriter<ProductWork> writer,
        CrawlState state,
        int workers,
        CancellationToken cancellationToken)
    {
        try
        {
            await Parallel.ForEachAsync(
                leaves,
                new ParallelOptions { MaxDegreeOfParallelism = workers, CancellationToken = cancellationToken },
                async (category, ct) =>
                {
                    var crawler = new ListingCrawler(context, category);
                    await foreach (var url in crawler.ProductUrlsAsync(ct).ConfigureAwait(false))
                    {
                        await writer.WriteAsync(new ProductWork(category, url.Url, url.MaybeCategory), ct).ConfigureAwait(false);
                    }

                    state.CategoryDone(crawler.PagesWalked);
                    context.Recorder.Report(Stage.Products, category.Path, state.Products.Processed, null);
                }).ConfigureAwait(false);
            writer.Complete();
        }
        catch (Exception ex)
        {
            writer.Complete(ex);
            throw;
        }
    }

    private async Task ConsumeUntilFailureAsync(AgentContext context, ChannelReader<ProductWork> reader, CrawlState state, bool allowSubcategories, CancellationTokenSource stop, CancellationToken cancellationToken)
    {
        try
        {
            await ConsumeAsync(context, reader, state, allowSubcategories, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            await stop.CancelAsync().ConfigureAwait(false);
            throw;
        }
    }

    private async Task ConsumeAsync(AgentContext context, ChannelReader<ProductWork> reader, CrawlState state, bool allowSubcategories, CancellationToken cancellationToken)
    {
        await foreach (var work in reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
        {
            var key = UrlCanonicalizer.Canonicalize(work.Url).AbsoluteUri;
            var productTask = state.Seen.GetOrAdd(key, _ => new Lazy<Task<long?>>(() => ItemGuard.RunAsync(
                context,
                Stage,
                work.Url.AbsoluteUri,
                failed: null,
                async () =>
                {
                    try
                    {
                        return await ExtractAndStoreAsync(context, work, state, allowSubcategories, cancellationToken).ConfigureAwait(false);
                    }
                    catch (Exception ex) when (ex is not OperationCanceledException)
                    {
                        state.Products.Start();
                        state.Products.Fail();
                        throw;
                    }
                },
                cancellationToken)));
            var productId = await productTask.Value.ConfigureAwait(false);
            if (productId is { } id)
            {
                await context.Store.LinkProductToCategoryAsync(id, work.Category.Id, cancellationToken).ConfigureAwait(false);
                state.Linked();
            }

            context.Recorder.Report(Stage.Products, work.Category.Path, state.Products.Processed, null);
        }
    }

    private async Task<long?> ExtractAndStoreAsync(AgentContext context, ProductWork work, CrawlState state, bool allowSubcategories, CancellationToken cancellationToken)
    {
        var url = work.Url;
        var page = await PageLoader.LoadAsync(context, Stage, url, cancellationToken).ConfigureAwait(false);
        if (page is null)
        {
            state.Products.Start();
            state.Products.Fail();
            return null;
        }

        // A link below a category page without products is a subcategory when it leads to a listing of its own, even if
        // its few products make it look like a product page.
        if (work.MaybeCategory && allowSubcategories && await IsSubcategoryAsync(context, work, page, state, cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        var extraction = extractor.Extract(page.Document, page.Url);
        if (!extraction.IsProductPage || extraction.Product is null)
        {
            if (allowSubcategories && !work.MaybeCategory && await IsSubcategoryAsync(context, work, page, state, cancellationToken).ConfigureAwait(false))
            {
                return null;
            }

            if (work.MaybeCategory)
            {
                return null; // a speculative link below a category page (an article, a filter page): nothing to record
            }

            state.Products.Start();
            await context.Recorder.RecordErrorAsync(Stage, url.AbsoluteUri, "not a product page", cancellationToken).ConfigureAwait(false);
            state.Products.Fail();
            return null;
        }

        state.Products.Start();
        var product = extraction.Product;
        var productUrl = ProductUrls.Choose(page.Url, product.CanonicalUrl);
        var now = context.TimeProvider.GetUtcNow();
        var id = await context.Store.UpsertProductAsync(context.Retailer.Id, productUrl, product, now, cancellationToken).ConfigureAwait(false);
        await OfferRecorder.RecordAsync(context, id, product, page.Url, now, cancellationToken).ConfigureAwait(false);
        state.Products.Succeed();
        return id;
    }

    /// <summary>True when the page is a listing under the work's category; a new one is queued for the next round.</summary>
    private static async Task<bool> IsSubcategoryAsync(AgentContext context, ProductWork work, LoadedPage page, CrawlState state, CancellationToken cancellationToken)
    {
        var (isListing, added) = await state.Subcategories.TryAddAsync(context, work.Category, page, cancellationToken).ConfigureAwait(false);
        if (added is not null)
        {
            state.AddSubcategory(added);
        }

        return isListing;
    }

    private sealed record ProductWork(CategoryRecord Category, Uri Url, bool MaybeCategory);

    private sealed class CrawlState
    {
        private int _links;
        private int _categoriesDone;
        private int _listingPages;
        private int _subcategories;

        /// <summary>Product pages by canonical URL: each is extracted once per run, whatever the number of categories listing it.</summary>
        public ConcurrentDictionary<string, Lazy<Task<long?>>> Seen { get; } = new(StringComparer.Ordinal);

        public StageCounters Products { get; } = new();

        /// <summary>Subcategories found in the current round, crawled in the next.</summary>
        public ConcurrentQueue<CategoryRecord> Discovered { get; } = new();

        public SubcategoryFinder Subcategories { get; } = new();

        public int SubcategoriesFound => Volatile.Read(ref _subcategories);

        public void AddSubcategory(CategoryRecord category)
        {
            Discovered.Enqueue(category);
            Interlocked.Increment(ref _subcategories);
        }

        public int Links => Volatile.Read(ref _links);

        public int CategoriesDone => Volatile.Read(ref _categoriesDone);

        public int ListingPages => Volatile.Read(ref _listingPages);

        public void Linked() => Interlocked.Increment(ref _links);

        public void CategoryDone(int pages)
        {
            Interlocked.Increment(ref _categoriesDone);
            Interlocked.Add(ref _listingPages, pages);
        }
    }
}
