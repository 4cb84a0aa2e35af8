-- Part 4: reminders. A reminder is a row per grain and name; each silo reads the rows of its hash range of the ring,
-- so every reminder fires on one silo of the cluster. Version is the reminder's ETag.
CREATE TABLE IF NOT EXISTS OrleansRemindersTable
(
    ServiceId    varchar(150)   NOT NULL,
    GrainId      varchar(150)   NOT NULL,
    ReminderName varchar(150)   NOT NULL,
    StartTime    timestamptz(3) NOT NULL,
    Period       bigint         NOT NULL,
    GrainHash    integer        NOT NULL,
    Version      integer        NOT NULL,
    PRIMARY KEY (ServiceId, GrainId, ReminderName)
);

INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES
('UpsertReminderRowKey', '
    INSERT INTO OrleansRemindersTable (ServiceId, GrainId, ReminderName, StartTime, Period, GrainHash, Version)
    VALUES (@ServiceId, @GrainId, @ReminderName, @StartTime, CAST(@Period AS bigint), @GrainHash, 0)
    ON CONFLICT (ServiceId, GrainId, ReminderName) DO UPDATE
        SET StartTime = excluded.StartTime, Period = excluded.Period, GrainHash = excluded.GrainHash,
            Version = OrleansRemindersTable.Version + 1
    RETURNING Version;'),
('ReadReminderRowsKey', '
    SELECT GrainId, ReminderName, StartTime, Period, Version
    FROM OrleansRemindersTable
    WHERE ServiceId = @ServiceId AND GrainId = @GrainId;'),
('ReadReminderRowKey', '
    SELECT GrainId, ReminderName, StartTime, Period, Version
    FROM OrleansRemindersTable
    WHERE ServiceId = @ServiceId AND GrainId = @GrainId AND ReminderName = @ReminderName;'),
-- The ring range (BeginHash, EndHash]; ...Rows2 is the range that wraps past the top of the ring.
('ReadRangeRows1Key', '
    SELECT GrainId, ReminderName, StartTime, Period, Version
    FROM OrleansRemindersTable
    WHERE ServiceId = @ServiceId AND GrainHash > @BeginHash AND GrainHash <= @EndHash;'),
('ReadRangeRows2Key', '
    SELECT GrainId, ReminderName, StartTime, Period, Version
    FROM OrleansRemindersTable
    WHERE ServiceId = @ServiceId AND (GrainHash > @BeginHash OR GrainHash <= @EndHash);'),
('DeleteReminderRowKey', '
    WITH removed AS (
        DELETE FROM OrleansRemindersTable
        WHERE ServiceId = @ServiceId AND GrainId = @GrainId AND ReminderName = @ReminderName AND Version = CAST(@Version AS integer)
        RETURNING 1)
    SELECT count(*)::integer FROM removed;'),
('DeleteReminderRowsKey', '
    DELETE FROM OrleansRemindersTable WHERE ServiceId = @ServiceId;')
ON CONFLICT (QueryKey) DO UPDATE SET QueryText = excluded.QueryText;
