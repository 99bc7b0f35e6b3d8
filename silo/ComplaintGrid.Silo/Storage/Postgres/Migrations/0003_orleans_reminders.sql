-- Orleans ADO.NET reminders (Microsoft.Orleans.Reminders.AdoNet 10.4.2, invariant Npgsql) for ComplaintGrid's
-- postgres profile: one row per (grain, reminder name), read by the silo that owns the grain's hash range.
--
-- The contract, as AdoNetReminderTable uses it:
--   * It reads every row of OrleansQuery at start-up and needs ReadReminderRowsKey, ReadReminderRowKey,
--     ReadRangeRows1Key, ReadRangeRows2Key, UpsertReminderRowKey, DeleteReminderRowKey and DeleteReminderRowsKey.
--   * Parameters: @ServiceId, @GrainId (GrainId.ToString()), @ReminderName, @StartTime (UTC, timestamptz),
--     @Period (milliseconds: int, or bigint above 24.8 days), @GrainHash, @BeginHash, @EndHash (the uint
--     ring hashes cast to int, so they compare in signed order) and @Version (the ETag as an int).
--   * Reads return GrainId, ReminderName, StartTime, Period (read as bigint) and Version. Upsert returns
--     the new Version; delete returns one row whose first column is >0 when the row was removed.
--   * Ring ranges are (begin, end]. The provider sends ReadRangeRows1Key when begin < end in signed order
--     and ReadRangeRows2Key otherwise, i.e. when the range wraps past the largest signed value.

CREATE TABLE OrleansRemindersTable
(
    ServiceId    text        NOT NULL,
    GrainId      text        NOT NULL,
    ReminderName text        NOT NULL,
    StartTime    timestamptz NOT NULL,
    -- Milliseconds; bigint because Orleans allows periods longer than int milliseconds (24.8 days).
    Period       bigint      NOT NULL,
    -- GrainId.GetUniformHashCode() folded into a signed int, as Orleans binds it.
    GrainHash    integer     NOT NULL,
    -- The ETag: advanced on every upsert, so a stale ETag never removes a re-registered reminder.
    Version      integer     NOT NULL,
    PRIMARY KEY (ServiceId, GrainId, ReminderName)
);

-- Each silo reads the reminders of its share of the hash ring at start-up and after membership changes.
CREATE INDEX IX_OrleansRemindersTable_Ring ON OrleansRemindersTable (ServiceId, GrainHash);

-- All reminders of one grain.
INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES ('ReadReminderRowsKey', $query$
SELECT GrainId, ReminderName, StartTime, Period, Version
FROM OrleansRemindersTable
WHERE ServiceId = @ServiceId AND GrainId = @GrainId
$query$);

-- One reminder of one grain; no row when it does not exist.
INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES ('ReadReminderRowKey', $query$
SELECT GrainId, ReminderName, StartTime, Period, Version
FROM OrleansRemindersTable
WHERE ServiceId = @ServiceId AND GrainId = @GrainId AND ReminderName = @ReminderName
$query$);

-- A ring range that does not wrap in signed order: (begin, end].
INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES ('ReadRangeRows1Key', $query$
SELECT GrainId, ReminderName, StartTime, Period, Version
FROM OrleansRemindersTable
WHERE ServiceId = @ServiceId
  AND GrainHash > @BeginHash AND GrainHash <= @EndHash
$query$);

-- A ring range that wraps (begin >= end in signed order): above begin, or up to and including end.
INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES ('ReadRangeRows2Key', $query$
SELECT GrainId, ReminderName, StartTime, Period, Version
FROM OrleansRemindersTable
WHERE ServiceId = @ServiceId
  AND (GrainHash > @BeginHash OR GrainHash <= @EndHash)
$query$);

-- Register or re-aim a reminder in one statement; the returned Version is the new ETag.
INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES ('UpsertReminderRowKey', $query$
INSERT INTO OrleansRemindersTable AS r (ServiceId, GrainId, ReminderName, StartTime, Period, GrainHash, Version)
VALUES (@ServiceId, @GrainId, @ReminderName, @StartTime, @Period, @GrainHash, 1)
ON CONFLICT (ServiceId, GrainId, ReminderName) DO UPDATE
SET StartTime = excluded.StartTime,
    Period = excluded.Period,
    GrainHash = excluded.GrainHash,
    Version = r.Version + 1
RETURNING Version
$query$);

-- Remove a reminder only if it still has the caller's ETag; always answers one row (1 removed, 0 not).
INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES ('DeleteReminderRowKey', $query$
WITH removed AS
(
    DELETE FROM OrleansRemindersTable
    WHERE ServiceId = @ServiceId AND GrainId = @GrainId AND ReminderName = @ReminderName
      AND Version = @Version
    RETURNING 1
)
SELECT count(*)::integer AS Removed FROM removed
$query$);

-- Every reminder of the service (Orleans uses it from tests and tooling only).
INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES ('DeleteReminderRowsKey', $query$
DELETE FROM OrleansRemindersTable
WHERE ServiceId = @ServiceId
$query$);
