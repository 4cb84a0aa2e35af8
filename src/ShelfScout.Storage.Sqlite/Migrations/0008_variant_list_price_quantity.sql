-- A variant's list price (compare-at, struck through) and its stock count where the page states them, kept like the
-- product-level price_history.regular_price and stock_history.quantity.

ALTER TABLE variant_price_history ADD COLUMN regular_price TEXT;

ALTER TABLE variant_stock_history ADD COLUMN quantity INTEGER;
