-- Part 2: cluster membership. One version row per cluster (DeploymentId = cluster id) serialises every membership
-- change: a write names the version it read and succeeds only if the row still holds it (optimistic concurrency), and
-- the version row's lock orders concurrent writers. A query answers 1 when it changed a row, else 0.
CREATE TABLE IF NOT EXISTS OrleansMembershipVersionTable
(
    DeploymentId varchar(150)   NOT NULL PRIMARY KEY,
    Timestamp    timestamptz(3) NOT NULL DEFAULT now(),
    Version      integer        NOT NULL DEFAULT 0
);

CREATE TABLE IF NOT EXISTS OrleansMembershipTable
(
    DeploymentId varchar(150)   NOT NULL REFERENCES OrleansMembershipVersionTable (DeploymentId),
    Address      varchar(45)    NOT NULL,
    Port         integer        NOT NULL,
    Generation   integer        NOT NULL,
    SiloName     varchar(150)   NOT NULL,
    HostName     varchar(150)   NOT NULL,
    Status       integer        NOT NULL,
    ProxyPort    integer        NULL,
    SuspectTimes varchar(8000)  NULL,
    StartTime    timestamptz(3) NOT NULL,
    IAmAliveTime timestamptz(3) NOT NULL,
    PRIMARY KEY (DeploymentId, Address, Port, Generation)
);

INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES
('InsertMembershipVersionKey', '
    WITH added AS (
        INSERT INTO OrleansMembershipVersionTable (DeploymentId) VALUES (@DeploymentId)
        ON CONFLICT (DeploymentId) DO NOTHING
        RETURNING 1)
    SELECT count(*)::integer FROM added;'),
('InsertMembershipKey', '
    WITH bumped AS (
        UPDATE OrleansMembershipVersionTable
        SET Version = Version + 1, Timestamp = now()
        WHERE DeploymentId = @DeploymentId AND Version = @Version
          AND NOT EXISTS (SELECT 1 FROM OrleansMembershipTable
                          WHERE DeploymentId = @DeploymentId AND Address = @Address AND Port = @Port AND Generation = @Generation)
        RETURNING DeploymentId),
    added AS (
        INSERT INTO OrleansMembershipTable (DeploymentId, Address, Port, Generation, SiloName, HostName, Status, ProxyPort, StartTime, IAmAliveTime)
        SELECT DeploymentId, @Address, @Port, @Generation, @SiloName, @HostName, @Status, @ProxyPort, @StartTime, @IAmAliveTime FROM bumped
        ON CONFLICT DO NOTHING
        RETURNING 1)
    SELECT count(*)::integer FROM added;'),
('UpdateMembershipKey', '
    WITH bumped AS (
        UPDATE OrleansMembershipVersionTable
        SET Version = Version + 1, Timestamp = now()
        WHERE DeploymentId = @DeploymentId AND Version = @Version
          AND EXISTS (SELECT 1 FROM OrleansMembershipTable
                      WHERE DeploymentId = @DeploymentId AND Address = @Address AND Port = @Port AND Generation = @Generation)
        RETURNING DeploymentId),
    changed AS (
        UPDATE OrleansMembershipTable m
        SET Status = @Status, SuspectTimes = @SuspectTimes, IAmAliveTime = @IAmAliveTime
        FROM bumped
        WHERE m.DeploymentId = bumped.DeploymentId AND m.Address = @Address AND m.Port = @Port AND m.Generation = @Generation
        RETURNING 1)
    SELECT count(*)::integer FROM changed;'),
('UpdateIAmAlivetimeKey', '
    UPDATE OrleansMembershipTable
    SET IAmAliveTime = @IAmAliveTime
    WHERE DeploymentId = @DeploymentId AND Address = @Address AND Port = @Port AND Generation = @Generation;'),
('MembershipReadRowKey', '
    SELECT v.DeploymentId, m.Address, m.Port, m.Generation, m.SiloName, m.HostName, m.Status, m.ProxyPort,
           m.SuspectTimes, m.StartTime, m.IAmAliveTime, v.Version
    FROM OrleansMembershipVersionTable v
    LEFT JOIN OrleansMembershipTable m
           ON m.DeploymentId = v.DeploymentId AND m.Address = @Address AND m.Port = @Port AND m.Generation = @Generation
    WHERE v.DeploymentId = @DeploymentId;'),
('MembershipReadAllKey', '
    SELECT v.DeploymentId, m.Address, m.Port, m.Generation, m.SiloName, m.HostName, m.Status, m.ProxyPort,
           m.SuspectTimes, m.StartTime, m.IAmAliveTime, v.Version
    FROM OrleansMembershipVersionTable v
    LEFT JOIN OrleansMembershipTable m ON m.DeploymentId = v.DeploymentId
    WHERE v.DeploymentId = @DeploymentId;'),
('GatewaysQueryKey', '
    SELECT Address, ProxyPort, Generation
    FROM OrleansMembershipTable
    WHERE DeploymentId = @DeploymentId AND Status = @Status AND ProxyPort > 0;'),
('DeleteMembershipTableEntriesKey', '
    DELETE FROM OrleansMembershipTable WHERE DeploymentId = @DeploymentId;
    DELETE FROM OrleansMembershipVersionTable WHERE DeploymentId = @DeploymentId;'),
-- Status 6 is Dead: only rows of silos declared dead and silent since the cut-off are removed.
('CleanupDefunctSiloEntriesKey', '
    DELETE FROM OrleansMembershipTable
    WHERE DeploymentId = @DeploymentId AND Status = 6 AND IAmAliveTime < @IAmAliveTime AND StartTime < @IAmAliveTime;'),
('CleanupDefunctSiloEntryKey', '
    DELETE FROM OrleansMembershipTable
    WHERE DeploymentId = @DeploymentId AND Status = 6
      AND Address = @Address AND Port = @Port AND Generation = @Generation
      AND IAmAliveTime = @IAmAliveTime AND StartTime = @StartTime
      AND COALESCE(SuspectTimes, '''') = COALESCE(CAST(@SuspectTimes AS varchar), '''');')
ON CONFLICT (QueryKey) DO UPDATE SET QueryText = excluded.QueryText;
