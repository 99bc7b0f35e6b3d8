-- The complaint history read model (embedded profile): one row per complaint and one per event, projected from the
-- complaints' events by the history projector, at least once and idempotently (a row is replaced only by one at the
-- same or a later sequence; an event is inserted once). Reports per period are computed from these two tables.
--
-- Times are UTC text in one fixed width, yyyy-MM-ddTHH:mm:ss.fffffffZ, so they sort and compare as text and
-- julianday() reads them. Enums are their names. Booleans are 0/1, NULL while unknown.

CREATE TABLE complaint_history
(
    complaint_id       TEXT    NOT NULL PRIMARY KEY,
    customer_id        TEXT    NOT NULL,
    reference          TEXT    NULL,
    status             TEXT    NOT NULL,
    department_id      TEXT    NOT NULL,
    channel            TEXT    NOT NULL,
    category           TEXT    NOT NULL,
    severity           TEXT    NOT NULL,
    priority           TEXT    NOT NULL,
    upheld             INTEGER NULL,
    complaint_type     TEXT    NULL,
    cause              TEXT    NULL,
    outcome            TEXT    NULL,
    filed_at           TEXT    NOT NULL,
    acknowledged_at    TEXT    NULL,
    resolved_at        TEXT    NULL,
    closed_at          TEXT    NULL,
    first_response_met INTEGER NULL,
    resolution_met     INTEGER NULL,
    breach_count       INTEGER NOT NULL,
    reopen_count       INTEGER NOT NULL,
    hand_off_count     INTEGER NOT NULL,
    escalation_level   TEXT    NOT NULL,
    satisfied          INTEGER NULL,
    remedy_kind        TEXT    NULL,
    -- Exact decimal as text: SQLite's NUMERIC would round it through a double.
    remedy_amount      TEXT    NULL,
    root_cause         TEXT    NULL,
    lessons            TEXT    NULL,
    prevention         TEXT    NULL,
    search_text        TEXT    NOT NULL,
    last_sequence      INTEGER NOT NULL
);

-- Search pages newest first with the id as tie-breaker (the keyset); the other filters narrow within a range.
CREATE INDEX ix_complaint_history_filed ON complaint_history (filed_at DESC, complaint_id DESC);
CREATE INDEX ix_complaint_history_customer ON complaint_history (customer_id, filed_at);
CREATE INDEX ix_complaint_history_department ON complaint_history (department_id, filed_at);
CREATE INDEX ix_complaint_history_reference ON complaint_history (reference);
CREATE INDEX ix_complaint_history_closed ON complaint_history (closed_at);

CREATE TABLE complaint_history_events
(
    complaint_id           TEXT    NOT NULL,
    sequence               INTEGER NOT NULL,
    kind                   TEXT    NOT NULL,
    at                     TEXT    NOT NULL,
    -- NULL when restored from a complaint's timeline by `history rebuild`, which does not keep them.
    status                 TEXT    NULL,
    department_id          TEXT    NULL,
    previous_department_id TEXT    NULL,
    clock                  TEXT    NULL,
    level                  TEXT    NULL,
    PRIMARY KEY (complaint_id, sequence)
) WITHOUT ROWID;

CREATE INDEX ix_complaint_history_events_at ON complaint_history_events (at, kind);

-- Free-text search: an FTS5 index over complaint_history.search_text (external content, by rowid), kept in step
-- by triggers, so the text is stored once.
CREATE VIRTUAL TABLE complaint_history_text USING fts5(search_text, content = 'complaint_history', content_rowid = 'rowid');

CREATE TRIGGER complaint_history_text_insert AFTER INSERT ON complaint_history BEGIN
    INSERT INTO complaint_history_text (rowid, search_text) VALUES (new.rowid, new.search_text);
END;

CREATE TRIGGER complaint_history_text_delete AFTER DELETE ON complaint_history BEGIN
    INSERT INTO complaint_history_text (complaint_history_text, rowid, search_text) VALUES ('delete', old.rowid, old.search_text);
END;

CREATE TRIGGER complaint_history_text_update AFTER UPDATE OF search_text ON complaint_history BEGIN
    INSERT INTO complaint_history_text (complaint_history_text, rowid, search_text) VALUES ('delete', old.rowid, old.search_text);
    INSERT INTO complaint_history_text (rowid, search_text) VALUES (new.rowid, new.search_text);
END;
