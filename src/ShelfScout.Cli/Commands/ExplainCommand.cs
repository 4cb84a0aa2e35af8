using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using ShelfScout.Cli.Hosting;
using ShelfScout.Domain.Sites;
using ShelfScout.Storage.Frontier;

namespace ShelfScout.Cli.Commands;

/// <summary>
/// <c>shelfscout explain --db PATH URL [--json]</c>: what the latest crawl of the URL's retailer made of the page: why
/// it was queued, what it was taken for and why, which listings carry it, what a listing said about its size.
/// </summary>
internal static class ExplainCommand
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static Command Create(GlobalOptions global)
    {
        var page = new Argument<string>("URL") { Description = "The page's URL (as crawled, as copied from a browser, or its path)." };
        var database = new Option<string>("--db") { Description = "SQLite database file.", DefaultValueFactory = _ => StoreOpener.DefaultPath };
        var json = new Option<bool>("--json") { Description = "Print the explanation as JSON." };
        var command = new Command("explain", "Show what the crawl took a page for, and why.");
        command.Arguments.Add(page);
        command.Options.Add(database);
        command.Options.Add(json);
        command.SetAction((result, cancellationToken) => CommandGuard.RunAsync(
            result,
            async ct =>
            {
                var wanted = result.GetValue(page)?.Trim();
                if (string.IsNullOrEmpty(wanted))
                {
                    throw new CliException("give the page's URL");
                }

                using var environment = new CliEnvironment(result, global);
                await using var store = await StoreOpener.OpenAsync(result.GetValue(database)!, mustExist: true, ct).ConfigureAwait(false);
                var absolute = Uri.TryCreate(wanted, UriKind.Absolute, out var url) && url.Scheme is "http" or "https";
                var key = absolute ? SiteIdentity.PageKey(url!) : wanted;
                var found = new List<FrontierExplanation>();
                foreach (var retailer in await store.GetRetailersAsync(ct).ConfigureAwait(false))
                {
                    // A full URL names its retailer by its site; a path is looked up in every retailer's crawl.
                    if (absolute && !string.Equals(new Uri(retailer.BaseUrl).Authority, url!.Authority, StringComparison.OrdinalIgnoreCase))
                    {
                        continue;
                    }

                    found.AddRange(await store.ExplainAsync(retailer.Id, key, ct).ConfigureAwait(false));
                }

                if (found.Count == 0)
                {
                    throw new CliException($"the latest crawl never queued '{wanted}'", ExitCodes.FailedRun);
                }

                if (result.GetValue(json))
                {
                    await environment.Out.WriteLineAsync(new JsonArray([.. found.Select(e => (JsonNode)ToJson(e))]).ToJsonString(Indented).AsMemory(), ct).ConfigureAwait(false);
                    return ExitCodes.Ok;
                }

                var output = environment.Out;
                for (var i = 0; i < found.Count; i++)
                {
                    if (i > 0)
                    {
                        await output.WriteLineAsync().ConfigureAwait(false);
                    }

                    foreach (var line in Lines(found[i]))
                    {
                        await output.WriteLineAsync(line.AsMemory(), ct).ConfigureAwait(false);
                    }
                }

                return ExitCodes.Ok;
            },
            cancellationToken));
        return command;
    }

    private static IEnumerable<string> Lines(FrontierExplanation entry)
    {
        yield return entry.Url;
        yield return $"  taken for: {entry.PageKind ?? "(not read yet)"}{(entry.ResultName is null ? string.Empty : $" \"{entry.ResultName}\"")}";
        if (entry.Note is not null)
        {
            yield return $"  because:   {entry.Note}";
        }

        yield return string.Create(CultureInfo.InvariantCulture, $"  queued as: {entry.Reason} link, depth {entry.Depth}{(entry.ContextKey is null ? string.Empty : $", found in {entry.ContextKey}")}{(entry.Label is null ? string.Empty : $", under \"{entry.Label}\"")}");
        yield return string.Create(CultureInfo.InvariantCulture, $"  state:     {entry.State}, {entry.Attempts} attempt{(entry.Attempts == 1 ? string.Empty : "s")}{(entry.Error is null ? string.Empty : $", last error: {entry.Error}")}");
        if (entry.Template is not null)
        {
            yield return $"  template:  {entry.Template}";
        }

        if (entry.Evidence is not null)
        {
            yield return $"  evidence:  {entry.Evidence}";
        }

        if (entry.Role is { } role)
        {
            yield return $"  role from: {Describe(role)}";
        }

        if (entry.Expected is { } expected)
        {
            yield return string.Create(CultureInfo.InvariantCulture, $"  listing:   holds {expected.Count} products by its {(expected.Basis == ExpectationBasis.Stated ? "own count" : "pager")}");
        }

        if (entry.ListedIn.Count > 0)
        {
            yield return $"  listed in: {string.Join(", ", entry.ListedIn)}";
        }
    }

    private static string Describe(RoleBasis role) => role switch
    {
        RoleBasis.ProductVote => "its own evidence (a product page), counted for its template group",
        RoleBasis.ProductVoteByLayout => "its layout (a product page), counted for its template group; decided again if the group settles as listings",
        RoleBasis.ListingVote => "its own evidence (a listing), counted for its template group",
        RoleBasis.Group => "its template group (or, before the group had a role, the link to it); decided again if the group says otherwise",
        _ => "its own evidence",
    };

    private static JsonObject ToJson(FrontierExplanation entry) => new()
    {
        ["url"] = entry.Url,
        ["urlKey"] = entry.UrlKey,
        ["pageKind"] = entry.PageKind,
        ["resultName"] = entry.ResultName,
        ["note"] = entry.Note,
        ["reason"] = entry.Reason.ToString(),
        ["depth"] = entry.Depth,
        ["foundIn"] = entry.ContextKey,
        ["label"] = entry.Label,
        ["state"] = entry.State.ToString(),
        ["attempts"] = entry.Attempts,
        ["error"] = entry.Error,
        ["template"] = entry.Template,
        ["roleBasis"] = entry.Role?.ToString(),
        ["evidence"] = entry.Evidence,
        ["expected"] = entry.Expected is { } expected ? new JsonObject { ["count"] = expected.Count, ["basis"] = expected.Basis.ToString() } : null,
        ["listedIn"] = new JsonArray([.. entry.ListedIn.Select(k => (JsonNode?)JsonValue.Create(k))]),
    };
}
