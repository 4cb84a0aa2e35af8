-- One run of a retailer at a time, across processes and machines: the run holding the lock names itself and how long
-- it holds it (a lease, renewed while it runs), so a dead holder's lock lapses instead of blocking the retailer.
CREATE TABLE retailer_locks (
    retailer_id bigint PRIMARY KEY REFERENCES retailers (id) ON DELETE CASCADE,
    owner       text NOT NULL,
    until       timestamptz NOT NULL
);
