-- A cluster's per-host politeness slots (SQLite's 0012): one row per slot while a silo holds it, the database fence
-- behind the host grain.
CREATE TABLE host_slots (
    host       text        NOT NULL,   -- politeness key (SiteIdentity.PolitenessKey)
    slot       integer     NOT NULL,   -- 0 .. per-host concurrency - 1
    holder     text        NOT NULL,   -- who holds it: silo and request
    expires_at timestamptz NOT NULL,   -- the lease's end; an expired row is free
    PRIMARY KEY (host, slot)
);
