using ShelfScout.Domain.Runs;
using ShelfScout.Scheduling.Config;
using ShelfScout.Scheduling.Schedules;

namespace ShelfScout.Scheduling.Tests;

public sealed class WatchConfigLoaderTests
{
    private const string Json = """
        {
          // comments are allowed
          "database": "data/prices.db",
          "maxConcurrentRetailers": 3,
          "retailers": [
            {
              "name": "Acme",
              "url": "https://acme.example/",
              "stages": { "categories": true, "products": true, "prices": true, "reviews": false },
              "parallel": false,
              "limits": { "maxProducts": 50, "maxCategories": 4, "concurrency": 3 },
              "politeness": { "delayMs": 1500, "perHostConcurrency": 1 },
              "schedule": { "every": "6h" },
              "notify": [
                { "url": "http://127.0.0.1:8080/hook", "secret": "s3cret", "kinds": ["price-drop", "back-in-stock"],
                  "minPercent": 5, "priceBelow": 20, "products": { "SKU123": 15.5 } }
              ]
            },
            { "name": "Bolt", "url": "http://bolt.example/", "schedule": { "cron": "0 */6 * * *", "jitter": "10m" } }
          ]
        }
        """;

    private const string Yaml = """
        database: data/prices.db
        maxConcurrentRetailers: 3
        retailers:
          - name: Acme
            url: https://acme.example/
            stages: { categories: true, products: true, prices: true, reviews: false }
            parallel: false
            limits: { maxProducts: 50, maxCategories: 4, concurrency: 3 }
            politeness: { delayMs: 1500, perHostConcurrency: 1 }
            schedule: { every: 6h }
            notify:
              - url: http://127.0.0.1:8080/hook
                secret: "s3cret"
                kinds: [price-drop, back-in-stock]
                minPercent: 5
                priceBelow: 20
                products: { SKU123: 15.5 }
          - name: Bolt
            url: http://bolt.example/
            schedule: { cron: "0 */6 * * *", jitter: 10m }
        """;

    [Theory]
    [InlineData("/etc/shelfscout/shelfscout.json", Json)]
    [InlineData("/etc/shelfscout/shelfscout.yaml", Yaml)]
    public void Parse_JsonAndYaml_MapToTheSameRunRequestFetchOptionsAndTargets(string path, string text)
    {
        var config = WatchConfigLoader.Parse(text, path, requireSchedules: true);

        Assert.Equal("/etc/shelfscout/data/prices.db", config.Database);
        Assert.Equal(3, config.MaxConcurrentRetailers);
        var acme = config.Find("acme")!;
        Assert.Equal(new Uri("https://acme.example/"), acme.Request.Url);
        Assert.Equal("Acme", acme.Request.RetailerName);
        Assert.True(acme.Request.Categories && acme.Request.Products && acme.Request.Prices);
        Assert.False(acme.Request.Reviews);
        Assert.False(acme.Request.Parallel);
        Assert.Equal(50, acme.Request.Limits.MaxProductsPerCategory);
        Assert.Equal(4, acme.Request.Limits.MaxCategories);
        Assert.Equal(3, acme.Request.Limits.Concurrency);
        Assert.Equal(3, acme.Fetch.Concurrency);
        Assert.Equal(TimeSpan.FromMilliseconds(1500), acme.Fetch.PerHostDelay);
        Assert.Equal(1, acme.Fetch.PerHostConcurrency);
        Assert.Equal("every 6h", acme.Schedule!.Describe());

        var target = Assert.Single(acme.Notify);
        Assert.Equal(new Uri("http://127.0.0.1:8080/hook"), target.Url);
        Assert.Equal("s3cret", target.Secret);
        Assert.Equal([PriceAlertKind.PriceDrop, PriceAlertKind.BackInStock], target.Rules.Kinds);
        Assert.Equal(5m, target.Rules.MinPercentChange);
        Assert.Equal(20m, target.Rules.PriceAtOrBelow);
        Assert.Equal(15.5m, target.Rules.ProductPriceAtOrBelow["SKU123"]);

        var bolt = config.Find("Bolt")!;
        Assert.True(bolt.Request.Reviews);
        Assert.Equal(8, bolt.Fetch.Concurrency);
        Assert.Equal(TimeSpan.FromMilliseconds(500), bolt.Fetch.PerHostDelay);
        Assert.Empty(bolt.Notify);
        Assert.IsType<CronSchedule>(bolt.Schedule);
    }

    [Theory]
    [InlineData("""{"retailers": [{"name": "Acme", "url": "ftp://acme/", "schedule": {"every": "1h"}}]}""", "shelfscout.json: retailer 'Acme': url: 'ftp://acme/' is not an http or https URL")]
    [InlineData("""{"retailers": [{"name": "Acme", "url": "http://acme/", "schedule": {"every": "6x"}}]}""", "shelfscout.json: retailer 'Acme': schedule.every: '6x' is not a duration of a minute or more (use 30m, 6h, 1d)")]
    [InlineData("""{"retailers": [{"name": "Acme", "url": "http://acme/", "schedule": {"cron": "61 * * * *"}}]}""", "shelfscout.json: retailer 'Acme': schedule.cron: '61 * * * *' is not a cron expression")]
    [InlineData("""{"retailers": [{"name": "Acme", "url": "http://acme/"}]}""", "shelfscout.json: retailer 'Acme': schedule: is required")]
    [InlineData("""{"retailers": [{"name": "Acme", "url": "http://acme/", "schedule": {"every": "1h"}, "limits": {"concurrency": 0}}]}""", "shelfscout.json: retailer 'Acme': limits.concurrency: must be a whole number, 1 or more")]
    [InlineData("""{"retailers": [{"name": "Acme", "url": "http://acme/", "schedule": {"every": "1h"}, "politness": {}}]}""", "shelfscout.json: retailer 'Acme': politness: unknown field")]
    [InlineData("""{"retailers": [{"name": "Acme", "url": "http://acme/", "schedule": {"every": "1h"}, "notify": [{"url": "http://127.0.0.1/", "kinds": ["price-crash"]}]}]}""", "shelfscout.json: retailer 'Acme': notify[0].kinds[0]: '\"price-crash\"' is not an alert kind")]
    [InlineData("""{"retailers": [{"url": "http://acme/"}]}""", "shelfscout.json: retailers[0].name: is required")]
    [InlineData("""{"retailers": []}""", "shelfscout.json: retailers: must list at least one retailer")]
    [InlineData("""{"retailers": [{"name": "A", "url": "http://a/", "schedule": {"every": "1h"}}, {"name": "a", "url": "http://b/", "schedule": {"every": "1h"}}]}""", "shelfscout.json: retailers[1].name: 'a' is listed twice")]
    [InlineData("""{"retailers": [ """, "shelfscout.json: not valid JSON")]
    public void Parse_BadConfig_FailsWithOneLineNamingFileRetailerAndField(string text, string expected)
    {
        var ex = Assert.Throws<ConfigException>(() => WatchConfigLoader.Parse(text, "/srv/shelfscout.json", requireSchedules: true));

        Assert.StartsWith(expected, ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', ex.Message);
    }

    [Fact]
    public void Parse_BadYaml_NamesTheFileAndLine()
    {
        var ex = Assert.Throws<ConfigException>(() => WatchConfigLoader.Parse("retailers:\n  - name: [unclosed\n", "w.yml", requireSchedules: true));

        Assert.StartsWith("w.yml: not valid YAML (line ", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_WithoutRequiredSchedules_AcceptsARetailerWithNoSchedule()
    {
        var config = WatchConfigLoader.Parse("""{"retailers": [{"name": "Acme", "url": "http://acme/"}]}""", "c.json", requireSchedules: false);

        Assert.Null(config.Retailers[0].Schedule);
    }
}
