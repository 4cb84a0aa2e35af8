-- Monitoring: alerts kept as data, delisted products, per-page validators for conditional requests, and a
-- retailer identity by origin and path (two stores on one host are two retailers).

CREATE TABLE alerts (
    id               INTEGER PRIMARY KEY,
    retailer_id      INTEGER NOT NULL REFERENCES retailers (id) ON DELETE CASCADE,
    product_id       INTEGER NOT NULL REFERENCES products (id) ON DELETE CASCADE,
    variant_key      TEXT,
    run_id           INTEGER REFERENCES runs (id) ON DELETE SET NULL,
    kind             TEXT NOT NULL,      -- PriceDrop, PriceRise, BackInStock, WentOutOfStock, NewProduct, Delisted
    old_price        TEXT,
    new_price        TEXT,
    currency         TEXT,
    old_availability TEXT,
    new_availability TEXT,
    percent_change   TEXT,
    raised_at        TEXT NOT NULL,
    dedup_key        TEXT NOT NULL UNIQUE -- one change is one alert: the history row or event that caused it
);

CREATE INDEX ix_alerts_retailer ON alerts (retailer_id, raised_at, id);
CREATE INDEX ix_alerts_run ON alerts (run_id, id);

ALTER TABLE products ADD COLUMN delisted_at TEXT;
ALTER TABLE products ADD COLUMN etag TEXT;
ALTER TABLE products ADD COLUMN last_modified TEXT;
ALTER TABLE products ADD COLUMN sitemap_lastmod TEXT;

-- scheme://host:port/path of the start URL; null for retailers stored before this version until their next run.
ALTER TABLE retailers ADD COLUMN site_key TEXT;
CREATE UNIQUE INDEX ix_retailers_site ON retailers (site_key) WHERE site_key IS NOT NULL;

-- A crawl of a retailer whose catalogue was crawled completely before: it re-reads listings, confirms products by
-- their cards or conditional requests, alerts new products and confirms delisted ones.
ALTER TABLE crawls ADD COLUMN recheck INTEGER NOT NULL DEFAULT 0;

-- Every frontier key a product page was reached under (a card's collection path, a sitemap URL), so a later crawl
-- recognises a known product by the link that shows it.
CREATE TABLE product_keys (
    retailer_id INTEGER NOT NULL REFERENCES retailers (id) ON DELETE CASCADE,
    url_key     TEXT NOT NULL,
    product_id  INTEGER NOT NULL REFERENCES products (id) ON DELETE CASCADE,
    PRIMARY KEY (retailer_id, url_key)
) WITHOUT ROWID;
