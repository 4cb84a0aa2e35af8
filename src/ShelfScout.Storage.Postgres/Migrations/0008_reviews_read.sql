-- When each product's reviews were last read from its page (SQLite's 0013): the reviews stage reads the products not
-- read yet instead of stopping once any review is stored.
ALTER TABLE products ADD COLUMN reviews_read_at timestamptz;
