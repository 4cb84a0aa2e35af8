-- Part 3: grain state. Orleans 10 serialises a state to bytes (PayloadBinary) and passes only that payload; the
-- JSON and XML columns of older Orleans versions are kept (read as null) so a database they made still reads. One row per grain and state type, versioned: a write names the version it read and is
-- refused (the old version is answered, which Orleans reports as an inconsistent state) when another activation wrote
-- in between. The unique index makes two first writes of one grain's state race safely: one inserts, one is refused.
CREATE TABLE IF NOT EXISTS OrleansStorage
(
    GrainIdHash            integer      NOT NULL,
    GrainIdN0              bigint       NOT NULL,
    GrainIdN1              bigint       NOT NULL,
    GrainTypeHash          integer      NOT NULL,
    GrainTypeString        varchar(512) NOT NULL,
    GrainIdExtensionString varchar(512) NULL,
    ServiceId              varchar(150) NOT NULL,
    PayloadBinary          bytea        NULL,
    PayloadXml             xml          NULL,
    PayloadJson            text         NULL,
    ModifiedOn             timestamp    NOT NULL,
    Version                integer      NULL
);

CREATE UNIQUE INDEX IF NOT EXISTS OrleansStorage_Grain ON OrleansStorage
    (ServiceId, GrainTypeHash, GrainIdHash, GrainIdN0, GrainIdN1, GrainTypeString, COALESCE(GrainIdExtensionString, ''));

INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES
('ReadFromStorageKey', '
    SELECT PayloadBinary, PayloadXml, PayloadJson, ModifiedOn, Version
    FROM OrleansStorage
    WHERE ServiceId = @ServiceId AND GrainTypeHash = @GrainTypeHash AND GrainIdHash = @GrainIdHash
      AND GrainIdN0 = @GrainIdN0 AND GrainIdN1 = @GrainIdN1 AND GrainTypeString = @GrainTypeString
      AND COALESCE(GrainIdExtensionString, '''') = COALESCE(CAST(@GrainIdExtensionString AS varchar), '''');'),
('WriteToStorageKey', '
    WITH updated AS (
        UPDATE OrleansStorage
        SET PayloadBinary = @PayloadBinary, PayloadJson = NULL, PayloadXml = NULL,
            ModifiedOn = (now() AT TIME ZONE ''utc''), Version = Version + 1
        WHERE CAST(@GrainStateVersion AS integer) IS NOT NULL AND Version = CAST(@GrainStateVersion AS integer)
          AND ServiceId = @ServiceId AND GrainTypeHash = @GrainTypeHash AND GrainIdHash = @GrainIdHash
          AND GrainIdN0 = @GrainIdN0 AND GrainIdN1 = @GrainIdN1 AND GrainTypeString = @GrainTypeString
          AND COALESCE(GrainIdExtensionString, '''') = COALESCE(CAST(@GrainIdExtensionString AS varchar), '''')
        RETURNING Version),
    inserted AS (
        INSERT INTO OrleansStorage (GrainIdHash, GrainIdN0, GrainIdN1, GrainTypeHash, GrainTypeString, GrainIdExtensionString,
                                    ServiceId, PayloadBinary, ModifiedOn, Version)
        SELECT @GrainIdHash, @GrainIdN0, @GrainIdN1, @GrainTypeHash, @GrainTypeString, @GrainIdExtensionString,
               @ServiceId, @PayloadBinary, (now() AT TIME ZONE ''utc''), 1
        WHERE CAST(@GrainStateVersion AS integer) IS NULL
        ON CONFLICT DO NOTHING
        RETURNING Version)
    SELECT COALESCE((SELECT Version FROM updated), (SELECT Version FROM inserted), CAST(@GrainStateVersion AS integer)) AS NewGrainStateVersion;'),
('ClearStorageKey', '
    UPDATE OrleansStorage
    SET PayloadBinary = NULL, PayloadJson = NULL, PayloadXml = NULL, Version = Version + 1
    WHERE Version = CAST(@GrainStateVersion AS integer)
      AND ServiceId = @ServiceId AND GrainTypeHash = @GrainTypeHash AND GrainIdHash = @GrainIdHash
      AND GrainIdN0 = @GrainIdN0 AND GrainIdN1 = @GrainIdN1 AND GrainTypeString = @GrainTypeString
      AND COALESCE(GrainIdExtensionString, '''') = COALESCE(CAST(@GrainIdExtensionString AS varchar), '''')
    RETURNING Version AS NewGrainStateVersion;'),
('DeleteStorageKey', '
    DELETE FROM OrleansStorage
    WHERE Version = CAST(@GrainStateVersion AS integer)
      AND ServiceId = @ServiceId AND GrainTypeHash = @GrainTypeHash AND GrainIdHash = @GrainIdHash
      AND GrainIdN0 = @GrainIdN0 AND GrainIdN1 = @GrainIdN1 AND GrainTypeString = @GrainTypeString
      AND COALESCE(GrainIdExtensionString, '''') = COALESCE(CAST(@GrainIdExtensionString AS varchar), '''');')
ON CONFLICT (QueryKey) DO UPDATE SET QueryText = excluded.QueryText;
