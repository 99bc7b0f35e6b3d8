-- Orleans ADO.NET grain storage (Microsoft.Orleans.Persistence.AdoNet 10.4.2, invariant Npgsql) for ComplaintGrid's
-- postgres profile: one row per grain state.
--
-- The contract, as AdoNetGrainStorage uses it:
--   * At start-up it reads OrleansQuery rows WriteToStorageKey, ReadFromStorageKey, ClearStorageKey (required)
--     and DeleteStorageKey (needed only with DeleteStateOnClear = true) and runs their text as given.
--   * Parameters: @GrainIdHash, @GrainTypeHash (int), @GrainIdN0, @GrainIdN1 (bigint), @GrainTypeString,
--     @GrainIdExtensionString (the string key, or a key's extension; NULL when there is none), @ServiceId,
--     @GrainStateVersion (the grain's ETag as an int; NULL when it believes no row exists) and @PayloadBinary.
--   * Read returns PayloadBinary and Version (at most one row; PayloadBinary NULL means "no record"). Write
--     returns one row with NewGrainStateVersion. Clear and delete return the new version as their first
--     column. Orleans raises InconsistentStateException when the version it gets back is NULL, missing or
--     equal to the ETag it sent, so a write that lost the race must change nothing and return NULL/no row.

CREATE TABLE OrleansStorage
(
    GrainIdHash            integer     NOT NULL,
    GrainTypeHash          integer     NOT NULL,
    GrainIdN0              bigint      NOT NULL,
    GrainIdN1              bigint      NOT NULL,
    ServiceId              text        NOT NULL,
    GrainTypeString        text        NOT NULL,
    GrainIdExtensionString text        NULL,
    -- NULL after a clear: the row stays so its Version keeps counting and an old ETag never matches again.
    PayloadBinary          bytea       NULL,
    Version                integer     NOT NULL,
    -- For operators; Orleans never reads it.
    ModifiedOn             timestamptz NOT NULL DEFAULT now()
);

-- One row per grain state, enforced by the database rather than by a read-then-insert, so two activations
-- of one grain racing to write its first state cannot both insert. A NULL extension and an empty one are
-- different keys, hence the two extension expressions (this also works before PostgreSQL 15's
-- NULLS NOT DISTINCT). Hashes lead so the B-tree compares integers before strings.
CREATE UNIQUE INDEX UX_OrleansStorage_Grain ON OrleansStorage
(
    GrainIdHash, GrainTypeHash, GrainIdN0, GrainIdN1, ServiceId, GrainTypeString,
    (coalesce(GrainIdExtensionString, '')), (GrainIdExtensionString IS NULL)
);

-- Read one grain's state. IS NOT DISTINCT FROM matches a NULL extension to a NULL column.
INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES ('ReadFromStorageKey', $query$
SELECT PayloadBinary, Version
FROM OrleansStorage
WHERE GrainIdHash = @GrainIdHash AND GrainTypeHash = @GrainTypeHash
  AND GrainIdN0 = @GrainIdN0 AND GrainIdN1 = @GrainIdN1
  AND ServiceId = @ServiceId AND GrainTypeString = @GrainTypeString
  AND GrainIdExtensionString IS NOT DISTINCT FROM @GrainIdExtensionString
$query$);

-- Write: with an ETag, replace the payload only if the row still has that version; without one, create the
-- row at version 1 unless it already exists. At most one branch changes a row; when neither does (stale
-- ETag, or a second "first" write) the scalar subquery yields NULL and Orleans reports the conflict.
INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES ('WriteToStorageKey', $query$
WITH replaced AS
(
    UPDATE OrleansStorage
    SET PayloadBinary = @PayloadBinary,
        Version = Version + 1,
        ModifiedOn = now()
    WHERE @GrainStateVersion IS NOT NULL
      AND Version = @GrainStateVersion
      AND GrainIdHash = @GrainIdHash AND GrainTypeHash = @GrainTypeHash
      AND GrainIdN0 = @GrainIdN0 AND GrainIdN1 = @GrainIdN1
      AND ServiceId = @ServiceId AND GrainTypeString = @GrainTypeString
      AND GrainIdExtensionString IS NOT DISTINCT FROM @GrainIdExtensionString
    RETURNING Version
),
created AS
(
    INSERT INTO OrleansStorage
        (GrainIdHash, GrainTypeHash, GrainIdN0, GrainIdN1, ServiceId, GrainTypeString, GrainIdExtensionString,
         PayloadBinary, Version)
    SELECT @GrainIdHash, @GrainTypeHash, @GrainIdN0, @GrainIdN1, @ServiceId, @GrainTypeString,
           @GrainIdExtensionString, @PayloadBinary, 1
    WHERE @GrainStateVersion IS NULL
    ON CONFLICT (GrainIdHash, GrainTypeHash, GrainIdN0, GrainIdN1, ServiceId, GrainTypeString,
                 (coalesce(GrainIdExtensionString, '')), (GrainIdExtensionString IS NULL))
    DO NOTHING
    RETURNING Version
)
SELECT (SELECT Version FROM replaced UNION ALL SELECT Version FROM created) AS NewGrainStateVersion
$query$);

-- Clear (DeleteStateOnClear = false, Orleans' default): drop the payload but keep the row and advance its
-- version, so the grain's new ETag is fresh and every older ETag stays stale. No row when the ETag is stale.
INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES ('ClearStorageKey', $query$
UPDATE OrleansStorage
SET PayloadBinary = NULL,
    Version = Version + 1,
    ModifiedOn = now()
WHERE Version = @GrainStateVersion
  AND GrainIdHash = @GrainIdHash AND GrainTypeHash = @GrainTypeHash
  AND GrainIdN0 = @GrainIdN0 AND GrainIdN1 = @GrainIdN1
  AND ServiceId = @ServiceId AND GrainTypeString = @GrainTypeString
  AND GrainIdExtensionString IS NOT DISTINCT FROM @GrainIdExtensionString
RETURNING Version AS NewGrainStateVersion
$query$);

-- Clear with DeleteStateOnClear = true: remove the row. The value returned only has to differ from the
-- ETag for Orleans to accept it (the grain then forgets its ETag and its next write creates the row anew).
INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES ('DeleteStorageKey', $query$
DELETE FROM OrleansStorage
WHERE Version = @GrainStateVersion
  AND GrainIdHash = @GrainIdHash AND GrainTypeHash = @GrainTypeHash
  AND GrainIdN0 = @GrainIdN0 AND GrainIdN1 = @GrainIdN1
  AND ServiceId = @ServiceId AND GrainTypeString = @GrainTypeString
  AND GrainIdExtensionString IS NOT DISTINCT FROM @GrainIdExtensionString
RETURNING Version + 1 AS NewGrainStateVersion
$query$);
