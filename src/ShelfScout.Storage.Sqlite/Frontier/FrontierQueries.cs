using System.Globalization;
using Microsoft.Data.Sqlite;
using ShelfScout.Domain.Catalog;
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
            result_id = COALESCE($result, result_id), done_at = CASE WHEN $state = 'Queued' THEN NULL ELSE $now END, lease_owner = NULL, lease_until = NULL,
            priority = COALESCE($priority, priority),
            expected = COALESCE($expected, expected), expected_basis = COALESCE($basis, expected_basis), expected_pages = COALESCE($pages, expected_pages), template = COALESCE($template, template),
            role_basis = COALESCE($role, role_basis), evidence = COALESCE($evidence, evidence)
        WHERE id = $id AND state NOT IN ('Done');
        """;

    private const string DropOlderSql = """
        DELETE FROM crawls WHERE retailer_id = $retailerId
          AND NOT EXISTS (SELECT 1 FROM frontier f WHERE f.crawl_id = crawls.id AND f.state = 'InProgress' AND f.lease_until >= $now);
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

                // Older crawls' frontiers are done with (their results live in the catalogue), unless another run still
                // holds live leases in one: deleting it would wipe that run's work under it.
                session.Command(DropOlderSql).Bind("$retailerId", retailerId).Bind("$now", now).ExecuteNonQuery();
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
                if (completion.Owner is { } owner
                    && session.Command("SELECT 1 FROM frontier WHERE id = $id AND state = 'InProgress' AND lease_owner <> $owner;").Bind("$id", entryId).Bind("$owner", owner).ExecuteScalar() is not null)
                {
                    // Its lease ran out and another worker took the entry over: that worker's completion counts.
                    return 0;
                }

                if (completion.Seeds.Count > 0 || completion.Links.Count > 0)
                {
                    var crawlId = Convert.ToInt64(session.Command("SELECT crawl_id FROM frontier WHERE id = $id;").Bind("$id", entryId).ExecuteScalar(), CultureInfo.InvariantCulture);
                    Insert(session, crawlId, completion.Seeds, now);
                    InsertLinks(session, crawlId, completion.Links);
                }

                var updated = session.Command(CompleteSql)
                    .Bind("$state", completion.State.ToString())
                    .Bind("$kind", completion.PageKind?.ToString())
                    .Bind("$note", completion.State == FrontierState.Failed ? null : completion.Note)
                    .Bind("$error", completion.State == FrontierState.Failed ? completion.Note : null)
                    .Bind("$result", completion.ResultId)
                    .Bind("$expected", completion.Expected?.Count)
                    .Bind("$basis", completion.Expected?.Basis.ToString())
                    .Bind("$pages", completion.Expected?.Pages)
                    .Bind("$template", completion.Template)
                    .Bind("$role", completion.Role?.ToString())
                    .Bind("$evidence", completion.Evidence)
                    .Bind("$priority", completion.Priority)
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

    public Task<int> RenewLeasesAsync(long crawlId, string owner, TimeSpan lease, DateTimeOffset now, CancellationToken cancellationToken) =>
        database.WriteAsync(
            session => session.Command("UPDATE frontier SET lease_until = $until WHERE crawl_id = $crawlId AND state = 'InProgress' AND lease_owner = $owner;")
                .Bind("$until", now + lease)
                .Bind("$crawlId", crawlId)
                .Bind("$owner", owner)
                .ExecuteNonQuery(),
            cancellationToken);

    public Task<bool> TryLockRetailerAsync(long retailerId, string owner, TimeSpan lease, DateTimeOffset now, CancellationToken cancellationToken) =>
        database.WriteAsync(
            session => session.Command("""
                    INSERT INTO retailer_locks (retailer_id, owner, until) VALUES ($retailerId, $owner, $until)
                    ON CONFLICT (retailer_id) DO UPDATE SET owner = excluded.owner, until = excluded.until
                    WHERE retailer_locks.owner = excluded.owner OR retailer_locks.until < $now;
                    """)
                .Bind("$retailerId", retailerId)
                .Bind("$owner", owner)
                .Bind("$until", now + lease)
                .Bind("$now", now)
                .ExecuteNonQuery() > 0,
            cancellationToken);

    public Task UnlockRetailerAsync(long retailerId, string owner, CancellationToken cancellationToken) =>
        database.WriteAsync(
            session => session.Command("DELETE FROM retailer_locks WHERE retailer_id = $retailerId AND owner = $owner;")
                .Bind("$retailerId", retailerId)
                .Bind("$owner", owner)
                .ExecuteNonQuery(),
            cancellationToken);

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

    // A listing's products: the card targets its pages linked to the category that the crawl holds as products (read,
    // or confirmed by their card). A listing's links name its category by the listing's key, its category's URL or its
    // canonical key, with or without the trailing slash: one pass groups the links by that bare key.
    private const string ListingCountsSql = """
        WITH found AS (
            SELECT RTRIM(l.category_key, '/') AS k, COUNT(DISTINCT l.url_key) AS n
            FROM frontier_links l
            JOIN frontier p ON p.crawl_id = l.crawl_id AND p.url_key = l.url_key
                AND (p.page_kind = 'Product' OR p.note LIKE 'dead link%' OR p.note LIKE 'delisted%')
            WHERE l.crawl_id = $crawlId
            GROUP BY RTRIM(l.category_key, '/')),
        paged AS (
            SELECT RTRIM(context_key, '/') AS k, COUNT(*) AS n FROM frontier
            WHERE crawl_id = $crawlId AND reason = 'Pagination' AND state = 'Done'
            GROUP BY RTRIM(context_key, '/'))
        SELECT f.url, f.expected, f.expected_basis,
            MAX(COALESCE((SELECT n FROM found WHERE k = RTRIM(f.url_key, '/')), 0),
                COALESCE((SELECT n FROM found WHERE k = RTRIM(c.url, '/')), 0),
                COALESCE((SELECT n FROM found WHERE k = RTRIM(c.canonical_key, '/')), 0)),
            f.expected_pages,
            1 + MAX(COALESCE((SELECT n FROM paged WHERE k = RTRIM(f.url_key, '/')), 0),
                COALESCE((SELECT n FROM paged WHERE k = RTRIM(c.url, '/')), 0))
        FROM frontier f
        LEFT JOIN categories c ON c.id = f.result_id AND f.page_kind <> 'Product'
        WHERE f.crawl_id = $crawlId AND f.expected IS NOT NULL AND f.state = 'Done'
        ORDER BY f.id;
        """;

    // Card and sitemap targets read and taken for no catalogue page at all (neither product nor listing), other than
    // dead links and delisted products; and what was lost or never read.
    private const string ShortfallCountsSql = """
        SELECT
            SUM(reason = 'ProductCard' AND context_key IS NOT NULL AND state = 'Done' AND page_kind = 'Other' AND COALESCE(note, '') NOT LIKE 'dead link%' AND COALESCE(note, '') NOT LIKE 'delisted%'),
            SUM(reason = 'ProductSitemap' AND state = 'Done' AND page_kind = 'Other' AND COALESCE(note, '') NOT LIKE 'dead link%' AND COALESCE(note, '') NOT LIKE 'delisted%'),
            SUM(reason IN ('ProductCard', 'ProductSitemap') AND state = 'Failed'),
            SUM(reason IN ('Start', 'Menu', 'Subcategory', 'Pagination', 'Sitemap', 'Breadcrumb') AND state = 'Failed'),
            SUM(reason = 'Menu' AND state IN ('Queued', 'InProgress', 'Failed'))
        FROM frontier WHERE crawl_id = $crawlId;
        """;

    private const string NotProductExamplesSql = """
        SELECT url FROM frontier
        WHERE crawl_id = $crawlId AND state = 'Done' AND page_kind = 'Other' AND COALESCE(note, '') NOT LIKE 'dead link%' AND COALESCE(note, '') NOT LIKE 'delisted%'
          AND ((reason = 'ProductCard' AND context_key IS NOT NULL) OR reason = 'ProductSitemap')
        ORDER BY id LIMIT 3;
        """;

    // A product page stands for its product when another page of the crawl was stored as the same record (an alias).
    private const string GroupDecisionsSql = """
        WITH shared AS (
            SELECT result_id, page_kind = 'Product' AS product FROM frontier
            WHERE crawl_id = $crawlId AND state IN ('Done', 'Seen') AND result_id IS NOT NULL AND page_kind IS NOT NULL
            GROUP BY result_id, page_kind = 'Product' HAVING COUNT(*) > 1)
        SELECT f.id, f.url, f.result_id,
            EXISTS (SELECT 1 FROM shared s WHERE s.result_id = f.result_id AND s.product = (f.page_kind = 'Product'))
        FROM frontier f
        WHERE f.crawl_id = $crawlId AND f.state = 'Done' AND f.role_basis = $basis AND f.template = $template AND f.reason = $reason AND f.page_kind = $kind
        ORDER BY f.id;
        """;

    private const string RedecideSql = """
        UPDATE frontier SET state = 'Queued', priority = $priority, page_kind = NULL, result_id = NULL, role_basis = NULL, evidence = NULL, done_at = NULL,
            note = 'to be decided again, its template group having decided otherwise; was: ' || COALESCE(note, '')
        WHERE crawl_id = $crawlId AND id = $id AND state = 'Done';
        """;

    private const string ExplainSql = """
        SELECT f.url, f.url_key, f.crawl_id, f.reason, f.context_key, f.label, f.depth, f.state, f.page_kind, f.note, f.last_error, f.attempts, f.result_id,
            CASE WHEN f.page_kind = 'Product' THEN (SELECT p.name FROM products p WHERE p.id = f.result_id) ELSE (SELECT c.name FROM categories c WHERE c.id = f.result_id) END,
            f.template, f.expected, f.expected_basis, f.expected_pages, f.role_basis, f.evidence
        FROM frontier f
        WHERE f.crawl_id = (SELECT MAX(id) FROM crawls WHERE retailer_id = $retailerId)
          AND (f.url_key = $key OR f.url = $key OR f.url_key LIKE '%' || $key)
        ORDER BY (f.url_key = $key OR f.url = $key) DESC, f.id
        LIMIT 10;
        """;

    public Task<CoverageEvidence> GetCoverageEvidenceAsync(long crawlId, CancellationToken cancellationToken) =>
        database.ReadAsync(
            connection =>
            {
                var listings = new List<ListingCount>();
                using (var command = connection.CreateCommand())
                {
                    command.CommandText = ListingCountsSql;
                    command.Bind("$crawlId", crawlId);
                    using var reader = command.ExecuteReader();
                    while (reader.Read())
                    {
                        listings.Add(new ListingCount(
                            reader.GetString(0),
                            reader.GetInt32(1),
                            reader.GetInt32(3),
                            Enum.Parse<ExpectationBasis>(reader.GetString(2)),
                            reader.IsDBNull(4) ? null : reader.GetInt32(4),
                            reader.GetInt32(5)));
                    }
                }

                using var counts = connection.CreateCommand();
                counts.CommandText = ShortfallCountsSql;
                counts.Bind("$crawlId", crawlId);
                using var row = counts.ExecuteReader();
                row.Read();
                int At(int i) => row.IsDBNull(i) ? 0 : row.GetInt32(i);

                var examples = new List<string>();
                using (var command = connection.CreateCommand())
                {
                    command.CommandText = NotProductExamplesSql;
                    command.Bind("$crawlId", crawlId);
                    using var reader = command.ExecuteReader();
                    while (reader.Read())
                    {
                        examples.Add(reader.GetString(0));
                    }
                }

                return new CoverageEvidence(listings, At(0), At(1), At(2), At(3), At(4)) { NotProductExamples = examples };
            },
            cancellationToken);

    public Task<IReadOnlyList<RoleTally>> GetRoleTallyAsync(long crawlId, CancellationToken cancellationToken) =>
        database.ReadAsync<IReadOnlyList<RoleTally>>(
            connection =>
            {
                using var command = connection.CreateCommand();
                command.CommandText = """
                    SELECT template, reason, role_basis, page_kind, COUNT(*) FROM frontier
                    WHERE crawl_id = $crawlId AND state = 'Done' AND role_basis IS NOT NULL AND template IS NOT NULL
                    GROUP BY template, reason, role_basis, page_kind;
                    """;
                command.Bind("$crawlId", crawlId);
                using var reader = command.ExecuteReader();
                var tally = new List<RoleTally>();
                while (reader.Read())
                {
                    tally.Add(new RoleTally(
                        reader.GetString(0),
                        Enum.Parse<FrontierReason>(reader.GetString(1)),
                        Enum.Parse<RoleBasis>(reader.GetString(2)),
                        reader.IsDBNull(3) ? null : Enum.Parse<PageKind>(reader.GetString(3)),
                        reader.GetInt32(4)));
                }

                return tally;
            },
            cancellationToken);

    public Task<IReadOnlyList<FrontierDecision>> GetGroupDecisionsAsync(long crawlId, string template, FrontierReason reason, RoleBasis basis, PageKind pageKind, CancellationToken cancellationToken) =>
        database.ReadAsync<IReadOnlyList<FrontierDecision>>(
            connection =>
            {
                using var command = connection.CreateCommand();
                command.CommandText = GroupDecisionsSql;
                command.Bind("$crawlId", crawlId);
                command.Bind("$template", template);
                command.Bind("$reason", reason.ToString());
                command.Bind("$kind", pageKind.ToString());
                command.Bind("$basis", basis.ToString());
                using var reader = command.ExecuteReader();
                var decisions = new List<FrontierDecision>();
                while (reader.Read())
                {
                    decisions.Add(new FrontierDecision(reader.GetInt64(0), reader.GetString(1), pageKind, reader.IsDBNull(2) ? null : reader.GetInt64(2), reader.GetInt64(3) != 0));
                }

                return decisions;
            },
            cancellationToken);

    public Task<int> RedecideAsync(long crawlId, IReadOnlyList<long> entryIds, int priority, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entryIds);
        return entryIds.Count == 0
            ? Task.FromResult(0)
            : database.WriteAsync(
                session =>
                {
                    var queued = 0;
                    foreach (var id in entryIds)
                    {
                        queued += session.Command(RedecideSql).Bind("$crawlId", crawlId).Bind("$id", id).Bind("$priority", priority).ExecuteNonQuery();
                    }

                    return queued;
                },
                cancellationToken);
    }

    public Task<IReadOnlyList<FrontierExplanation>> ExplainAsync(long retailerId, string urlKey, CancellationToken cancellationToken) =>
        database.ReadAsync<IReadOnlyList<FrontierExplanation>>(
            connection =>
            {
                var found = new List<FrontierExplanation>();
                using (var command = connection.CreateCommand())
                {
                    command.CommandText = ExplainSql;
                    command.Bind("$retailerId", retailerId);
                    command.Bind("$key", urlKey);
                    using var reader = command.ExecuteReader();
                    while (reader.Read())
                    {
                        found.Add(new FrontierExplanation(
                            reader.GetString(0),
                            reader.GetString(1),
                            reader.GetInt64(2),
                            Enum.Parse<FrontierReason>(reader.GetString(3)),
                            reader.GetStringOrNull(4),
                            reader.GetStringOrNull(5),
                            reader.GetInt32(6),
                            Enum.Parse<FrontierState>(reader.GetString(7)),
                            reader.GetStringOrNull(8),
                            reader.GetStringOrNull(9),
                            reader.GetStringOrNull(10),
                            reader.GetInt32(11),
                            reader.IsDBNull(12) ? null : reader.GetInt64(12),
                            reader.GetStringOrNull(13))
                        {
                            Template = reader.GetStringOrNull(14),
                            Expected = reader.IsDBNull(15) ? null : new ListingExpectation(reader.GetInt32(15), Enum.Parse<ExpectationBasis>(reader.GetString(16)), reader.IsDBNull(17) ? null : reader.GetInt32(17)),
                            Role = reader.IsDBNull(18) ? null : Enum.Parse<RoleBasis>(reader.GetString(18)),
                            Evidence = reader.GetStringOrNull(19),
                        });
                    }
                }

                for (var i = 0; i < found.Count; i++)
                {
                    using var command = connection.CreateCommand();
                    command.CommandText = "SELECT category_key FROM frontier_links WHERE crawl_id = $crawlId AND url_key = $key ORDER BY category_key LIMIT 20;";
                    command.Bind("$crawlId", found[i].CrawlId);
                    command.Bind("$key", found[i].UrlKey);
                    using var reader = command.ExecuteReader();
                    var listedIn = new List<string>();
                    while (reader.Read())
                    {
                        listedIn.Add(reader.GetString(0));
                    }

                    found[i] = found[i] with { ListedIn = listedIn };
                }

                return found;
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
