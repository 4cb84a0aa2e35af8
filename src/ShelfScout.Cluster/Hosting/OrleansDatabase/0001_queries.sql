-- ShelfScout's Orleans schema on PostgreSQL, part 1: the query table.
-- Orleans' ADO.NET providers run only the statements stored here, looked up by key, and bind parameters and read
-- result columns by name (names are case-insensitive in PostgreSQL). Every file of this folder is idempotent: tables
-- are created if missing and every query is upserted, so applying the schema again (each silo does at start) brings
-- an older database up to date. Written for ShelfScout against the contract of Orleans 10.4's providers.
CREATE TABLE IF NOT EXISTS OrleansQuery
(
    QueryKey  varchar(64)   NOT NULL PRIMARY KEY,
    QueryText varchar(8000) NOT NULL
);
