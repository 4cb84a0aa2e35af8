-- A listing reached under several URLs (its menu link, a card link with a suffix, a breadcrumb to an alias path) is one
-- category: the page's canonical link is kept beside the URL the category was first stored under, and a second URL
-- naming the same canonical link updates that category instead of adding another.

ALTER TABLE categories ADD COLUMN canonical_key TEXT;

CREATE INDEX ix_categories_canonical ON categories (retailer_id, canonical_key) WHERE canonical_key IS NOT NULL;
