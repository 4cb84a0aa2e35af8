-- Product variants (a size, a colour) and their own price and stock history. Separate history tables keep the
-- product-level price_history/stock_history queries ("latest row per product") and their indexes unchanged.

CREATE TABLE product_variants (
    id            INTEGER PRIMARY KEY,
    product_id    INTEGER NOT NULL REFERENCES products (id) ON DELETE CASCADE,
    variant_key   TEXT NOT NULL,   -- SKU, else GTIN, else normalised option values ("blue|xl"), else name
    name          TEXT,
    options_json  TEXT NOT NULL DEFAULT '[]',
    sku           TEXT,
    gtin          TEXT,
    first_seen_at TEXT NOT NULL,
    last_seen_at  TEXT NOT NULL,
    UNIQUE (product_id, variant_key)
);

CREATE TABLE variant_price_history (
    id          INTEGER PRIMARY KEY,
    variant_id  INTEGER NOT NULL REFERENCES product_variants (id) ON DELETE CASCADE,
    price       TEXT NOT NULL,
    currency    TEXT,
    observed_at TEXT NOT NULL,
    source_url  TEXT
);

CREATE INDEX ix_variant_price_latest ON variant_price_history (variant_id, observed_at, id);

CREATE TABLE variant_stock_history (
    id           INTEGER PRIMARY KEY,
    variant_id   INTEGER NOT NULL REFERENCES product_variants (id) ON DELETE CASCADE,
    availability TEXT NOT NULL,
    observed_at  TEXT NOT NULL,
    source_url   TEXT
);

CREATE INDEX ix_variant_stock_latest ON variant_stock_history (variant_id, observed_at, id);
