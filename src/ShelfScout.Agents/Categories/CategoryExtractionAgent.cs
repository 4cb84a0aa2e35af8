using ShelfScout.Agents.Pages;
using ShelfScout.Domain.Runs;
using ShelfScout.Extraction.Discovery;
using ShelfScout.Fetching;
using ShelfScout.Storage.Records;

namespace ShelfScout.Agents.Categories;

/// <summary>
/// Discovers the category tree of a store nobody configured: the home page's navigation menus first, then sitemap
/// category URLs placed in the tree by the breadcrumbs of their pages, and stores it with parents, depths and paths.
/// </summary>
public sealed class CategoryExtractionAgent(SitemapCategorySource sitemapSource) : IAgent
{
    private readonly NavigationTreeExtractor _navigation = new();

    public Stage Stage => Stage.Categories;

    public string Name => "CategoryExtractionAgent";

    public async Task<StageResult> RunAsync(AgentContext context, CancellationToken cancellationToken)
    {
        var started = context.TimeProvider.GetTimestamp();
        context.Recorder.Report(Stage, "reading home page navigation", 0, null);

        var tree = new CategoryTreeBuilder();
        var home = await PageLoader.LoadAsync(context, Stage, context.StartUrl, cancellationToken).ConfigureAwait(false);
        if (home is not null)
        {
            tree.AddRoots(_navigation.Extract(home.Document, home.Url));
        }

        context.Recorder.Report(Stage, "reading sitemaps", tree.Count, null);
        var added = await sitemapSource.AddSitemapCategoriesAsync(context, tree, cancellationToken).ConfigureAwait(false);

        var stored = 0;
        var changed = 0;
        var existing = (await context.Store.GetCategoriesAsync(context.Retailer.Id, cancellationToken).ConfigureAwait(false))
            .Select(c => c.Url)
            .ToHashSet(StringComparer.Ordinal);
        foreach (var entry in tree.Walk())
        {
            cancellationToken.ThrowIfCancellationRequested();
            var parentId = entry.ParentUrl is null ? null : tree.IdOf(entry.ParentUrl);
            var url = UrlCanonicalizer.Canonicalize(entry.Url).AbsoluteUri;
            var record = await context.Store.UpsertCategoryAsync(
                context.Retailer.Id,
                new CategoryUpsert(entry.Name, url, parentId, entry.Depth, entry.Path, entry.IsLeaf),
                cancellationToken).ConfigureAwait(false);
            tree.SetId(entry.Url, record.Id);
            stored++;
            if (!existing.Contains(url))
            {
                changed++;
            }

            context.Recorder.Report(Stage, entry.Path, stored, tree.Count);
        }

        var errors = context.Recorder.ErrorCount(Stage);
        var status = stored == 0 ? StageStatus.Failed : errors > 0 ? StageStatus.PartiallySucceeded : StageStatus.Succeeded;
        var note = stored == 0
            ? "no categories found in navigation or sitemaps"
            : $"{tree.LeafCount} leaves, {added} via sitemaps";
        return new StageResult(Stage, status, stored, stored, errors, changed, context.TimeProvider.GetElapsedTime(started), note);
    }
}
