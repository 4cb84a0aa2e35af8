using Npgsql;
using NpgsqlTypes;
using ShelfScout.Domain.Catalog;
using ShelfScout.Storage.Frontier;
using ShelfScout.Storage.Postgres.Migrations;

namespace ShelfScout.Storage.Postgres.Frontier;

/// <summary>
/// <see cref="ICrawlFrontier"/> on PostgreSQL, for workers in many processes: a claim locks its rows with
/// <c>FOR UPDATE SKIP LOCKED</c>, so concurrent claimers never wait for or take each other's entries, and each taken
/// entry carries a lease (owner and expiry) that its owner renews and another worker may take over once it has run out;
/// a completion naming its owner is checked under the entry's row lock. Opened alone (<see cref="OpenAsync"/>) it holds
/// no catalogue SQL: <see cref="ResolveListingLinksAsync"/> and <see cref="GetCategoryAliasesAsync"/> throw
/// <see cref="NotSupportedException"/>, a seed's <see cref="FrontierSeed.SeenProductId"/> does not touch the product,
/// coverage evidence matches a listing by its own key only and <see cref="FrontierExplanation.ResultName"/> stays null.
/// Inside <see cref="PostgresShelfStore"/> it keeps the catalogue in step as SQLite's frontier does (<see cref="FrontierCatalogSql"/>).
/// </summary>
public sealed class PostgresCrawlFrontier : ICrawlFrontier, IAsyncDisposable
{
    private const string CrawlColumns = "id, retailer_id, status, started_at, finished_at, recheck";

    private const string InsertSql = """
        INSERT INTO frontier AS f (crawl_id, url_key, url, reason, priority, context_key, label, depth, state, discovered_at, result_id, page_kind, done_at)
        SELECT @crawlId, s.key, s.url, s.reason, s.priority, s.context, s.label, s.depth, s.state, @now, s.seen,
               CASE WHEN s.seen IS NULL THEN NULL ELSE 'Product' END, CASE WHEN s.seen IS NULL THEN NULL ELSE @now END
        FROM unnest(@keys, @urls, @reasons, @priorities, @contexts, @labels, @depths, @states, @seens)
             AS s (key, url, reason, priority, context, label, depth, state, seen)
        ON CONFLICT (crawl_id, url_key) DO UPDATE SET
            state = CASE WHEN f.state IN ('Deferred', 'Seen') AND excluded.state = 'Queued' THEN 'Queued' ELSE f.state END,
            reason = CASE WHEN excluded.priority < f.priority THEN excluded.reason ELSE f.reason END,
            priority = LEAST(f.priority, excluded.priority),
            context_key = COALESCE(f.context_key, excluded.context_key),
            label = COALESCE(f.label, excluded.label)
        WHERE f.state IN ('Queued', 'Deferred', 'Seen');
        """;

    // Queued entries and expired leases, lowest priority first; SKIP LOCKED lets a concurrent claimer take the next rows.
    // Each state is its own scan in ix_frontier_claim's order (crawl_id, state, priority, id) that stops after @window
    // rows: one scan for "state = 'Queued' OR ..." read and sorted every queued entry, so a claim cost grew with the
    // frontier. The window leaves room for rows that concurrent claimers hold locked (they are skipped).
    private const string ClaimSql = """
        WITH candidates AS (
            (SELECT id FROM frontier
             WHERE crawl_id = @crawlId AND state = 'Queued' AND priority <= @maxPriority
             ORDER BY priority, id LIMIT @window)
            UNION ALL
            (SELECT id FROM frontier
             WHERE crawl_id = @crawlId AND state = 'InProgress' AND lease_until < @now AND priority <= @maxPriority
             ORDER BY priority, id LIMIT @window)),
        picked AS (
            SELECT f.id FROM frontier f
            WHERE f.id IN (SELECT id FROM candidates)
              AND (f.state = 'Queued' OR (f.state = 'InProgress' AND f.lease_until < @now))
            ORDER BY f.priority, f.id
            LIMIT @max
            FOR UPDATE SKIP LOCKED)
        UPDATE frontier f SET state = 'InProgress', lease_owner = @owner, lease_until = @until, run_id = @runId, attempts = f.attempts + 1
        FROM picked WHERE f.id = picked.id
        RETURNING f.id, f.crawl_id, f.url, f.url_key, f.reason, f.context_key, f.label, f.depth, f.attempts;
        """;

    /// <summary>Candidates a claim reads per state: this many times the entries it takes, at least <see cref="MinClaimWindow"/>.</summary>
    private const int ClaimWindowFactor = 8;

    /// <summary>The smallest candidate window, so that a few concurrent claimers of one entry each never skip them all.</summary>
    private const int MinClaimWindow = 64;

    private const string CompleteSql = """
        UPDATE frontier SET state = @state, page_kind = COALESCE(@kind, page_kind), note = @note, last_error = @error,
            result_id = COALESCE(@result, result_id), done_at = CASE WHEN @state = 'Queued' THEN NULL ELSE @now END, lease_owner = NULL, lease_until = NULL,
            priority = COALESCE(@priority, priority), expected = COALESCE(@expected, expected), expected_basis = COALESCE(@basis, expected_basis),
            expected_pages = COALESCE(@pages, expected_pages), template = COALESCE(@template, template), role_basis = COALESCE(@role, role_basis),
            evidence = COALESCE(@evidence, evidence)
        WHERE id = @id AND state <> 'Done';
        """;

    private readonly NpgsqlDataSource _dataSource;
    private readonly bool _withCatalog;
    private readonly bool _ownsDataSource;

    private PostgresCrawlFrontier(NpgsqlDataSource dataSource)
        : this(dataSource, withCatalog: false, ownsDataSource: true)
    {
    }

    /// <summary>
    /// A frontier on <paramref name="dataSource"/>. <paramref name="withCatalog"/>: the database holds the catalogue
    /// (<see cref="PostgresShelfStore"/>), so the frontier keeps it in step as SQLite's does (<see cref="FrontierCatalogSql"/>).
    /// </summary>
    internal PostgresCrawlFrontier(NpgsqlDataSource dataSource, bool withCatalog, bool ownsDataSource)
    {
        _dataSource = dataSource;
        _withCatalog = withCatalog;
        _ownsDataSource = ownsDataSource;
    }

    /// <summary>Connects to <paramref name="connectionString"/> and migrates the schema; a one-line <see cref="StoreUnavailableException"/> when it cannot.</summary>
    public static async Task<PostgresCrawlFrontier> OpenAsync(string connectionString, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        var dataSource = PostgresConnections.Create(connectionString);
        try
        {
            await PostgresMigrations.MigrateAsync(dataSource, timeProvider, cancellationToken).ConfigureAwait(false);
            return new PostgresCrawlFrontier(dataSource);
        }
        catch (Exception exception) when (exception is NpgsqlException or PostgresException)
        {
            await dataSource.DisposeAsync().ConfigureAwait(false);
            throw PostgresConnections.Unavailable(PostgresConnections.Describe(connectionString), exception);
        }
        catch
        {
            await dataSource.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    public async Task<CrawlRecord?> GetLatestCrawlAsync(long retailerId, CancellationToken cancellationToken)
    {
        await using var command = _dataSource.CreateCommand($"SELECT {CrawlColumns} FROM crawls WHERE retailer_id = @retailerId ORDER BY id DESC LIMIT 1;");
        command.Parameters.AddWithValue("retailerId", retailerId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false) ? MapCrawl(reader) : null;
    }

    public async Task<CrawlRecord> StartCrawlAsync(long retailerId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using (var drop = new NpgsqlCommand(
            """
            WITH done AS (SELECT bool_or(status = 'Complete' OR recheck) AS recheck FROM crawls WHERE retailer_id = @retailerId),
                 dropped AS (
                    DELETE FROM crawls c WHERE c.retailer_id = @retailerId
                      AND NOT EXISTS (SELECT 1 FROM frontier f WHERE f.crawl_id = c.id AND f.state = 'InProgress' AND f.lease_until >= @now))
            SELECT COALESCE(recheck, false) FROM done;
            """,
            connection,
            transaction))
        {
            drop.Parameters.AddWithValue("retailerId", retailerId);
            drop.Parameters.AddWithValue("now", now);
            var recheck = (bool)(await drop.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
            await using var insert = new NpgsqlCommand(
                $"INSERT INTO crawls (retailer_id, status, started_at, recheck) VALUES (@retailerId, 'Running', @now, @recheck) RETURNING {CrawlColumns};",
                connection,
                transaction);
            insert.Parameters.AddWithValue("retailerId", retailerId);
            insert.Parameters.AddWithValue("now", now);
            insert.Parameters.AddWithValue("recheck", recheck);
            CrawlRecord crawl;
            await using (var reader = await insert.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
            {
                await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
                crawl = MapCrawl(reader);
            }

            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            return crawl;
        }
    }

    public async Task FinishCrawlAsync(long crawlId, CrawlStatus status, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var command = _dataSource.CreateCommand("UPDATE crawls SET status = @status, finished_at = @now WHERE id = @id;");
        command.Parameters.AddWithValue("status", status.ToString());
        command.Parameters.Add(new NpgsqlParameter("now", NpgsqlDbType.TimestampTz) { Value = status == CrawlStatus.Running ? DBNull.Value : now });
        command.Parameters.AddWithValue("id", crawlId);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public Task<int> EnqueueAsync(long crawlId, IReadOnlyList<FrontierSeed> seeds, DateTimeOffset now, CancellationToken cancellationToken) =>
        TransientRetry.RunAsync(() => EnqueueOnceAsync(crawlId, seeds, now, cancellationToken), cancellationToken);

    private async Task<int> EnqueueOnceAsync(long crawlId, IReadOnlyList<FrontierSeed> seeds, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(seeds);
        if (seeds.Count == 0)
        {
            return 0;
        }

        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        return await InsertAsync(connection, null, crawlId, seeds, now, cancellationToken).ConfigureAwait(false);
    }

    public Task<IReadOnlyList<FrontierEntry>> ClaimAsync(long crawlId, FrontierClaim claim, DateTimeOffset now, CancellationToken cancellationToken) =>
        TransientRetry.RunAsync(() => ClaimOnceAsync(crawlId, claim, now, cancellationToken), cancellationToken);

    private async Task<IReadOnlyList<FrontierEntry>> ClaimOnceAsync(long crawlId, FrontierClaim claim, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(claim);
        await using var command = _dataSource.CreateCommand(ClaimSql);
        command.Parameters.AddWithValue("crawlId", crawlId);
        command.Parameters.AddWithValue("maxPriority", claim.MaxPriority ?? int.MaxValue);
        command.Parameters.AddWithValue("now", now);
        command.Parameters.AddWithValue("max", Math.Max(1, claim.MaxEntries));
        command.Parameters.AddWithValue("window", ClaimWindow(claim.MaxEntries));
        command.Parameters.AddWithValue("owner", claim.Owner);
        command.Parameters.AddWithValue("until", now + claim.Lease);
        command.Parameters.AddWithValue("runId", claim.RunId);
        var entries = new List<FrontierEntry>();
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                entries.Add(new FrontierEntry(
                    reader.GetInt64(0),
                    reader.GetInt64(1),
                    reader.GetString(2),
                    reader.GetString(3),
                    Enum.Parse<FrontierReason>(reader.GetString(4)),
                    reader.IsDBNull(5) ? null : reader.GetString(5),
                    reader.IsDBNull(6) ? null : reader.GetString(6),
                    reader.GetInt32(7),
                    reader.GetInt32(8)));
            }
        }

        // RETURNING gives no order guarantee; workers see the claimed entries in order.
        entries.Sort((a, b) => a.Id.CompareTo(b.Id));
        return entries;
    }

    public Task CompleteAsync(long entryId, FrontierCompletion completion, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(completion);
        return TransientRetry.RunAsync(() => CompleteOnceAsync(entryId, completion, now, cancellationToken), cancellationToken);
    }

    private async Task CompleteOnceAsync(long entryId, FrontierCompletion completion, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);

        // The row lock keeps a claimer from taking the entry over between this check and the update.
        await using (var find = new NpgsqlCommand("SELECT crawl_id, state, lease_owner FROM frontier WHERE id = @id FOR UPDATE;", connection, transaction))
        {
            find.Parameters.AddWithValue("id", entryId);
            long? crawlId = null;
            await using (var reader = await find.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
            {
                if (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    var takenOver = completion.Owner is { } owner
                        && reader.GetString(1) == nameof(FrontierState.InProgress)
                        && !reader.IsDBNull(2)
                        && reader.GetString(2) != owner;
                    crawlId = takenOver ? null : reader.GetInt64(0);
                }
            }

            if (crawlId is null)
            {
                // Unknown entry, or its lease ran out and another worker took it over: that worker's completion counts.
                return;
            }

            if (completion.Seeds.Count > 0 || completion.Links.Count > 0)
            {
                await InsertAsync(connection, transaction, crawlId.Value, completion.Seeds, now, cancellationToken).ConfigureAwait(false);
                await InsertLinksAsync(connection, transaction, crawlId.Value, completion.Links, cancellationToken).ConfigureAwait(false);
            }
        }

        await using (var complete = new NpgsqlCommand(CompleteSql, connection, transaction))
        {
            var failed = completion.State == FrontierState.Failed;
            complete.Parameters.AddWithValue("state", completion.State.ToString());
            complete.Parameters.Add(Text("kind", completion.PageKind?.ToString()));
            complete.Parameters.Add(Text("note", failed ? null : completion.Note));
            complete.Parameters.Add(Text("error", failed ? completion.Note : null));
            complete.Parameters.Add(new NpgsqlParameter("result", NpgsqlDbType.Bigint) { Value = (object?)completion.ResultId ?? DBNull.Value });
            complete.Parameters.Add(Integer("expected", completion.Expected?.Count));
            complete.Parameters.Add(Text("basis", completion.Expected?.Basis.ToString()));
            complete.Parameters.Add(Integer("pages", completion.Expected?.Pages));
            complete.Parameters.Add(Text("template", completion.Template));
            complete.Parameters.Add(Text("role", completion.Role?.ToString()));
            complete.Parameters.Add(Text("evidence", completion.Evidence));
            complete.Parameters.Add(Integer("priority", completion.Priority));
            complete.Parameters.AddWithValue("now", now);
            complete.Parameters.AddWithValue("id", entryId);
            if (await complete.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) > 0 && completion.ResultId is not null && _withCatalog)
            {
                await using var key = new NpgsqlCommand(FrontierCatalogSql.ProductKey, connection, transaction);
                key.Parameters.AddWithValue("id", entryId);
                await key.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    public Task<int> RenewLeasesAsync(long crawlId, string owner, TimeSpan lease, DateTimeOffset now, CancellationToken cancellationToken) =>
        ExecuteAsync(
            "UPDATE frontier SET lease_until = @until WHERE crawl_id = @crawlId AND state = 'InProgress' AND lease_owner = @owner;",
            cancellationToken,
            ("until", now + lease),
            ("crawlId", crawlId),
            ("owner", owner));

    public async Task<bool> TryLockRetailerAsync(long retailerId, string owner, TimeSpan lease, DateTimeOffset now, CancellationToken cancellationToken) =>
        await ExecuteAsync(
            """
            INSERT INTO retailer_locks AS l (retailer_id, owner, until) VALUES (@retailerId, @owner, @until)
            ON CONFLICT (retailer_id) DO UPDATE SET owner = excluded.owner, until = excluded.until
            WHERE l.owner = excluded.owner OR l.until < @now;
            """,
            cancellationToken,
            ("retailerId", retailerId),
            ("owner", owner),
            ("until", now + lease),
            ("now", now)).ConfigureAwait(false) > 0;

    public Task UnlockRetailerAsync(long retailerId, string owner, CancellationToken cancellationToken) =>
        ExecuteAsync("DELETE FROM retailer_locks WHERE retailer_id = @retailerId AND owner = @owner;", cancellationToken, ("retailerId", retailerId), ("owner", owner));

    public Task<int> ReleaseAsync(long crawlId, string owner, CancellationToken cancellationToken) =>
        ExecuteAsync(
            """
            UPDATE frontier SET state = 'Queued', lease_owner = NULL, lease_until = NULL, attempts = GREATEST(0, attempts - 1)
            WHERE crawl_id = @crawlId AND state = 'InProgress' AND lease_owner = @owner;
            """,
            cancellationToken,
            ("crawlId", crawlId),
            ("owner", owner));

    public Task<int> RequeueFailedAsync(long crawlId, int maxAttempts, CancellationToken cancellationToken) =>
        ExecuteAsync(
            "UPDATE frontier SET state = 'Queued' WHERE crawl_id = @crawlId AND state = 'Failed' AND attempts < @max;",
            cancellationToken,
            ("crawlId", crawlId),
            ("max", maxAttempts));

    public Task<int> RequeueDeferredAsync(long crawlId, CancellationToken cancellationToken) =>
        ExecuteAsync("UPDATE frontier SET state = 'Queued' WHERE crawl_id = @crawlId AND state = 'Deferred';", cancellationToken, ("crawlId", crawlId));

    public async Task<FrontierCounts> CountFrontierAsync(long crawlId, CancellationToken cancellationToken)
    {
        await using var command = _dataSource.CreateCommand("SELECT state, COUNT(*)::integer FROM frontier WHERE crawl_id = @crawlId GROUP BY state;");
        command.Parameters.AddWithValue("crawlId", crawlId);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                counts[reader.GetString(0)] = reader.GetInt32(1);
            }
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
    }

    /// <summary>Links each product a listing showed to its category; needs the catalogue (a frontier opened alone throws <see cref="NotSupportedException"/>).</summary>
    public async Task<int> ResolveListingLinksAsync(long crawlId, long retailerId, CancellationToken cancellationToken)
    {
        RequireCatalog();
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using (var resolve = new NpgsqlCommand(FrontierCatalogSql.ResolveLinks, connection, transaction))
        {
            resolve.Parameters.AddWithValue("crawlId", crawlId);
            resolve.Parameters.AddWithValue("retailerId", retailerId);
            await resolve.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await using var count = new NpgsqlCommand(FrontierCatalogSql.LinkedCount, connection, transaction);
        count.Parameters.AddWithValue("retailerId", retailerId);
        var linked = (int)(await count.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return linked;
    }

    /// <summary>Listing keys stored under another category URL; needs the catalogue (a frontier opened alone throws <see cref="NotSupportedException"/>).</summary>
    public async Task<IReadOnlyDictionary<string, string>> GetCategoryAliasesAsync(long crawlId, CancellationToken cancellationToken)
    {
        RequireCatalog();
        await using var command = _dataSource.CreateCommand(FrontierCatalogSql.CategoryAliases);
        command.Parameters.AddWithValue("crawlId", crawlId);
        var aliases = new Dictionary<string, string>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            aliases.TryAdd(reader.GetString(0), reader.GetString(1));
        }

        return aliases;
    }

    private void RequireCatalog()
    {
        if (!_withCatalog)
        {
            throw new NotSupportedException("this frontier was opened without the catalogue; open PostgresShelfStore to resolve listings to categories");
        }
    }

    /// <summary>
    /// The frontier's own evidence: a listing's found products are the product pages linked to its key (this store holds
    /// no catalogue, so a listing known under its category's canonical URL only is not matched to it).
    /// </summary>
    public async Task<CoverageEvidence> GetCoverageEvidenceAsync(long crawlId, CancellationToken cancellationToken)
    {
        var listings = new List<ListingCount>();
        await using (var command = _dataSource.CreateCommand(_withCatalog ? FrontierCatalogSql.Listings : FrontierEvidenceSql.Listings))
        {
            command.Parameters.AddWithValue("crawlId", crawlId);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
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

        int[] counts;
        await using (var command = _dataSource.CreateCommand(FrontierEvidenceSql.Shortfalls))
        {
            command.Parameters.AddWithValue("crawlId", crawlId);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
            counts = [.. Enumerable.Range(0, 5).Select(reader.GetInt32)];
        }

        var examples = new List<string>();
        await using (var command = _dataSource.CreateCommand(FrontierEvidenceSql.NotProductExamples))
        {
            command.Parameters.AddWithValue("crawlId", crawlId);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                examples.Add(reader.GetString(0));
            }
        }

        return new CoverageEvidence(listings, counts[0], counts[1], counts[2], counts[3], counts[4]) { NotProductExamples = examples };
    }

    /// <summary>Entries of the retailer's latest crawl for <c>shelfscout explain</c>; <see cref="FrontierExplanation.ResultName"/> is null (no catalogue here).</summary>
    public async Task<IReadOnlyList<FrontierExplanation>> ExplainAsync(long retailerId, string urlKey, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(urlKey);
        var found = new List<FrontierExplanation>();
        await using (var command = _dataSource.CreateCommand(FrontierEvidenceSql.Explain))
        {
            command.Parameters.AddWithValue("retailerId", retailerId);
            command.Parameters.AddWithValue("key", urlKey);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                found.Add(new FrontierExplanation(
                    reader.GetString(0),
                    reader.GetString(1),
                    reader.GetInt64(2),
                    Enum.Parse<FrontierReason>(reader.GetString(3)),
                    reader.IsDBNull(4) ? null : reader.GetString(4),
                    reader.IsDBNull(5) ? null : reader.GetString(5),
                    reader.GetInt32(6),
                    Enum.Parse<FrontierState>(reader.GetString(7)),
                    reader.IsDBNull(8) ? null : reader.GetString(8),
                    reader.IsDBNull(9) ? null : reader.GetString(9),
                    reader.IsDBNull(10) ? null : reader.GetString(10),
                    reader.GetInt32(11),
                    reader.IsDBNull(12) ? null : reader.GetInt64(12),
                    ResultName: null)
                {
                    Template = reader.IsDBNull(13) ? null : reader.GetString(13),
                    Expected = reader.IsDBNull(14) ? null : new ListingExpectation(reader.GetInt32(14), Enum.Parse<ExpectationBasis>(reader.GetString(15)), reader.IsDBNull(16) ? null : reader.GetInt32(16)),
                    ListedIn = reader.GetFieldValue<string[]>(17),
                    Role = reader.IsDBNull(18) ? null : Enum.Parse<RoleBasis>(reader.GetString(18)),
                    Evidence = reader.IsDBNull(19) ? null : reader.GetString(19),
                });
            }
        }

        if (_withCatalog)
        {
            for (var i = 0; i < found.Count; i++)
            {
                if (found[i].ResultId is not { } resultId)
                {
                    continue;
                }

                await using var name = _dataSource.CreateCommand(FrontierCatalogSql.ResultName);
                name.Parameters.Add(new NpgsqlParameter("kind", NpgsqlDbType.Text) { Value = (object?)found[i].PageKind ?? DBNull.Value });
                name.Parameters.AddWithValue("id", resultId);
                found[i] = found[i] with { ResultName = await name.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) as string };
            }
        }

        return found;
    }

    public async Task<IReadOnlyList<RoleTally>> GetRoleTallyAsync(long crawlId, CancellationToken cancellationToken)
    {
        await using var command = _dataSource.CreateCommand(FrontierEvidenceSql.RoleTally);
        command.Parameters.AddWithValue("crawlId", crawlId);
        var tally = new List<RoleTally>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            tally.Add(new RoleTally(
                reader.GetString(0),
                Enum.Parse<FrontierReason>(reader.GetString(1)),
                Enum.Parse<RoleBasis>(reader.GetString(2)),
                reader.IsDBNull(3) ? null : Enum.Parse<PageKind>(reader.GetString(3)),
                reader.GetInt32(4)));
        }

        return tally;
    }

    public async Task<IReadOnlyList<FrontierDecision>> GetGroupDecisionsAsync(long crawlId, string template, FrontierReason reason, RoleBasis basis, PageKind pageKind, CancellationToken cancellationToken)
    {
        await using var command = _dataSource.CreateCommand(FrontierEvidenceSql.GroupDecisions);
        command.Parameters.AddWithValue("crawlId", crawlId);
        command.Parameters.AddWithValue("template", template);
        command.Parameters.AddWithValue("reason", reason.ToString());
        command.Parameters.AddWithValue("kind", pageKind.ToString());
        command.Parameters.AddWithValue("basis", basis.ToString());
        var decisions = new List<FrontierDecision>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            decisions.Add(new FrontierDecision(reader.GetInt64(0), reader.GetString(1), pageKind, reader.IsDBNull(2) ? null : reader.GetInt64(2), reader.GetBoolean(3)));
        }

        return decisions;
    }

    public Task<int> RedecideAsync(long crawlId, IReadOnlyList<long> entryIds, int priority, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entryIds);
        return entryIds.Count == 0
            ? Task.FromResult(0)
            : ExecuteAsync(FrontierEvidenceSql.Redecide, cancellationToken, ("crawlId", crawlId), ("ids", entryIds.ToArray()), ("priority", priority));
    }

    public async Task<IReadOnlyList<(string Url, string? Error)>> GetFailedAsync(long crawlId, CancellationToken cancellationToken)
    {
        await using var command = _dataSource.CreateCommand("SELECT url, last_error FROM frontier WHERE crawl_id = @crawlId AND state = 'Failed' ORDER BY id;");
        command.Parameters.AddWithValue("crawlId", crawlId);
        var failed = new List<(string, string?)>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            failed.Add((reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetString(1)));
        }

        return failed;
    }

    public ValueTask DisposeAsync() => _ownsDataSource ? _dataSource.DisposeAsync() : ValueTask.CompletedTask;

    /// <summary>Seeds go in as one statement over arrays (<c>unnest</c>), so a page's hundred links are one round trip.</summary>
    private async Task<int> InsertAsync(
        NpgsqlConnection connection, NpgsqlTransaction? transaction, long crawlId, IReadOnlyList<FrontierSeed> seeds, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (seeds.Count == 0)
        {
            return 0;
        }

        // One statement cannot update a row twice (ON CONFLICT); the first seed of a key wins, as it would one by one
        // except for a later seed improving priority, which merging here keeps.
        var unique = seeds.GroupBy(seed => seed.UrlKey, StringComparer.Ordinal)
            .Select(group => group.OrderBy(seed => seed.Priority).First())
            .ToList();
        var seen = unique.Where(s => s.SeenProductId is not null).Select(s => s.SeenProductId!.Value).ToArray();
        var added = await UpsertAsync(connection, transaction, crawlId, await WithoutSettledAsync(connection, transaction, crawlId, unique, cancellationToken).ConfigureAwait(false), now, cancellationToken).ConfigureAwait(false);
        if (_withCatalog && seen.Length > 0)
        {
            await using var touch = new NpgsqlCommand(FrontierCatalogSql.TouchSeen, connection, transaction);
            touch.Parameters.AddWithValue("now", now.ToUniversalTime());
            touch.Parameters.AddWithValue("ids", seen);
            await touch.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        return added;
    }

    /// <summary>
    /// The seeds whose entry is not claimed or finished. The upsert would leave those unchanged, but ON CONFLICT locks
    /// every row it meets: two silos completing pages that link to each other (a menu on every category page) each
    /// held its own entry and waited for the other's, a deadlock PostgreSQL breaks after deadlock_timeout (a second).
    /// </summary>
    private static async Task<List<FrontierSeed>> WithoutSettledAsync(
        NpgsqlConnection connection, NpgsqlTransaction? transaction, long crawlId, List<FrontierSeed> seeds, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            "SELECT url_key FROM frontier WHERE crawl_id = @crawlId AND url_key = ANY(@keys) AND state NOT IN ('Queued', 'Deferred', 'Seen');",
            connection,
            transaction);
        command.Parameters.AddWithValue("crawlId", crawlId);
        command.Parameters.AddWithValue("keys", seeds.Select(s => s.UrlKey).ToArray());
        var settled = new HashSet<string>(StringComparer.Ordinal);
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                settled.Add(reader.GetString(0));
            }
        }

        return settled.Count == 0 ? seeds : [.. seeds.Where(s => !settled.Contains(s.UrlKey))];
    }

    private static async Task<int> UpsertAsync(
        NpgsqlConnection connection, NpgsqlTransaction? transaction, long crawlId, List<FrontierSeed> unique, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (unique.Count == 0)
        {
            return 0;
        }

        await using var command = new NpgsqlCommand(InsertSql, connection, transaction);
        command.Parameters.AddWithValue("crawlId", crawlId);
        command.Parameters.AddWithValue("now", now);
        command.Parameters.AddWithValue("keys", unique.Select(s => s.UrlKey).ToArray());
        command.Parameters.AddWithValue("urls", unique.Select(s => s.Url).ToArray());
        command.Parameters.AddWithValue("reasons", unique.Select(s => s.Reason.ToString()).ToArray());
        command.Parameters.AddWithValue("priorities", unique.Select(s => s.Priority).ToArray());
        command.Parameters.Add(new NpgsqlParameter("contexts", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = unique.Select(s => s.ContextKey).ToArray() });
        command.Parameters.Add(new NpgsqlParameter("labels", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = unique.Select(s => s.Label).ToArray() });
        command.Parameters.AddWithValue("depths", unique.Select(s => s.Depth).ToArray());
        command.Parameters.AddWithValue("states", unique.Select(State).ToArray());
        command.Parameters.Add(new NpgsqlParameter("seens", NpgsqlDbType.Array | NpgsqlDbType.Bigint) { Value = unique.Select(s => s.SeenProductId).ToArray() });
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private static async Task InsertLinksAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, long crawlId, IReadOnlyList<(string UrlKey, string CategoryKey)> links, CancellationToken cancellationToken)
    {
        if (links.Count == 0)
        {
            return;
        }

        await using var command = new NpgsqlCommand(
            "INSERT INTO frontier_links (crawl_id, url_key, category_key) SELECT @crawlId, k, c FROM unnest(@keys, @categories) AS l (k, c) ON CONFLICT DO NOTHING;",
            connection,
            transaction);
        command.Parameters.AddWithValue("crawlId", crawlId);
        command.Parameters.AddWithValue("keys", links.Select(l => l.UrlKey).ToArray());
        command.Parameters.AddWithValue("categories", links.Select(l => l.CategoryKey).ToArray());
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private static string State(FrontierSeed seed) =>
        seed.SeenProductId is not null ? nameof(FrontierState.Seen) : seed.Deferred ? nameof(FrontierState.Deferred) : nameof(FrontierState.Queued);

    private static int ClaimWindow(int maxEntries) => Math.Max(MinClaimWindow, Math.Max(1, maxEntries) * ClaimWindowFactor);

    private static NpgsqlParameter Text(string name, string? value) => new(name, NpgsqlDbType.Text) { Value = (object?)value ?? DBNull.Value };

    private static NpgsqlParameter Integer(string name, int? value) => new(name, NpgsqlDbType.Integer) { Value = (object?)value ?? DBNull.Value };

    private async Task<int> ExecuteAsync(string sql, CancellationToken cancellationToken, params (string Name, object Value)[] parameters)
    {
        await using var command = _dataSource.CreateCommand(sql);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private static CrawlRecord MapCrawl(NpgsqlDataReader reader) =>
        new(
            reader.GetInt64(0),
            reader.GetInt64(1),
            Enum.Parse<CrawlStatus>(reader.GetString(2)),
            reader.GetFieldValue<DateTimeOffset>(3),
            reader.IsDBNull(4) ? null : reader.GetFieldValue<DateTimeOffset>(4))
        {
            Recheck = reader.GetBoolean(5),
        };
}
