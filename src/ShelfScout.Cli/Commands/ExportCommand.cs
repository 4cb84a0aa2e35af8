using System.CommandLine;
using System.Globalization;
using ShelfScout.Cli.Export;
using ShelfScout.Cli.Hosting;
using ShelfScout.Cli.Rendering;
using ShelfScout.Storage;
using ShelfScout.Storage.Alerts;

namespace ShelfScout.Cli.Commands;

/// <summary><c>shelfscout export products|variants|categories|prices|reviews|alerts --db PATH --format jsonl|json|csv [--retailer NAME]</c>.</summary>
internal static class ExportCommand
{
    private static readonly string[] ProductColumns =
    [
        "retailer", "url", "name", "sku", "gtin", "mpn", "brand", "price", "regularPrice", "currency", "availability", "stockQuantity",
        "rating", "reviewCount", "images", "categories", "description", "firstSeen", "lastSeen", "variants",
    ];

    private static readonly string[] CategoryColumns = ["retailer", "id", "name", "url", "parentId", "depth", "path", "isLeaf"];
    private static readonly string[] PriceColumns = ["retailer", "productUrl", "sku", "kind", "price", "regularPrice", "currency", "availability", "stockQuantity", "observedAt", "variant", "variantSku"];

    private static readonly string[] VariantColumns =
    [
        "retailer", "productUrl", "variant", "sku", "gtin", "name", "options", "price", "currency", "availability", "firstSeen", "lastSeen",
    ];
    private const int AlertPageSize = 1000;

    private static readonly string[] ReviewColumns = ["retailer", "productUrl", "author", "rating", "title", "body", "date"];

    public static Command Create()
    {
        var what = new Argument<string>("WHAT") { Description = "products, variants, categories, prices, reviews or alerts" };
        var database = new Option<string>("--db") { Description = "SQLite database file, or a PostgreSQL URL (postgresql://user@host:port/db) or Host=... connection string; default $SHELFSCOUT_DB, else ./shelfscout.db.", DefaultValueFactory = _ => StoreOpener.DefaultDatabase };
        var format = new Option<string>("--format") { Description = "jsonl, json (one array) or csv.", DefaultValueFactory = _ => "jsonl" };
        var retailer = new Option<string?>("--retailer") { Description = "Only this retailer (by name)." };
        var output = new Option<string?>("--output", "-o", "--out") { Description = "Write to this file instead of stdout." };
        var raw = new Option<bool>("--raw") { Description = "CSV: write text cells as scraped, without neutralising leading =, +, -, @, tab or CR (formula injection)." };
        var command = new Command("export", "Export stored data as JSON Lines or CSV.");
        command.Arguments.Add(what);
        command.Options.Add(database);
        command.Options.Add(format);
        command.Options.Add(retailer);
        command.Options.Add(output);
        command.Options.Add(raw);
        var alertFilters = new AlertFilterOptions();
        alertFilters.AddTo(command);
        command.SetAction((result, cancellationToken) => CommandGuard.RunAsync(
            result,
            async ct =>
            {
                var kind = result.GetValue(what)?.Trim().ToLowerInvariant();
                var fmt = result.GetValue(format)?.Trim().ToLowerInvariant();
                if (fmt is not ("jsonl" or "json" or "csv"))
                {
                    throw new CliException($"--format must be jsonl, json or csv, not '{fmt}'");
                }

                var columns = kind switch
                {
                    "products" => ProductColumns,
                    "variants" => VariantColumns,
                    "categories" => CategoryColumns,
                    "prices" => PriceColumns,
                    "reviews" => ReviewColumns,
                    "alerts" => AlertJson.Columns,
                    _ => throw new CliException($"export what? products, variants, categories, prices, reviews or alerts, not '{kind}'"),
                };
                if (kind != "alerts" && alertFilters.AnyGiven(result))
                {
                    throw new CliException("--since, --kind and --run apply to 'export alerts' only");
                }

                var alertQuery = alertFilters.Read(result, retailerId: null, TimeProvider.System.GetUtcNow());
                var path = result.GetValue(output);
                if (path is not null)
                {
                    OutputFile.Check(path, "-o");
                }

                await using var store = await StoreOpener.OpenAsync(result.GetValue(database)!, mustExist: true, ct).ConfigureAwait(false);
                var retailerId = await ResolveRetailerAsync(store, result.GetValue(retailer), ct).ConfigureAwait(false);
                alertQuery = alertQuery with { RetailerId = retailerId };
                var writer = path is null ? result.InvocationConfiguration.Output : OutputFile.Open(path, "-o");
                try
                {
                    await using var records = new RecordWriter(writer, fmt, columns, result.GetValue(raw));
                    await foreach (var record in ReadAsync(store, kind, retailerId, alertQuery, ct).ConfigureAwait(false))
                    {
                        await records.WriteAsync(record, ct).ConfigureAwait(false);
                    }

                    await records.FinishAsync(ct).ConfigureAwait(false);
                }
                finally
                {
                    if (path is not null)
                    {
                        await writer.DisposeAsync().ConfigureAwait(false);
                    }
                }

                return 0;
            },
            cancellationToken));
        return command;
    }

    private static async Task<long?> ResolveRetailerAsync(IShelfStore store, string? name, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        var retailer = await store.FindRetailerByNameAsync(name.Trim(), cancellationToken).ConfigureAwait(false)
            ?? throw new CliException($"unknown retailer '{name}'");
        return retailer.Id;
    }

    private static async IAsyncEnumerable<IReadOnlyDictionary<string, object?>> ReadAsync(
        IShelfStore store,
        string kind,
        long? retailerId,
        AlertQuery alertQuery,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        switch (kind)
        {
            case "products":
                await foreach (var p in store.ExportProductsAsync(retailerId, cancellationToken).ConfigureAwait(false))
                {
                    yield return new Dictionary<string, object?>
                    {
                        ["retailer"] = p.Retailer, ["url"] = p.Url, ["name"] = p.Name, ["sku"] = p.Sku, ["gtin"] = p.Gtin, ["mpn"] = p.Mpn,
                        ["brand"] = p.Brand, ["price"] = p.Price, ["regularPrice"] = p.RegularPrice, ["currency"] = p.Currency,
                        ["availability"] = p.Availability, ["stockQuantity"] = p.StockQuantity, ["rating"] = p.Rating,
                        ["reviewCount"] = p.ReviewCount, ["images"] = p.Images, ["categories"] = p.Categories, ["description"] = p.Description,
                        ["firstSeen"] = Time(p.FirstSeen), ["lastSeen"] = Time(p.LastSeen),
                        ["variants"] = p.Variants.Select(v => (IReadOnlyDictionary<string, object?>)new Dictionary<string, object?>
                        {
                            ["variant"] = v.Key, ["sku"] = v.Sku, ["gtin"] = v.Gtin, ["name"] = v.Name, ["options"] = v.Options,
                            ["price"] = v.Price, ["regularPrice"] = v.RegularPrice, ["currency"] = v.Currency, ["availability"] = v.Availability,
                            ["stockQuantity"] = v.StockQuantity,
                        }).ToList(),
                    };
                }

                break;
            case "variants":
                await foreach (var v in store.ExportVariantsAsync(retailerId, cancellationToken).ConfigureAwait(false))
                {
                    yield return new Dictionary<string, object?>
                    {
                        ["retailer"] = v.Retailer, ["productUrl"] = v.ProductUrl, ["variant"] = v.Key, ["sku"] = v.Sku, ["gtin"] = v.Gtin,
                        ["name"] = v.Name, ["options"] = v.Options, ["price"] = v.Price, ["regularPrice"] = v.RegularPrice, ["currency"] = v.Currency,
                        ["availability"] = v.Availability, ["stockQuantity"] = v.StockQuantity, ["firstSeen"] = Time(v.FirstSeen), ["lastSeen"] = Time(v.LastSeen),
                    };
                }

                break;
            case "categories":
                var retailers = await store.GetRetailersAsync(cancellationToken).ConfigureAwait(false);
                foreach (var r in retailers.Where(r => retailerId is null || r.Id == retailerId))
                {
                    foreach (var c in await store.GetCategoriesAsync(r.Id, cancellationToken).ConfigureAwait(false))
                    {
                        yield return new Dictionary<string, object?>
                        {
                            ["retailer"] = r.Name, ["id"] = c.Id, ["name"] = c.Name, ["url"] = c.Url, ["parentId"] = c.ParentId,
                            ["depth"] = c.Depth, ["path"] = c.Path, ["isLeaf"] = c.IsLeaf,
                        };
                    }
                }

                break;
            case "prices":
                await foreach (var h in store.ExportPriceHistoryAsync(retailerId, cancellationToken).ConfigureAwait(false))
                {
                    yield return new Dictionary<string, object?>
                    {
                        ["retailer"] = h.Retailer, ["productUrl"] = h.ProductUrl, ["sku"] = h.Sku, ["kind"] = h.Kind, ["price"] = h.Price,
                        ["regularPrice"] = h.RegularPrice, ["currency"] = h.Currency, ["availability"] = h.Availability,
                        ["stockQuantity"] = h.StockQuantity, ["observedAt"] = Time(h.ObservedAt), ["variant"] = h.Variant,
                        ["variantSku"] = h.VariantSku,
                    };
                }

                break;
            case "alerts":
                // Alerts are read in pages by id so a large table is never held in memory at once.
                long? after = null;
                while (true)
                {
                    var page = await store.GetAlertsAsync(alertQuery with { AfterId = after, Limit = AlertPageSize }, cancellationToken).ConfigureAwait(false);
                    foreach (var alert in page)
                    {
                        yield return AlertJson.ToRecord(alert);
                    }

                    if (page.Count < AlertPageSize)
                    {
                        break;
                    }

                    after = page[^1].Id;
                }

                break;
            default:
                await foreach (var v in store.ExportReviewsAsync(retailerId, cancellationToken).ConfigureAwait(false))
                {
                    yield return new Dictionary<string, object?>
                    {
                        ["retailer"] = v.Retailer, ["productUrl"] = v.ProductUrl, ["author"] = v.Author, ["rating"] = v.Rating,
                        ["title"] = v.Title, ["body"] = v.Body, ["date"] = v.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    };
                }

                break;
        }
    }

    private static string Time(DateTimeOffset value) => value.ToString("O", CultureInfo.InvariantCulture);
}
