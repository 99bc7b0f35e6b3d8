-- Reminders for the embedded profile, read and written only by SqliteReminderTable (Orleans has no SQLite
-- reminder contract, so this table and its queries are ours).

CREATE TABLE complaintgrid_reminders
(
    service_id     TEXT    NOT NULL,
    -- GrainId.ToString(), parsed back with GrainId.Parse.
    grain_id       TEXT    NOT NULL,
    reminder_name  TEXT    NOT NULL,
    -- GrainId.GetUniformHashCode(), 0 .. 2^32-1 (SQLite integers are 64-bit, so no sign folding): the
    -- reminder service reads its share of the hash ring by this column.
    grain_hash     INTEGER NOT NULL,
    -- UTC ticks and ticks, so DateTime and TimeSpan come back exactly.
    start_at_ticks INTEGER NOT NULL,
    period_ticks   INTEGER NOT NULL,
    -- A fresh random value on every upsert, so an ETag from a removed and re-created reminder never matches.
    etag           TEXT    NOT NULL,
    PRIMARY KEY (service_id, grain_id, reminder_name)
);

CREATE INDEX ix_complaintgrid_reminders_ring ON complaintgrid_reminders (service_id, grain_hash);
