-- One run of a retailer at a time, across processes: the run holding the lock names itself and how long it holds it
-- (a lease, renewed while it runs), so a killed holder's lock lapses instead of blocking the retailer for ever.
CREATE TABLE retailer_locks (
    retailer_id INTEGER PRIMARY KEY REFERENCES retailers (id) ON DELETE CASCADE,
    owner       TEXT NOT NULL,
    until       TEXT NOT NULL
);
