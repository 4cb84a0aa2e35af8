-- Each product's latest price and stock in one row, for the dashboard's filtered, sorted product list: finding the
-- latest history row per product for 200,000 products on every page view is too slow. Triggers keep the row in step
-- with every history insert, so no write path changes and nothing can forget to update it.
-- price_sort and on_sale are derived for ordering and filtering only; the money itself stays exact decimal text.

CREATE TABLE current_offers (
    product_id        INTEGER PRIMARY KEY REFERENCES products (id) ON DELETE CASCADE,
    price             TEXT,
    regular_price     TEXT,
    currency          TEXT,
    price_sort        REAL,
    on_sale           INTEGER NOT NULL DEFAULT 0,
    price_observed_at TEXT,
    price_changed_at  TEXT,      -- the latest price row's time when an earlier row existed (a change, not a first sighting)
    availability      TEXT,
    quantity          INTEGER,
    stock_observed_at TEXT
);

CREATE INDEX ix_current_offers_price ON current_offers (price_sort, product_id);
CREATE INDEX ix_current_offers_availability ON current_offers (availability, product_id);
CREATE INDEX ix_current_offers_changed ON current_offers (price_changed_at) WHERE price_changed_at IS NOT NULL;
CREATE INDEX ix_current_offers_sale ON current_offers (product_id) WHERE on_sale = 1;
CREATE INDEX ix_products_name_id ON products (name, id);

INSERT INTO current_offers (product_id, price, regular_price, currency, price_sort, on_sale, price_observed_at, price_changed_at)
SELECT h.product_id, h.price, h.regular_price, h.currency, CAST(h.price AS REAL),
       h.regular_price IS NOT NULL AND CAST(h.regular_price AS REAL) > CAST(h.price AS REAL),
       h.observed_at,
       CASE WHEN EXISTS (SELECT 1 FROM price_history e WHERE e.product_id = h.product_id AND e.id <> h.id) THEN h.observed_at END
FROM price_history h
WHERE h.id = (SELECT l.id FROM price_history l WHERE l.product_id = h.product_id ORDER BY l.observed_at DESC, l.id DESC LIMIT 1);

INSERT INTO current_offers (product_id, availability, quantity, stock_observed_at)
SELECT s.product_id, s.availability, s.quantity, s.observed_at
FROM stock_history s
WHERE s.id = (SELECT l.id FROM stock_history l WHERE l.product_id = s.product_id ORDER BY l.observed_at DESC, l.id DESC LIMIT 1)
ON CONFLICT (product_id) DO UPDATE SET
    availability = excluded.availability, quantity = excluded.quantity, stock_observed_at = excluded.stock_observed_at;

CREATE TRIGGER tr_price_history_current AFTER INSERT ON price_history
BEGIN
    INSERT INTO current_offers (product_id, price, regular_price, currency, price_sort, on_sale, price_observed_at, price_changed_at)
    VALUES (NEW.product_id, NEW.price, NEW.regular_price, NEW.currency, CAST(NEW.price AS REAL),
            NEW.regular_price IS NOT NULL AND CAST(NEW.regular_price AS REAL) > CAST(NEW.price AS REAL),
            NEW.observed_at, NULL)
    ON CONFLICT (product_id) DO UPDATE SET
        price = excluded.price,
        regular_price = excluded.regular_price,
        currency = excluded.currency,
        price_sort = excluded.price_sort,
        on_sale = excluded.on_sale,
        price_changed_at = CASE WHEN current_offers.price_observed_at IS NULL THEN NULL ELSE excluded.price_observed_at END,
        price_observed_at = excluded.price_observed_at
    WHERE current_offers.price_observed_at IS NULL OR excluded.price_observed_at >= current_offers.price_observed_at;
END;

CREATE TRIGGER tr_stock_history_current AFTER INSERT ON stock_history
BEGIN
    INSERT INTO current_offers (product_id, availability, quantity, stock_observed_at)
    VALUES (NEW.product_id, NEW.availability, NEW.quantity, NEW.observed_at)
    ON CONFLICT (product_id) DO UPDATE SET
        availability = excluded.availability,
        quantity = excluded.quantity,
        stock_observed_at = excluded.stock_observed_at
    WHERE current_offers.stock_observed_at IS NULL OR excluded.stock_observed_at >= current_offers.stock_observed_at;
END;
