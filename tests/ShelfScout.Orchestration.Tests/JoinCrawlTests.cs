using Microsoft.Data.Sqlite;
using ShelfScout.Agents;
using ShelfScout.Agents.Crawling;
using ShelfScout.DemoRetailer;
using ShelfScout.Domain.Runs;
using ShelfScout.Storage.Frontier;

namespace ShelfScout.Orchestration.Tests;

/// <summary>
/// A run that may only join a given crawl (a cluster's follower share): once that crawl is complete or replaced it ends
/// at once, opening no crawl, fetching nothing and leaving no run behind. An ordinary run in its place starts a new crawl,
/// which is what a late cluster share did as its round's crawl completed.
/// </summary>
public sealed class JoinCrawlTests
{
    [Fact]
    public async Task Run_JoiningACompletedCrawl_EndsAtOnce_OpeningNoCrawlAndStoringNothing()
    {
        await using var harness = await PipelineHarness.StartAsync(new DemoStoreOptions { ProductCount = 6, Seed = 5 });
        var first = await harness.RunAsync(r => r with { Prices = false, Reviews = false });
        var crawl = await harness.Store.GetLatestCrawlAsync(first.Retailer.Id, CancellationToken.None);
        Assert.Equal(CrawlStatus.Complete, crawl!.Status);
        var before = await SnapshotAsync(harness);

        var joined = await harness.RunAsync(r => r with { Prices = false, Reviews = false, RetailerId = first.Retailer.Id, JoinCrawlId = crawl.Id });

        Assert.Equal(RunStatus.NotJoined, joined.Status);
        Assert.Equal(0, joined.RunId);
        Assert.Equal(before, await SnapshotAsync(harness));
        var latest = await harness.Store.GetLatestCrawlAsync(first.Retailer.Id, CancellationToken.None);
        Assert.Equal((crawl.Id, CrawlStatus.Complete), (latest!.Id, latest.Status));
    }

    [Fact]
    public async Task Run_JoiningACrawlANewerOneReplaced_EndsAtOnce_OpeningNoCrawl()
    {
        await using var harness = await PipelineHarness.StartAsync(new DemoStoreOptions { ProductCount = 6, Seed = 6 });
        var first = await harness.RunAsync(r => r with { Prices = false, Reviews = false });
        var replaced = (await harness.Store.GetLatestCrawlAsync(first.Retailer.Id, CancellationToken.None))!.Id;
        var newer = await harness.Store.StartCrawlAsync(first.Retailer.Id, DateTimeOffset.UtcNow, CancellationToken.None);
        var before = await SnapshotAsync(harness);

        var joined = await harness.RunAsync(r => r with { Prices = false, Reviews = false, RetailerId = first.Retailer.Id, JoinCrawlId = replaced });

        Assert.Equal(RunStatus.NotJoined, joined.Status);
        Assert.Equal(before, await SnapshotAsync(harness));
        Assert.Equal(newer.Id, (await harness.Store.GetLatestCrawlAsync(first.Retailer.Id, CancellationToken.None))!.Id);
    }

    /// <summary>The check the orchestrator makes after its run row exists: a crawl that completed since its first look is not reopened.</summary>
    [Fact]
    public async Task Join_ACompletedCrawl_StartsNoCrawl()
    {
        await using var harness = await PipelineHarness.StartAsync(new DemoStoreOptions { ProductCount = 6, Seed = 7 });
        var first = await harness.RunAsync(r => r with { Prices = false, Reviews = false });
        var crawl = (await harness.Store.GetLatestCrawlAsync(first.Retailer.Id, CancellationToken.None))!;

        var session = await CrawlSession.JoinAsync(harness.Store, first.Retailer.Id, crawl.Id, runId: first.RunId + 1, new AgentLimits(), DateTimeOffset.UtcNow, CancellationToken.None);

        Assert.Null(session);
        Assert.Equal(1, (await SnapshotAsync(harness)).Crawls);
        Assert.Equal(crawl.Id, (await harness.Store.GetLatestCrawlAsync(first.Retailer.Id, CancellationToken.None))!.Id);
    }

    /// <summary>What a run could leave behind: crawls, runs, and requests to the store.</summary>
    private static async Task<(long Crawls, long Runs, int Requests)> SnapshotAsync(PipelineHarness harness)
    {
        await using var connection = new SqliteConnection($"Data Source={harness.DatabasePath};Mode=ReadOnly");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT (SELECT COUNT(*) FROM crawls), (SELECT COUNT(*) FROM runs);";
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return (reader.GetInt64(0), reader.GetInt64(1), harness.Demo.RequestsByPath.Values.Sum());
    }
}
