using System.Globalization;
using Microsoft.Data.Sqlite;
using ShelfScout.Storage.Frontier;

namespace ShelfScout.Storage.Sqlite.Frontier;

/// <summary>The crawl frontier on SQLite: claims are one UPDATE ... RETURNING inside the single-writer transaction.</summary>
internal sealed class FrontierQueries(SqliteDatabase database)
{
    private const string CrawlColumns = "id, retailer_id, status, started_at, finished_at, recheck";

    private const string InsertSql = """
        INSERT INTO frontier (crawl_id, url_key, url, reason, priority, context_key, label, depth, state, discovered_at, result_id, page_kind, done_at)
        VALUES ($crawlId, $key, $url, $reason, $priority, $context, $label, $depth, $state, $now, $seen, $seenKind, $seenAt)
        ON CONFLICT (crawl_id, url_key) DO UPDATE SET
            state = CASE WHEN frontier.state IN ('Deferred', 'Seen') AND excluded.state = 'Queued' THEN 'Queued' ELSE frontier.state END,
            reason = CASE WHEN excluded.priority < frontier.priority THEN excluded.reason ELSE frontier.reason END,
            priority = MIN(frontier.priority, excluded.priority),
            context_key = COALESCE(frontier.context_key, excluded.context_key),
            label = COALESCE(frontier.label, excluded.label)
        WHERE frontier.state IN ('Queued', 'Deferred', 'Seen');
        """;

    private const string TouchSeenSql = """
        UPDATE products SET last_observed_at = MAX(COALESCE(last_observed_at, ''), $now) WHERE id = $productId;
        """;

    private const string ProductKeySql = """
        INSERT INTO product_keys (retailer_id, url_key, product_id)
        SELECT c.retailer_id, f.url_key, f.result_id FROM frontier f JOIN crawls c ON c.id = f.crawl_id
        WHERE f.id = $id AND f.page_kind = 'Product' AND f.result_id IS NOT NULL
        ON CONFLICT (retailer_id, url_key) DO UPDATE SET product_id = excluded.product_id;
        """;

    // Expired leases are taken like queued entries: their worker is gone or stuck. Two index range scans (queued by
    // priority; the few leased ones), never a scan of the whole frontier, so a claim stays cheap at any crawl size.
    private const string ClaimSql = """
        UPDATE frontier SET state = 'InProgress', lease_owner = $owner, lease_until = $until, run_id = $runId, attempts = attempts + 1
        WHERE id IN (
            SELECT id FROM (
                SELECT id, priority FROM (
                    SELECT id, priority FROM frontier
                    WHERE crawl_id = $crawlId AND state = 'Queued' AND priority <= $maxPriority
                    ORDER BY priority, id LIMIT $max)
                UNION ALL
                SELECT id, priority FROM (
                    SELECT id, priority FROM frontier
                    WHERE crawl_id = $crawlId AND state = 'InProgress' AND lease_until < $now AND priority <= $maxPriority
                    LIMIT $max))
            ORDER BY priority, id
            LIMIT $max)
        RETURNING id, crawl_id, url, url_key, reason, context_key, label, depth, attempts;
        """;

    private const string CompleteSql = """
        UPDATE frontier SET state = $state, page_kind = COALESCE($kind, page_kind), note = $note, last_error = $error,
            result_id = COALESCE($result, result_id), done_at = $now, lease_owner = NULL, lease_until = NULL
        WHERE id = $id AND state NOT IN ('Done');
        """;

    private const string ResolveLinksSql = """
        INSERT INTO product_categories (product_id, category_id)
        SELECT DISTINCT f.result_id, c.id
        FROM frontier_links l
        JOIN frontier f ON f.crawl_id = l.crawl_id AND f.url_key = l.url_key AND f.page_kind = 'Product' AND f.result_id IS NOT NULL
        JOIN categories c ON c.retailer_id = $retailerId AND c.url = COALESCE(
            (SELECT k.url FROM frontier a JOIN categories k ON k.id = a.result_id
             WHERE a.crawl_id = l.crawl_id AND a.url_key = l.category_key AND a.page_kind <> 'Product' AND a.result_id IS NOT NULL),
            l.category_key)
        WHERE l.crawl_id = $crawlId
        ON CONFLICT DO NOTHING;
        """;

    public Task<CrawlRecord?> GetLatestAsync(long retailerId, CancellationToken cancellationToken) =>
        database.ReadAsync(
            connection =>
            {
                using var command = connection.CreateCommand();
                command.CommandText = $"SELECT {CrawlColumns} FROM crawls WHERE retailer_id = $retailerId ORDER BY id DESC LIMIT 1;";
                command.Bind("$retailerId", retailerId);
                using var reader = command.ExecuteReader();
                return reader.Read() ? MapCrawl(reader) : null;
            },
            cancellationToken);

    public Task<CrawlRecord> StartAsync(long retailerId, DateTimeOffset now, CancellationToken cancellationToken) =>
        database.WriteAsync(
            session =>
            {
                // A catalogue crawled completely once is rechecked from now on.
                var recheck = Convert.ToInt64(
                    session.Command("SELECT COUNT(*) FROM crawls WHERE retailer_id = $retailerId AND (status = 'Complete' OR recheck = 1);").Bind("$retailerId", retailerId).ExecuteScalar(),
                    CultureInfo.InvariantCulture) > 0;

                // Older crawls' frontiers are done with: their results live in the catalogue.
                session.Command("DELETE FROM crawls WHERE retailer_id = $retailerId;").Bind("$retailerId", retailerId).ExecuteNonQuery();
                var command = session.Command($"INSERT INTO crawls (retailer_id, status, started_at, recheck) VALUES ($retailerId, 'Running', $now, $recheck) RETURNING {CrawlColumns};")
                    .Bind("$retailerId", retailerId)
                    .Bind("$now", now)
                    .Bind("$recheck", recheck);
                using var reader = command.ExecuteReader();
                reader.Read();
                return MapCrawl(reader);
            },
            cancellationToken);

    public Task FinishAsync(long crawlId, CrawlStatus status, DateTimeOffset now, CancellationToken cancellationToken) =>
        database.WriteAsync(
            session => session.Command("UPDATE crawls SET status = $status, finished_at = $now WHERE id = $id;")
                .Bind("$status", status.ToString())
                .Bind("$now", status == CrawlStatus.Running ? null : now)
                .Bind("$id", crawlId)
                .ExecuteNonQuery(),
            cancellationToken);

    public Task<int> EnqueueAsync(long crawlId, IReadOnlyList<FrontierSeed> seeds, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(seeds);
        if (seeds.Count == 0)
        {
            return Task.FromResult(0);
        }

        return database.WriteAsync(session => Insert(session, crawlId, seeds, now), cancellationToken);
    }

    public Task<IReadOnlyList<FrontierEntry>> ClaimAsync(long crawlId, FrontierClaim claim, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(claim);
        return database.WriteAsync<IReadOnlyList<FrontierEntry>>(
            session =>
            {
                var command = session.Command(ClaimSql)
                    .Bind("$owner", claim.Owner)
                    .Bind("$until", now + claim.Lease)
                    .Bind("$runId", claim.RunId)
                    .Bind("$crawlId", crawlId)
                    .Bind("$now", now)
                    .Bind("$maxPriority", claim.MaxPriority ?? int.MaxValue)
                    .Bind("$max", Math.Max(1, claim.MaxEntries));
                using var reader = command.ExecuteReader();
                var entries = new List<FrontierEntry>();
                while (reader.Read())
                {
                    entries.Add(new FrontierEntry(
                        reader.GetInt64(0),
                        reader.GetInt64(1),
                        reader.GetString(2),
                        reader.GetString(3),
                        Enum.Parse<FrontierReason>(reader.GetString(4)),
                        reader.GetStringOrNull(5),
                        reader.GetStringOrNull(6),
                        reader.GetInt32(7),
                        reader.GetInt32(8)));
                }

                // RETURNING gives no order guarantee; workers should see the claimed order.
                entries.Sort((a, b) => a.Id.CompareTo(b.Id));
                return entries;
            },
            cancellationToken);
    }

    public Task CompleteAsync(long entryId, FrontierCompletion completion, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(completion);
        return database.WriteAsync(
            session =>
            {
                if (completion.Seeds.Count > 0 || completion.Links.Count > 0)
                {
                    var crawlId = Convert.ToInt64(session.Command("SELECT crawl_id FROM frontier WHERE id = $id;").Bind("$id", entryId).ExecuteScalar(), CultureInfo.InvariantCulture);
                    Insert(session, crawlId, completion.Seeds, now);
                    InsertLinks(session, crawlId, completion.Links);
                }

                var updated = session.Command(CompleteSql)
                    .Bind("$state", completion.State.ToString())
                    .Bind("$kind", completion.PageKind)
                    .Bind("$note", completion.State == FrontierState.Failed ? null : completion.Note)
                    .Bind("$error", completion.State == FrontierState.Failed ? completion.Note : null)
                    .Bind("$result", completion.ResultId)
                    .Bind("$now", now)
                    .Bind("$id", entryId)
                    .ExecuteNonQuery();
                if (updated > 0 && completion.ResultId is not null)
                {
                    session.Command(ProductKeySql).Bind("$id", entryId).ExecuteNonQuery();
                }

                return updated;
            },
            cancellationToken);
    }

    public Task<int> ReleaseAsync(long crawlId, string owner, CancellationToken cancellationToken) =>
        database.WriteAsync(
            session => session.Command("""
                    UPDATE frontier SET state = 'Queued', lease_owner = NULL, lease_until = NULL, attempts = MAX(0, attempts - 1)
                    WHERE crawl_id = $crawlId AND state = 'InProgress' AND lease_owner = $owner;
                    """)
                .Bind("$crawlId", crawlId)
                .Bind("$owner", owner)
                .ExecuteNonQuery(),
            cancellationToken);

    public Task<int> RequeueFailedAsync(long crawlId, int maxAttempts, CancellationToken cancellationToken) =>
        database.WriteAsync(
            session => session.Command("UPDATE frontier SET state = 'Queued' WHERE crawl_id = $crawlId AND state = 'Failed' AND attempts < $max;")
                .Bind("$crawlId", crawlId)
                .Bind("$max", maxAttempts)
                .ExecuteNonQuery(),
            cancellationToken);

    public Task<int> RequeueDeferredAsync(long crawlId, CancellationToken cancellationToken) =>
        database.WriteAsync(
            session => session.Command("UPDATE frontier SET state = 'Queued' WHERE crawl_id = $crawlId AND state = 'Deferred';")
                .Bind("$crawlId", crawlId)
                .ExecuteNonQuery(),
            cancellationToken);

    public Task<FrontierCounts> CountAsync(long crawlId, CancellationToken cancellationToken) =>
        database.ReadAsync(
            connection =>
            {
                using var command = connection.CreateCommand();
                command.CommandText = "SELECT state, COUNT(*) FROM frontier WHERE crawl_id = $crawlId GROUP BY state;";
                command.Bind("$crawlId", crawlId);
                using var reader = command.ExecuteReader();
                var counts = new Dictionary<string, int>(StringComparer.Ordinal);
                while (reader.Read())
                {
                    counts[reader.GetString(0)] = reader.GetInt32(1);
                }

                return new FrontierCounts(
                    counts.GetValueOrDefault(nameof(FrontierState.Queued)),
                    counts.GetValueOrDefault(nameof(FrontierState.InProgress)),
                    counts.GetValueOrDefault(nameof(FrontierState.Done)),
                    counts.GetValueOrDefault(nameof(FrontierState.Failed)),
                    counts.GetValueOrDefault(nameof(FrontierState.Deferred)))
                {
                    Seen = counts.GetValueOrDefault(nameof(FrontierState.Seen)),
                };
            },
            cancellationToken);

    public Task<int> ResolveListingLinksAsync(long crawlId, long retailerId, CancellationToken cancellationToken) =>
        database.WriteAsync(
            session =>
            {
                session.Command(ResolveLinksSql).Bind("$crawlId", crawlId).Bind("$retailerId", retailerId).ExecuteNonQuery();
                return Convert.ToInt32(
                    session.Command("SELECT COUNT(*) FROM product_categories pc JOIN products p ON p.id = pc.product_id WHERE p.retailer_id = $retailerId;")
                        .Bind("$retailerId", retailerId)
                        .ExecuteScalar(),
                    CultureInfo.InvariantCulture);
            },
            cancellationToken);

    public Task<IReadOnlyDictionary<string, string>> GetCategoryAliasesAsync(long crawlId, CancellationToken cancellationToken) =>
        database.ReadAsync<IReadOnlyDictionary<string, string>>(
            connection =>
            {
                using var command = connection.CreateCommand();
                command.CommandText = """
                    SELECT f.url_key, c.url FROM frontier f JOIN categories c ON c.id = f.result_id
                    WHERE f.crawl_id = $crawlId AND f.result_id IS NOT NULL AND f.page_kind IS NOT NULL AND f.page_kind <> 'Product' AND f.url_key <> c.url;
                    """;
                command.Bind("$crawlId", crawlId);
                using var reader = command.ExecuteReader();
                var aliases = new Dictionary<string, string>(StringComparer.Ordinal);
                while (reader.Read())
                {
                    aliases.TryAdd(reader.GetString(0), reader.GetString(1));
                }

                return aliases;
            },
            cancellationToken);

    public Task<IReadOnlyList<(string Url, string? Error)>> GetFailedAsync(long crawlId, CancellationToken cancellationToken) =>
        database.ReadAsync<IReadOnlyList<(string Url, string? Error)>>(
            connection =>
            {
                using var command = connection.CreateCommand();
                command.CommandText = "SELECT url, last_error FROM frontier WHERE crawl_id = $crawlId AND state = 'Failed' ORDER BY id;";
                command.Bind("$crawlId", crawlId);
                using var reader = command.ExecuteReader();
                var failed = new List<(string, string?)>();
                while (reader.Read())
                {
                    failed.Add((reader.GetString(0), reader.GetStringOrNull(1)));
                }

                return failed;
            },
            cancellationToken);

    private static int Insert(WriteSession session, long crawlId, IReadOnlyList<FrontierSeed> seeds, DateTimeOffset now)
    {
        var added = 0;
        foreach (var seed in seeds)
        {
            added += session.Command(InsertSql)
                .Bind("$crawlId", crawlId)
                .Bind("$key", seed.UrlKey)
                .Bind("$url", seed.Url)
                .Bind("$reason", seed.Reason.ToString())
                .Bind("$priority", seed.Priority)
                .Bind("$context", seed.ContextKey)
                .Bind("$label", seed.Label)
                .Bind("$depth", seed.Depth)
                .Bind("$state", seed.SeenProductId is not null ? nameof(FrontierState.Seen) : seed.Deferred ? nameof(FrontierState.Deferred) : nameof(FrontierState.Queued))
                .Bind("$now", now)
                .Bind("$seen", seed.SeenProductId)
                .Bind("$seenKind", seed.SeenProductId is null ? null : "Product")
                .Bind("$seenAt", seed.SeenProductId is null ? null : now)
                .ExecuteNonQuery();
            if (seed.SeenProductId is { } seen)
            {
                session.Command(TouchSeenSql).Bind("$productId", seen).Bind("$now", now).ExecuteNonQuery();
            }
        }

        return added;
    }

    private static int InsertLinks(WriteSession session, long crawlId, IReadOnlyList<(string UrlKey, string CategoryKey)> links)
    {
        foreach (var (urlKey, categoryKey) in links)
        {
            session.Command("INSERT INTO frontier_links (crawl_id, url_key, category_key) VALUES ($crawlId, $key, $category) ON CONFLICT DO NOTHING;")
                .Bind("$crawlId", crawlId)
                .Bind("$key", urlKey)
                .Bind("$category", categoryKey)
                .ExecuteNonQuery();
        }

        return links.Count;
    }

    private static CrawlRecord MapCrawl(SqliteDataReader reader) =>
        new(
            reader.GetInt64(0),
            reader.GetInt64(1),
            Enum.Parse<CrawlStatus>(reader.GetString(2)),
            reader.GetTime(3),
            reader.GetTimeOrNull(4))
        {
            Recheck = reader.GetInt64(5) != 0,
        };
}
