-- Webhook delivery state: per target and retailer a cursor (alerts at or below it are settled or were before the
-- target was first seen), and per target and alert its state, so a restart neither loses nor repeats an alert.

CREATE TABLE delivery_targets (
    target_key      TEXT NOT NULL,       -- the webhook URL (never its secret)
    retailer_id     INTEGER NOT NULL REFERENCES retailers (id) ON DELETE CASCADE,
    cursor_alert_id INTEGER NOT NULL,
    created_at      TEXT NOT NULL,
    PRIMARY KEY (target_key, retailer_id)
);

CREATE TABLE alert_deliveries (
    target_key   TEXT NOT NULL,
    alert_id     INTEGER NOT NULL REFERENCES alerts (id) ON DELETE CASCADE,
    status       TEXT NOT NULL,          -- Pending, Delivered, Failed
    attempts     INTEGER NOT NULL DEFAULT 0,
    last_error   TEXT,
    updated_at   TEXT NOT NULL,
    delivered_at TEXT,
    PRIMARY KEY (target_key, alert_id)
);
