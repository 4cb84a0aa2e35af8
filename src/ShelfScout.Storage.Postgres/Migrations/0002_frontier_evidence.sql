-- What a page told the crawl about the catalogue's size, and the template its page belongs to (SQLite's 0010): the
-- evidence behind a run's coverage estimate and `shelfscout explain`.
ALTER TABLE frontier
    ADD COLUMN expected       integer,   -- products the listing says it holds (stated count or last pager page)
    ADD COLUMN expected_basis text,      -- how: Stated or Pager
    ADD COLUMN expected_pages integer,   -- the pager's last page number, when it has one
    ADD COLUMN template       text;      -- the page's template (URL pattern and main-content shape)
