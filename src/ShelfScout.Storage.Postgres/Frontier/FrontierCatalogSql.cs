namespace ShelfScout.Storage.Postgres.Frontier;

/// <summary>
/// The frontier statements that reach into the catalogue, used only when the frontier is part of
/// <see cref="PostgresShelfStore"/> (the database then holds the catalogue tables too): SQLite's FrontierQueries in
/// PostgreSQL's dialect.
/// </summary>
internal static class FrontierCatalogSql
{
    /// <summary>A product confirmed by its card was observed now.</summary>
    public const string TouchSeen = "UPDATE products SET last_observed_at = GREATEST(last_observed_at, @now) WHERE id = ANY(@ids);";

    /// <summary>Remembers the key a product page was reached under, so a later crawl knows the product by its link.</summary>
    public const string ProductKey = """
        INSERT INTO product_keys (retailer_id, url_key, product_id)
        SELECT c.retailer_id, f.url_key, f.result_id FROM frontier f JOIN crawls c ON c.id = f.crawl_id JOIN products p ON p.id = f.result_id
        WHERE f.id = @id AND f.page_kind = 'Product'
        ON CONFLICT (retailer_id, url_key) DO UPDATE SET product_id = excluded.product_id;
        """;

    public const string ResolveLinks = """
        INSERT INTO product_categories (product_id, category_id)
        SELECT DISTINCT f.result_id, c.id
        FROM frontier_links l
        JOIN frontier f ON f.crawl_id = l.crawl_id AND f.url_key = l.url_key AND f.page_kind = 'Product' AND f.result_id IS NOT NULL
        JOIN products p ON p.id = f.result_id
        JOIN categories c ON c.retailer_id = @retailerId AND c.url = COALESCE(
            (SELECT k.url FROM frontier a JOIN categories k ON k.id = a.result_id
             WHERE a.crawl_id = l.crawl_id AND a.url_key = l.category_key AND a.page_kind <> 'Product' AND a.result_id IS NOT NULL),
            l.category_key)
        WHERE l.crawl_id = @crawlId
        ON CONFLICT DO NOTHING;
        """;

    public const string LinkedCount = "SELECT COUNT(*)::integer FROM product_categories pc JOIN products p ON p.id = pc.product_id WHERE p.retailer_id = @retailerId;";

    public const string CategoryAliases = """
        SELECT f.url_key, c.url FROM frontier f JOIN categories c ON c.id = f.result_id
        WHERE f.crawl_id = @crawlId AND f.result_id IS NOT NULL AND f.page_kind IS NOT NULL AND f.page_kind <> 'Product' AND f.url_key <> c.url
        ORDER BY f.id;
        """;

    // A listing's links name its category by the listing's key, its category's URL or its canonical key.
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
            GREATEST(COALESCE((SELECT n FROM found WHERE k = rtrim(f.url_key, '/')), 0),
                COALESCE((SELECT n FROM found WHERE k = rtrim(c.url, '/')), 0),
                COALESCE((SELECT n FROM found WHERE k = rtrim(c.canonical_key, '/')), 0)),
            f.expected_pages,
            1 + GREATEST(COALESCE((SELECT n FROM paged WHERE k = rtrim(f.url_key, '/')), 0),
                COALESCE((SELECT n FROM paged WHERE k = rtrim(c.url, '/')), 0))
        FROM frontier f
        LEFT JOIN categories c ON c.id = f.result_id AND f.page_kind <> 'Product'
        WHERE f.crawl_id = @crawlId AND f.expected IS NOT NULL AND f.state = 'Done'
        ORDER BY f.id;
        """;

    /// <summary>The name of what an explained entry became: its product's or its category's.</summary>
    public const string ResultName = """
        SELECT CASE WHEN @kind = 'Product' THEN (SELECT p.name FROM products p WHERE p.id = @id) ELSE (SELECT c.name FROM categories c WHERE c.id = @id) END;
        """;
}
