-- The persisted crawl frontier: every URL a crawl discovered, why, in which category context, and where its work
-- stands. A crawl is one complete pass over a retailer's site; it survives the runs (processes) that work on it.

CREATE TABLE crawls (
    id          INTEGER PRIMARY KEY,
    retailer_id INTEGER NOT NULL REFERENCES retailers (id) ON DELETE CASCADE,
    status      TEXT NOT NULL,           -- Running, Limited, Complete
    started_at  TEXT NOT NULL,
    finished_at TEXT
);

CREATE INDEX ix_crawls_retailer ON crawls (retailer_id, id);

CREATE TABLE frontier (
    id           INTEGER PRIMARY KEY,
    crawl_id     INTEGER NOT NULL REFERENCES crawls (id) ON DELETE CASCADE,
    url_key      TEXT NOT NULL,          -- canonical URL: the identity of the entry
    url          TEXT NOT NULL,
    reason       TEXT NOT NULL,          -- why it was queued (Start, Menu, Subcategory, Pagination, ...)
    priority     INTEGER NOT NULL,       -- lower first: navigation before listings before products
    context_key  TEXT,                   -- the category (url key) it was found in
    label        TEXT,                   -- the link text it was found under
    depth        INTEGER NOT NULL,
    state        TEXT NOT NULL,          -- Queued, InProgress, Done, Failed, Deferred
    lease_owner  TEXT,
    lease_until  TEXT,
    attempts     INTEGER NOT NULL DEFAULT 0,
    last_error   TEXT,
    page_kind    TEXT,                   -- what the page turned out to be
    note         TEXT,                   -- why the classifier decided so
    result_id    INTEGER,                -- the product or category stored from it
    run_id       INTEGER,                -- the run that last claimed it
    discovered_at TEXT NOT NULL,
    done_at      TEXT,
    UNIQUE (crawl_id, url_key)
);

CREATE INDEX ix_frontier_claim ON frontier (crawl_id, state, priority, id);

-- A product listed in a category, known before the product page is read; resolved to product_categories at the end.
CREATE TABLE frontier_links (
    crawl_id     INTEGER NOT NULL REFERENCES crawls (id) ON DELETE CASCADE,
    url_key      TEXT NOT NULL,
    category_key TEXT NOT NULL,
    PRIMARY KEY (crawl_id, url_key, category_key)
) WITHOUT ROWID;

ALTER TABLE runs ADD COLUMN owner TEXT;
ALTER TABLE categories ADD COLUMN parent_hint TEXT;

CREATE INDEX ix_products_name ON products (retailer_id, name);
