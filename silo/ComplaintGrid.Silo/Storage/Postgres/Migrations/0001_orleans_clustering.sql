-- Orleans ADO.NET clustering (Microsoft.Orleans.Clustering.AdoNet 10.4.2, invariant Npgsql) for ComplaintGrid's
-- postgres profile: the cluster's membership table, written by silos and read by silos and clients.
--
-- The contract, as AdoNetClusteringTable and AdoNetGatewayListProvider use it:
--   * At start-up they read every row of OrleansQuery ("SELECT QueryKey, QueryText FROM OrleansQuery") and
--     refuse to start unless the required keys are present. They run the stored text as given, binding
--     parameters by name, and read result columns by name. Which tables the text touches is up to us.
--   * @DeploymentId is the cluster id. A silo is (@Address text, @Port int, @Generation int).
--   * The membership "table version" is an integer per cluster that every membership change must advance
--     by compare-and-swap: insert and update succeed only when @Version is still the current version, and
--     then bump it in the same statement. Orleans reads the result as a boolean (first column, >0 = done).
--   * Reads return one row per silo plus the version, and a single row of NULL silo columns and the version
--     when the cluster has no silos yet ("Version" is read from the first row, the silo from StartTime).
--   * Heartbeats (UpdateIAmAlivetimeKey) and defunct-row cleanup do not advance the version.
--   * Times arrive as UTC DateTime values bound as timestamptz; the columns are timestamptz as well, so the
--     session's TimeZone never changes what is stored or compared.

-- The provider's query directory. The persistence and reminder migrations add their keys here too.
CREATE TABLE OrleansQuery
(
    QueryKey  varchar(64) NOT NULL PRIMARY KEY,
    QueryText text        NOT NULL
);

-- One row per cluster: the version Orleans compares and swaps on every membership change.
CREATE TABLE OrleansMembershipVersionTable
(
    DeploymentId text        NOT NULL PRIMARY KEY,
    Version      integer     NOT NULL DEFAULT 0,
    -- For operators: when membership last changed. Orleans never reads it.
    ChangedAt    timestamptz NOT NULL DEFAULT now()
);

-- One row per silo incarnation (a restarted silo has a new Generation and so a new row).
CREATE TABLE OrleansMembershipTable
(
    -- ON DELETE CASCADE: removing a cluster's version row (DeleteMembershipTableEntriesKey) removes its silos.
    DeploymentId text        NOT NULL REFERENCES OrleansMembershipVersionTable (DeploymentId) ON DELETE CASCADE,
    Address      varchar(45) NOT NULL,
    Port         integer     NOT NULL,
    Generation   integer     NOT NULL,
    SiloName     text        NOT NULL,
    HostName     text        NOT NULL,
    -- Orleans' SiloStatus as a number: 3 = Active, 6 = Dead.
    Status       integer     NOT NULL,
    -- The gateway port; 0 when the silo accepts no clients.
    ProxyPort    integer     NOT NULL,
    -- Votes of other silos that suspect this one: "silo,time|silo,time", written and parsed by Orleans.
    SuspectTimes text        NULL,
    StartTime    timestamptz NOT NULL,
    IAmAliveTime timestamptz NOT NULL,
    PRIMARY KEY (DeploymentId, Address, Port, Generation)
);

-- Creates the cluster's version row the first time any silo starts; later calls find it and report 0.
INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES ('InsertMembershipVersionKey', $query$
WITH created AS
(
    INSERT INTO OrleansMembershipVersionTable (DeploymentId)
    VALUES (@DeploymentId)
    ON CONFLICT (DeploymentId) DO NOTHING
    RETURNING 1
)
SELECT count(*)::integer AS Created FROM created
$query$);

-- A new silo joins. The version row is the fence: the UPDATE takes its row lock, so of two silos racing
-- with the same @Version only the first bumps it, and the second re-checks, finds the version moved and
-- inserts nothing. The NOT EXISTS keeps an existing silo row from being counted as a join.
INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES ('InsertMembershipKey', $query$
WITH fenced AS
(
    UPDATE OrleansMembershipVersionTable AS v
    SET Version = v.Version + 1,
        ChangedAt = now()
    WHERE v.DeploymentId = @DeploymentId
      AND v.Version = @Version
      AND NOT EXISTS
      (
          SELECT 1 FROM OrleansMembershipTable AS m
          WHERE m.DeploymentId = @DeploymentId
            AND m.Address = @Address AND m.Port = @Port AND m.Generation = @Generation
      )
    RETURNING v.DeploymentId
),
joined AS
(
    INSERT INTO OrleansMembershipTable
        (DeploymentId, Address, Port, Generation, SiloName, HostName, Status, ProxyPort, StartTime, IAmAliveTime)
    SELECT fenced.DeploymentId, @Address, @Port, @Generation, @SiloName, @HostName, @Status, @ProxyPort,
           @StartTime, @IAmAliveTime
    FROM fenced
    ON CONFLICT DO NOTHING
    RETURNING 1
)
SELECT count(*)::integer AS Joined FROM joined
$query$);

-- A silo's status or suspicion votes change (joining -> active, suspected, declared dead, shutting down).
-- Same fence as the insert; the row must exist for the version to move.
INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES ('UpdateMembershipKey', $query$
WITH fenced AS
(
    UPDATE OrleansMembershipVersionTable AS v
    SET Version = v.Version + 1,
        ChangedAt = now()
    WHERE v.DeploymentId = @DeploymentId
      AND v.Version = @Version
      AND EXISTS
      (
          SELECT 1 FROM OrleansMembershipTable AS m
          WHERE m.DeploymentId = @DeploymentId
            AND m.Address = @Address AND m.Port = @Port AND m.Generation = @Generation
      )
    RETURNING v.DeploymentId
),
changed AS
(
    UPDATE OrleansMembershipTable AS m
    SET Status = @Status,
        SuspectTimes = @SuspectTimes,
        IAmAliveTime = @IAmAliveTime
    FROM fenced
    WHERE m.DeploymentId = fenced.DeploymentId
      AND m.Address = @Address AND m.Port = @Port AND m.Generation = @Generation
    RETURNING 1
)
SELECT count(*)::integer AS Changed FROM changed
$query$);

-- Heartbeat: frequent and unconditional, so it leaves the version alone and other silos are not made to
-- re-read the whole table for it.
INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES ('UpdateIAmAlivetimeKey', $query$
UPDATE OrleansMembershipTable
SET IAmAliveTime = @IAmAliveTime
WHERE DeploymentId = @DeploymentId
  AND Address = @Address AND Port = @Port AND Generation = @Generation
$query$);

-- One silo and the version, read by one statement so they are consistent with each other. The outer join
-- yields the version row alone when the silo is unknown.
INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES ('MembershipReadRowKey', $query$
SELECT m.Address, m.Port, m.Generation, m.SiloName, m.HostName, m.Status, m.ProxyPort, m.SuspectTimes,
       m.StartTime, m.IAmAliveTime, v.Version
FROM OrleansMembershipVersionTable AS v
LEFT JOIN OrleansMembershipTable AS m
       ON m.DeploymentId = v.DeploymentId
      AND m.Address = @Address AND m.Port = @Port AND m.Generation = @Generation
WHERE v.DeploymentId = @DeploymentId
$query$);

-- Every silo of the cluster and the version, as one snapshot.
INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES ('MembershipReadAllKey', $query$
SELECT m.Address, m.Port, m.Generation, m.SiloName, m.HostName, m.Status, m.ProxyPort, m.SuspectTimes,
       m.StartTime, m.IAmAliveTime, v.Version
FROM OrleansMembershipVersionTable AS v
LEFT JOIN OrleansMembershipTable AS m ON m.DeploymentId = v.DeploymentId
WHERE v.DeploymentId = @DeploymentId
$query$);

-- Forgets a whole cluster (tests and tooling); the cascade removes its silo rows with the version row.
INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES ('DeleteMembershipTableEntriesKey', $query$
DELETE FROM OrleansMembershipVersionTable
WHERE DeploymentId = @DeploymentId
$query$);

-- Gateways for clients (dashboard hosts, the CLI): silos in @Status (Active) that accept clients.
INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES ('GatewaysQueryKey', $query$
SELECT Address, ProxyPort, Generation
FROM OrleansMembershipTable
WHERE DeploymentId = @DeploymentId
  AND Status = @Status
  AND ProxyPort > 0
$query$);

-- Defunct-row cleanup, whole cluster at once: the required key. 10.4.2 calls it only when the optional
-- per-row key below is absent; it deletes by the same rule the provider applies then: silos declared Dead
-- (6) that neither started nor reported alive since the cut-off @IAmAliveTime. Active, joining and
-- stopping silos are never removed here: membership itself declares them dead first.
INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES ('CleanupDefunctSiloEntriesKey', $query$
DELETE FROM OrleansMembershipTable
WHERE DeploymentId = @DeploymentId
  AND Status = 6
  AND StartTime < @IAmAliveTime
  AND IAmAliveTime < @IAmAliveTime
$query$);

-- Defunct-row cleanup, one row at a time (optional key, preferred by 10.4.2 when present): the provider reads
-- the table, picks dead rows older than the cut-off, and deletes each only if it still holds exactly the
-- values it read, so a row that changed in between (a late suspicion vote, say) is left for the next round.
INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES ('CleanupDefunctSiloEntryKey', $query$
DELETE FROM OrleansMembershipTable
WHERE DeploymentId = @DeploymentId
  AND Address = @Address AND Port = @Port AND Generation = @Generation
  AND Status = 6
  AND StartTime = @StartTime
  AND IAmAliveTime = @IAmAliveTime
  AND coalesce(SuspectTimes, '') = coalesce(@SuspectTimes, '')
$query$);
