using System.Text.Json;
using ShelfScout.DemoRetailer;
using ShelfScout.Notifications.Webhooks;
using ShelfScout.Storage.Alerts;
using ShelfScout.Storage.Sqlite;
using ShelfScout.Testing;

namespace ShelfScout.Cli.Tests;

/// <summary><c>--notify</c>: the run's alerts reach a real webhook receiver on loopback, once.</summary>
public sealed class NotifyTests
{
    [Fact]
    public async Task Run_WithNotify_PostsTheRunsAlertsOnce_Signed()
    {
        using var directory = new TempDirectory();
        var db = directory.File("shelf.db");
        await using var demo = await DemoStore.StartAsync(new DemoStoreOptions { ProductCount = 16, Seed = 8 }, CancellationToken.None);
        await using var receiver = await WebhookReceiver.StartAsync();
        string[] Run(params string[] extra) =>
            ["run", "--retailer-name", "Wellness Warehouse", "--url", demo.BaseUrl.AbsoluteUri, "--no-reviews", "--delay-ms", "0", "--db", db, "--notify", receiver.Url.AbsoluteUri, "--notify-secret", "k", .. extra];

        var first = await CliRunner.RunAsync(Run());
        demo.Day = 1;
        var second = await CliRunner.RunAsync(Run("--no-categories", "--no-products"));
        var third = await CliRunner.RunAsync(Run("--no-categories", "--no-products", "--json"));

        Assert.True(first.ExitCode == 0, first.StdErr);
        Assert.Contains($"notified 0 alerts to {receiver.Url}", first.StdOut, StringComparison.Ordinal);
        Assert.True(second.ExitCode == 0, second.StdErr);
        int stored;
        await using (var store = await SqliteShelfStore.OpenAsync(db, TimeProvider.System, CancellationToken.None))
        {
            stored = await store.CountAlertsAsync(new AlertQuery(), CancellationToken.None);
        }

        Assert.True(stored > 0, "day 1 should change some offers");
        Assert.Contains($"notified {stored} alerts to {receiver.Url}", second.StdOut, StringComparison.Ordinal);
        var request = Assert.Single(receiver.Requests);
        Assert.True(WebhookSignature.Verify("k", request.Body, request.Headers[WebhookSignature.HeaderName]));
        using var json = JsonDocument.Parse(request.Body);
        Assert.Equal(stored, json.RootElement.GetProperty("alerts").GetArrayLength());
        Assert.Equal(0, third.ExitCode);
        Assert.Contains($"notified 0 alerts to {receiver.Url}", third.StdErr, StringComparison.Ordinal);
        using var summary = JsonDocument.Parse(third.StdOut);
        Assert.Single(receiver.Requests);
    }

    [Fact]
    public async Task RunWithConfig_DeliversToTheRetailersNotifyRules()
    {
        using var directory = new TempDirectory();
        await using var demo = await DemoStore.StartAsync(new DemoStoreOptions { ProductCount = 16, Seed = 8 }, CancellationToken.None);
        await using var receiver = await WebhookReceiver.StartAsync();
        var path = directory.File("shelfscout.json");
        await File.WriteAllTextAsync(path, $$"""
            {
              "database": "{{directory.File("shelf.db")}}",
              "retailers": [
                { "name": "Demo Shop", "url": "{{demo.BaseUrl}}", "stages": { "reviews": false }, "politeness": { "delayMs": 0 },
                  "notify": [ { "url": "{{receiver.Url}}" } ] }
              ]
            }
            """);

        var first = await CliRunner.RunAsync("run", "--config", path, "--retailer", "Demo Shop");
        demo.Day = 1;
        var second = await CliRunner.RunAsync("run", "--config", path, "--retailer", "Demo Shop", "--no-categories", "--no-products");

        Assert.True(first.ExitCode == 0, first.StdErr);
        Assert.Contains($"notified 0 alerts to {receiver.Url}", first.StdOut, StringComparison.Ordinal);
        Assert.True(second.ExitCode == 0, second.StdErr);
        var request = Assert.Single(receiver.Requests);
        using var json = JsonDocument.Parse(request.Body);
        Assert.True(json.RootElement.GetProperty("alerts").GetArrayLength() > 0, "day 1 should change some offers");
    }

    [Fact]
    public async Task Run_WithNotify_ReceiverDown_KeepsTheRunsExitCode_AndSaysWhatIsPending()
    {
        using var directory = new TempDirectory();
        var db = directory.File("shelf.db");
        await using var demo = await DemoStore.StartAsync(new DemoStoreOptions { ProductCount = 12, Seed = 9 }, CancellationToken.None);
        await using var receiver = await WebhookReceiver.StartAsync();
        receiver.AlwaysStatus = 401;
        var common = new[] { "run", "--retailer-name", "W", "--url", demo.BaseUrl.AbsoluteUri, "--no-reviews", "--delay-ms", "0", "--db", db };
        await CliRunner.RunAsync(common);
        demo.Day = 1;

        var result = await CliRunner.RunAsync([.. common, "--no-categories", "--no-products", "--notify", receiver.Url.AbsoluteUri]);

        Assert.Equal(0, result.ExitCode);
        Assert.Matches($"notification to {System.Text.RegularExpressions.Regex.Escape(receiver.Url.AbsoluteUri)} failed: HTTP 401 Unauthorized \\(0 pending, will retry next run\\)", result.StdOut);
    }

    [Theory]
    [InlineData("ftp://127.0.0.1/hook", "--notify 'ftp://127.0.0.1/hook' is not an http or https URL")]
    [InlineData("hook", "--notify 'hook' is not an absolute URL")]
    public async Task Run_WithABadNotifyUrl_IsAUsageError_BeforeAnyCrawl(string url, string message)
    {
        using var directory = new TempDirectory();

        var result = await CliRunner.RunAsync("run", "--url", "http://127.0.0.1:9/", "--db", directory.File("shelf.db"), "--notify", url);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(message, result.StdErr, StringComparison.Ordinal);
        Assert.Single(result.StdErr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public async Task Demo_WithAnUnknownNotifyKind_IsAUsageError()
    {
        var result = await CliRunner.RunAsync("demo", "--notify", "http://127.0.0.1:9/hook", "--notify-kind", "cheaper");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--notify-kind 'cheaper' is not one of price-drop", result.StdErr, StringComparison.Ordinal);
    }
}
