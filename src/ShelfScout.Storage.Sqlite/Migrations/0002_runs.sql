-- Run bookkeeping: one row per orchestrator run, its stage counters and the failures it recorded.

CREATE TABLE runs (
    id          INTEGER PRIMARY KEY,
    retailer_id INTEGER NOT NULL REFERENCES retailers (id) ON DELETE CASCADE,
    started_at  TEXT NOT NULL,
    finished_at TEXT,
    status      TEXT NOT NULL,
    settings    TEXT NOT NULL DEFAULT '{}'
);

CREATE INDEX ix_runs_retailer ON runs (retailer_id, started_at);

CREATE TABLE run_stages (
    id         INTEGER PRIMARY KEY,
    run_id     INTEGER NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
    stage      TEXT NOT NULL,
    status     TEXT NOT NULL,
    processed  INTEGER NOT NULL,
    succeeded  INTEGER NOT NULL,
    failed     INTEGER NOT NULL,
    changed    INTEGER NOT NULL,
    elapsed_ms INTEGER NOT NULL,
    note       TEXT,
    UNIQUE (run_id, stage)
);

CREATE TABLE run_errors (
    id     INTEGER PRIMARY KEY,
    run_id INTEGER NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
    stage  TEXT NOT NULL,
    url    TEXT,
    reason TEXT NOT NULL,
    at     TEXT NOT NULL
);

CREATE INDEX ix_run_errors_run ON run_errors (run_id, id);
