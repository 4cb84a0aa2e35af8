-- Each product's latest price and stock in one row, for the dashboard's product list (SQLite's 0009): triggers keep
-- it in step with every history insert, so no write path can forget it. on_sale is derived for filtering only.

CREATE TABLE current_offers (
    product_id        bigint PRIMARY KEY REFERENCES products (id) ON DELETE CASCADE,
    price             numeric,
    regular_price     numeric,
    currency          text,
    on_sale           boolean NOT NULL DEFAULT false,
    price_observed_at timestamptz,
    price_changed_at  timestamptz,  -- the latest price row's time when an earlier row existed (a change, not a first sighting)
    availability      text,
    quantity          integer,
    stock_observed_at timestamptz
);

CREATE INDEX ix_current_offers_price ON current_offers (price, product_id);
CREATE INDEX ix_current_offers_availability ON current_offers (availability, product_id);
CREATE INDEX ix_current_offers_changed ON current_offers (price_changed_at) WHERE price_changed_at IS NOT NULL;
CREATE INDEX ix_current_offers_sale ON current_offers (product_id) WHERE on_sale;

CREATE FUNCTION current_offer_price() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO current_offers AS o (product_id, price, regular_price, currency, on_sale, price_observed_at, price_changed_at)
    VALUES (NEW.product_id, NEW.price, NEW.regular_price, NEW.currency,
            NEW.regular_price IS NOT NULL AND NEW.regular_price > NEW.price, NEW.observed_at, NULL)
    ON CONFLICT (product_id) DO UPDATE SET
        price = excluded.price,
        regular_price = excluded.regular_price,
        currency = excluded.currency,
        on_sale = excluded.on_sale,
        price_changed_at = CASE WHEN o.price_observed_at IS NULL THEN NULL ELSE excluded.price_observed_at END,
        price_observed_at = excluded.price_observed_at
    WHERE o.price_observed_at IS NULL OR excluded.price_observed_at >= o.price_observed_at;
    RETURN NULL;
END;
$$;

CREATE FUNCTION current_offer_stock() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO current_offers AS o (product_id, availability, quantity, stock_observed_at)
    VALUES (NEW.product_id, NEW.availability, NEW.quantity, NEW.observed_at)
    ON CONFLICT (product_id) DO UPDATE SET
        availability = excluded.availability,
        quantity = excluded.quantity,
        stock_observed_at = excluded.stock_observed_at
    WHERE o.stock_observed_at IS NULL OR excluded.stock_observed_at >= o.stock_observed_at;
    RETURN NULL;
END;
$$;

CREATE TRIGGER tr_price_history_current AFTER INSERT ON price_history FOR EACH ROW EXECUTE FUNCTION current_offer_price();
CREATE TRIGGER tr_stock_history_current AFTER INSERT ON stock_history FOR EACH ROW EXECUTE FUNCTION current_offer_stock();
