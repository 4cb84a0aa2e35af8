using System.Threading.Channels;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;
using ShelfScout.DemoRetailer;
using ShelfScout.Domain.Runs;
using ShelfScout.Orchestration;
using ShelfScout.Scheduling.Config;
using ShelfScout.Scheduling.Service;
using ShelfScout.Storage.Sqlite;
using ShelfScout.Testing;

namespace ShelfScout.Scheduling.Tests;

public sealed class WatchServiceDemoStoreTests
{
    [Fact]
    public async Task Watch_RunsTheDemoStoreTwiceOnSchedule_IntoARealSqliteFile_AndCallsTheAfterRunHook()
    {
        await using var demo = await DemoStore.StartAsync(new DemoStoreOptions { ProductCount = 12 }, CancellationToken.None);
        using var directory = new TempDirectory();
        var configPath = directory.File("shelfscout.json");
        var json = $$"""
            {
              "database": "watch.db",
              "retailers": [{
                "name": "Demo",
                "url": "{{demo.BaseUrl}}",
                "stages": { "reviews": false },
                "politeness": { "delayMs": 0, "perHostConcurrency": 4 },
                "schedule": { "every": "1h" }
              }]
            }
            """;
        await File.WriteAllTextAsync(configPath, json);
        var config = await WatchConfigLoader.LoadAsync(configPath, requireSchedules: true, CancellationToken.None);
        var finished = Channel.CreateUnbounded<RunSummary>();
        var runner = new StoreRetailerRunner(async ct => await SqliteShelfStore.OpenAsync(config.Database, TimeProvider.System, ct), TimeProvider.System, afterRun: (retailer, _, summary, ct) =>
        {
            Assert.Equal("Demo", retailer.Name);
            return finished.Writer.WriteAsync(summary, ct).AsTask();
        });

        // The schedule runs on fake time; the crawl itself on real time over loopback.
        var schedule = new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 0, 0, 0, TimeSpan.Zero));
        using var service = new WatchService(config, runner, schedule);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await service.StartAsync(CancellationToken.None);
        var first = await finished.Reader.ReadAsync(timeout.Token);
        schedule.Advance(TimeSpan.FromHours(1));
        var second = await finished.Reader.ReadAsync(timeout.Token);
        await service.StopAsync(CancellationToken.None);

        Assert.Equal(directory.File("watch.db"), config.Database);
        Assert.Equal(RunStatus.Succeeded, first.Status);
        Assert.Equal(RunStatus.Succeeded, second.Status);
        Assert.Equal(12, second.Totals.Products);
        Assert.NotEqual(first.RunId, second.RunId);
        Assert.Equal(first.Retailer.Id, second.Retailer.Id);
        await using var connection = new SqliteConnection($"Data Source={config.Database};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM runs";
        Assert.Equal(2L, (long)(await command.ExecuteScalarAsync())!);
    }
}
