namespace ShelfScout.Storage.Postgres.Frontier;

/// <summary>The coverage-evidence and explain queries of <see cref="PostgresCrawlFrontier"/>, in PostgreSQL's dialect.</summary>
internal static class FrontierEvidenceSql
{
    // A listing's products: its card targets that the crawl holds as products (or dead links / delisted), grouped by the
    // bare listing key (with or without the trailing slash); its pages read: the first and every pager page done.
    public const string Listings = """
        WITH found AS (
            SELECT rtrim(l.category_key, '/') AS k, COUNT(DISTINCT l.url_key)::integer AS n
            FROM frontier_links l
            JOIN frontier p ON p.crawl_id = l.crawl_id AND p.url_key = l.url_key
                AND (p.page_kind = 'Product' OR p.note LIKE 'dead link%' OR p.note LIKE 'delisted%')
            WHERE l.crawl_id = @crawlId
            GROUP BY rtrim(l.category_key, '/')),
        paged AS (
            SELECT rtrim(context_key, '/') AS k, COUNT(*)::integer AS n FROM frontier
            WHERE crawl_id = @crawlId AND reason = 'Pagination' AND state = 'Done'
            GROUP BY rtrim(context_key, '/'))
        SELECT f.url, f.expected, f.expected_basis,
            COALESCE((SELECT n FROM found WHERE k = rtrim(f.url_key, '/')), 0),
            f.expected_pages,
            1 + COALESCE((SELECT n FROM paged WHERE k = rtrim(f.url_key, '/')), 0)
        FROM frontier f
        WHERE f.crawl_id = @crawlId AND f.expected IS NOT NULL AND f.state = 'Done'
        ORDER BY f.id;
        """;

    public const string Shortfalls = """
        SELECT
            COUNT(*) FILTER (WHERE reason = 'ProductCard' AND context_key IS NOT NULL AND state = 'Done' AND page_kind = 'Other' AND COALESCE(note, '') NOT LIKE 'dead link%' AND COALESCE(note, '') NOT LIKE 'delisted%')::integer,
            COUNT(*) FILTER (WHERE reason = 'ProductSitemap' AND state = 'Done' AND page_kind = 'Other' AND COALESCE(note, '') NOT LIKE 'dead link%' AND COALESCE(note, '') NOT LIKE 'delisted%')::integer,
            COUNT(*) FILTER (WHERE reason IN ('ProductCard', 'ProductSitemap') AND state = 'Failed')::integer,
            COUNT(*) FILTER (WHERE reason IN ('Start', 'Menu', 'Subcategory', 'Pagination', 'Sitemap', 'Breadcrumb') AND state = 'Failed')::integer,
            COUNT(*) FILTER (WHERE reason = 'Menu' AND state IN ('Queued', 'InProgress', 'Failed'))::integer
        FROM frontier WHERE crawl_id = @crawlId;
        """;

    public const string NotProductExamples = """
        SELECT url FROM frontier
        WHERE crawl_id = @crawlId AND state = 'Done' AND page_kind = 'Other' AND COALESCE(note, '') NOT LIKE 'dead link%' AND COALESCE(note, '') NOT LIKE 'delisted%'
          AND ((reason = 'ProductCard' AND context_key IS NOT NULL) OR reason = 'ProductSitemap')
        ORDER BY id LIMIT 3;
        """;

    public const string Explain = """
        SELECT f.url, f.url_key, f.crawl_id, f.reason, f.context_key, f.label, f.depth, f.state, f.page_kind, f.note, f.last_error, f.attempts, f.result_id,
            f.template, f.expected, f.expected_basis, f.expected_pages,
            ARRAY(SELECT l.category_key FROM frontier_links l WHERE l.crawl_id = f.crawl_id AND l.url_key = f.url_key ORDER BY l.category_key LIMIT 20),
            f.role_basis, f.evidence
        FROM frontier f
        WHERE f.crawl_id = (SELECT MAX(id) FROM crawls WHERE retailer_id = @retailerId)
          AND (f.url_key = @key OR f.url = @key OR f.url_key LIKE '%' || @key)
        ORDER BY (f.url_key = @key OR f.url = @key) DESC, f.id
        LIMIT 10;
        """;

    public const string RoleTally = """
        SELECT template, reason, role_basis, page_kind, COUNT(*)::integer FROM frontier
        WHERE crawl_id = @crawlId AND state = 'Done' AND role_basis IS NOT NULL AND template IS NOT NULL
        GROUP BY template, reason, role_basis, page_kind;
        """;

    // A product page stands for its product when another page of the crawl was stored as the same record (an alias).
    public const string GroupDecisions = """
        WITH shared AS (
            SELECT result_id, page_kind = 'Product' AS product FROM frontier
            WHERE crawl_id = @crawlId AND state IN ('Done', 'Seen') AND result_id IS NOT NULL AND page_kind IS NOT NULL
            GROUP BY result_id, page_kind = 'Product' HAVING COUNT(*) > 1)
        SELECT f.id, f.url, f.result_id,
            EXISTS (SELECT 1 FROM shared s WHERE s.result_id = f.result_id AND s.product = (f.page_kind = 'Product'))
        FROM frontier f
        WHERE f.crawl_id = @crawlId AND f.state = 'Done' AND f.role_basis = @basis AND f.template = @template AND f.reason = @reason AND f.page_kind = @kind
        ORDER BY f.id;
        """;

    public const string Redecide = """
        UPDATE frontier SET state = 'Queued', priority = @priority, page_kind = NULL, result_id = NULL, role_basis = NULL, evidence = NULL, done_at = NULL,
            note = 'to be decided again, its template group having decided otherwise; was: ' || COALESCE(note, '')
        WHERE crawl_id = @crawlId AND id = ANY(@ids) AND state = 'Done';
        """;
}
