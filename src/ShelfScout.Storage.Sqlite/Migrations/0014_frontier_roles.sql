-- What decided each page's role (the page's own vote, or its template group): a resumed crawl counts the same votes,
-- and pages that took their group's role are decided again when the group's role turns out otherwise.
ALTER TABLE frontier ADD COLUMN role_basis TEXT;
