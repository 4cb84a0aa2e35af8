-- Catalogue: retailers, their category trees, products and their observed history.
-- Money is stored as invariant decimal TEXT (never REAL); timestamps as ISO-8601 UTC TEXT, which sorts correctly.

CREATE TABLE retailers (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL COLLATE NOCASE UNIQUE,
    base_url    TEXT NOT NULL,
    created_at  TEXT NOT NULL
);

CREATE TABLE categories (
    id          INTEGER PRIMARY KEY,
    retailer_id INTEGER NOT NULL REFERENCES retailers (id) ON DELETE CASCADE,
    parent_id   INTEGER REFERENCES categories (id) ON DELETE SET NULL,
    name        TEXT NOT NULL,
    url         TEXT NOT NULL,
    depth       INTEGER NOT NULL,
    path        TEXT NOT NULL,
    is_leaf     INTEGER NOT NULL,
    UNIQUE (retailer_id, url)
);

CREATE INDEX ix_categories_parent ON categories (parent_id);

CREATE TABLE products (
    id               INTEGER PRIMARY KEY,
    retailer_id      INTEGER NOT NULL REFERENCES retailers (id) ON DELETE CASCADE,
    url              TEXT NOT NULL,
    name             TEXT,
    sku              TEXT,
    gtin             TEXT,
    mpn              TEXT,
    brand            TEXT,
    description      TEXT,
    images           TEXT NOT NULL DEFAULT '[]',
    rating           TEXT,
    review_count     INTEGER,
    first_seen       TEXT NOT NULL,
    last_seen        TEXT NOT NULL,
    last_observed_at TEXT,
    UNIQUE (retailer_id, url)
);

CREATE TABLE product_categories (
    product_id  INTEGER NOT NULL REFERENCES products (id) ON DELETE CASCADE,
    category_id INTEGER NOT NULL REFERENCES categories (id) ON DELETE CASCADE,
    PRIMARY KEY (product_id, category_id)
) WITHOUT ROWID;

CREATE INDEX ix_product_categories_category ON product_categories (category_id);

CREATE TABLE price_history (
    id            INTEGER PRIMARY KEY,
    product_id    INTEGER NOT NULL REFERENCES products (id) ON DELETE CASCADE,
    price         TEXT NOT NULL,
    regular_price TEXT,
    currency      TEXT,
    observed_at   TEXT NOT NULL,
    source_url    TEXT NOT NULL
);

CREATE INDEX ix_price_history_latest ON price_history (product_id, observed_at, id);

CREATE TABLE stock_history (
    id           INTEGER PRIMARY KEY,
    product_id   INTEGER NOT NULL REFERENCES products (id) ON DELETE CASCADE,
    availability TEXT,
    quantity     INTEGER,
    observed_at  TEXT NOT NULL,
    source_url   TEXT NOT NULL
);

CREATE INDEX ix_stock_history_latest ON stock_history (product_id, observed_at, id);

CREATE TABLE reviews (
    id         INTEGER PRIMARY KEY,
    product_id INTEGER NOT NULL REFERENCES products (id) ON DELETE CASCADE,
    author     TEXT,
    rating     TEXT,
    title      TEXT,
    body       TEXT,
    date       TEXT,
    dedup_hash TEXT NOT NULL,
    UNIQUE (product_id, dedup_hash)
);
