-- A cluster's per-host politeness slots: one row per slot while a silo holds it, the database fence behind the host
-- grain (an occasional duplicate activation cannot hand out a slot a live lease holds).
CREATE TABLE host_slots (
    host       TEXT    NOT NULL,   -- politeness key (SiteIdentity.PolitenessKey)
    slot       INTEGER NOT NULL,   -- 0 .. per-host concurrency - 1
    holder     TEXT    NOT NULL,   -- who holds it: silo and request
    expires_at TEXT    NOT NULL,   -- the lease's end; an expired row is free
    PRIMARY KEY (host, slot)
) WITHOUT ROWID;
