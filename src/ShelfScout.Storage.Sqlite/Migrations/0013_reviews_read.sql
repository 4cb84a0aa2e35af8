-- When each product's reviews were last read from its page: the reviews stage reads the products not read yet
-- (new ones, or all of them after a crawl that did not read reviews), instead of stopping once any review is stored.
ALTER TABLE products ADD COLUMN reviews_read_at TEXT;
