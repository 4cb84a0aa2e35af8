-- What a page told the crawl about the catalogue's size, and the template its page belongs to: the evidence behind a
-- run's coverage estimate and `shelfscout explain`.
ALTER TABLE frontier ADD COLUMN expected INTEGER;        -- products the listing says it holds (stated count or last pager page)
ALTER TABLE frontier ADD COLUMN expected_basis TEXT;     -- how: Stated or Pager
ALTER TABLE frontier ADD COLUMN expected_pages INTEGER;  -- the pager's last page number, when it has one
ALTER TABLE frontier ADD COLUMN template TEXT;           -- the page's template (URL pattern and main-content shape)
