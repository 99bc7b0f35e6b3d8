-- Orleans ADO.NET grain storage (Microsoft.Orleans.Persistence.AdoNet 10.4.2, invariant System.Data.SQLite),
-- written for ComplaintGrid's embedded profile.
--
-- The contract, as AdoNetGrainStorage uses it:
--   * At start-up it reads OrleansQuery rows WriteToStorageKey, ReadFromStorageKey, ClearStorageKey (required)
--     and DeleteStorageKey (used only when DeleteStateOnClear is set) and runs their text as given.
--   * Parameters: @GrainIdHash, @GrainTypeHash (int), @GrainIdN0, @GrainIdN1 (long), @GrainTypeString,
--     @GrainIdExtensionString (NULL for keys without an extension), @ServiceId, @GrainStateVersion (the
--     grain's ETag as an int, NULL when it believes no row exists) and @PayloadBinary.
--   * Read returns PayloadBinary and Version; write returns NewGrainStateVersion; clear and delete return the
--     new version in the first column. Orleans raises InconsistentStateException when the returned version
--     is missing, empty or equal to the ETag it sent, so a stale write must return no row at all.
--
-- No explicit BEGIN/COMMIT in the query texts: every statement runs in SQLite's autocommit mode and is atomic
-- on its own, and a failure half-way through a script could otherwise return a pooled connection with a
-- transaction still open. Journal mode and synchronous level are connection settings, applied by
-- SerializedSqliteConnection, because PRAGMA journal_mode cannot change inside the migrator's transaction.

CREATE TABLE OrleansQuery
(
    QueryKey  TEXT NOT NULL PRIMARY KEY,
    QueryText TEXT NOT NULL
);

CREATE TABLE OrleansStorage
(
    GrainIdHash            INTEGER NOT NULL,
    GrainTypeHash          INTEGER NOT NULL,
    ServiceId              TEXT    NOT NULL,
    GrainTypeString        TEXT    NOT NULL,
    GrainIdN0              INTEGER NOT NULL,
    GrainIdN1              INTEGER NOT NULL,
    GrainIdExtensionString TEXT    NULL,
    -- NULL after a clear: the row stays so its Version keeps counting and an old ETag can never match again.
    PayloadBinary          BLOB    NULL,
    -- For people reading the file; Orleans never reads it.
    ModifiedOn             TEXT    NOT NULL,
    Version                INTEGER NOT NULL
);

-- Unique over the full identity, hashes first so the B-tree compares integers before strings. SQLite treats
-- NULLs as distinct here, so for keys without an extension the write query's NOT EXISTS guard (which runs
-- inside the INSERT's own write transaction) is what keeps the row single.
CREATE UNIQUE INDEX UX_OrleansStorage_Grain
    ON OrleansStorage (GrainIdHash, GrainTypeHash, ServiceId, GrainTypeString, GrainIdN0, GrainIdN1, GrainIdExtensionString);

-- Write: with an ETag, update the row only if it still carries that version; without one, insert version 1
-- only if no row exists. Exactly one of the two statements can change a row and RETURN its version; a
-- stale ETag (or a second first-write) changes nothing and returns nothing.
INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES ('WriteToStorageKey', '
UPDATE OrleansStorage
SET PayloadBinary = @PayloadBinary,
    ModifiedOn = strftime(''%Y-%m-%dT%H:%M:%fZ'', ''now''),
    Version = Version + 1
WHERE @GrainStateVersion IS NOT NULL
  AND GrainIdHash = @GrainIdHash AND GrainTypeHash = @GrainTypeHash
  AND ServiceId = @ServiceId AND GrainTypeString = @GrainTypeString
  AND GrainIdN0 = @GrainIdN0 AND GrainIdN1 = @GrainIdN1
  AND GrainIdExtensionString IS @GrainIdExtensionString
  AND Version = @GrainStateVersion
RETURNING Version AS NewGrainStateVersion;

INSERT INTO OrleansStorage
    (GrainIdHash, GrainTypeHash, ServiceId, GrainTypeString, GrainIdN0, GrainIdN1, GrainIdExtensionString,
     PayloadBinary, ModifiedOn, Version)
SELECT @GrainIdHash, @GrainTypeHash, @ServiceId, @GrainTypeString, @GrainIdN0, @GrainIdN1, @GrainIdExtensionString,
       @PayloadBinary, strftime(''%Y-%m-%dT%H:%M:%fZ'', ''now''), 1
WHERE @GrainStateVersion IS NULL
  AND NOT EXISTS (
      SELECT 1 FROM OrleansStorage
      WHERE GrainIdHash = @GrainIdHash AND GrainTypeHash = @GrainTypeHash
        AND ServiceId = @ServiceId AND GrainTypeString = @GrainTypeString
        AND GrainIdN0 = @GrainIdN0 AND GrainIdN1 = @GrainIdN1
        AND GrainIdExtensionString IS @GrainIdExtensionString)
RETURNING Version AS NewGrainStateVersion;
');

INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES ('ReadFromStorageKey', '
SELECT PayloadBinary, Version
FROM OrleansStorage
WHERE GrainIdHash = @GrainIdHash AND GrainTypeHash = @GrainTypeHash
  AND ServiceId = @ServiceId AND GrainTypeString = @GrainTypeString
  AND GrainIdN0 = @GrainIdN0 AND GrainIdN1 = @GrainIdN1
  AND GrainIdExtensionString IS @GrainIdExtensionString;
');

-- Clear keeps the row with a NULL payload and a new version, under the same ETag check as a write.
INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES ('ClearStorageKey', '
UPDATE OrleansStorage
SET PayloadBinary = NULL,
    ModifiedOn = strftime(''%Y-%m-%dT%H:%M:%fZ'', ''now''),
    Version = Version + 1
WHERE GrainIdHash = @GrainIdHash AND GrainTypeHash = @GrainTypeHash
  AND ServiceId = @ServiceId AND GrainTypeString = @GrainTypeString
  AND GrainIdN0 = @GrainIdN0 AND GrainIdN1 = @GrainIdN1
  AND GrainIdExtensionString IS @GrainIdExtensionString
  AND Version = @GrainStateVersion
RETURNING Version AS NewGrainStateVersion;
');

-- Delete (DeleteStateOnClear = true) removes the row; Orleans expects the deleted version + 1 back, so that
-- the answer differs from the ETag it sent, and then forgets the ETag.
INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES ('DeleteStorageKey', '
DELETE FROM OrleansStorage
WHERE GrainIdHash = @GrainIdHash AND GrainTypeHash = @GrainTypeHash
  AND ServiceId = @ServiceId AND GrainTypeString = @GrainTypeString
  AND GrainIdN0 = @GrainIdN0 AND GrainIdN1 = @GrainIdN1
  AND GrainIdExtensionString IS @GrainIdExtensionString
  AND Version = @GrainStateVersion
RETURNING Version + 1 AS NewGrainStateVersion;
');
