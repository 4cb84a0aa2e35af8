-- What decided each page's role (the page's own vote, or its template group) and the page's own evidence in words:
-- a resumed crawl counts the same votes, pages that took their group's role are decided again when the group's role
-- turns out otherwise, and `shelfscout explain` shows both.
ALTER TABLE frontier ADD COLUMN role_basis TEXT;
ALTER TABLE frontier ADD COLUMN evidence TEXT;
