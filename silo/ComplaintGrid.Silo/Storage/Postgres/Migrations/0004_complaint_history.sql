-- The complaint history read model (postgres profile): one row per complaint and one per event, projected from the
-- complaints' events by the history projector, at least once and idempotently (a row is replaced only by one at the
-- same or a later sequence; an event is inserted once). Reports per period are computed from these two tables.
-- Enums are their names.

CREATE TABLE complaint_history
(
    complaint_id       text        NOT NULL PRIMARY KEY,
    customer_id        text        NOT NULL,
    reference          text        NULL,
    status             text        NOT NULL,
    department_id      text        NOT NULL,
    channel            text        NOT NULL,
    category           text        NOT NULL,
    severity           text        NOT NULL,
    priority           text        NOT NULL,
    upheld             boolean     NULL,
    complaint_type     text        NULL,
    cause              text        NULL,
    outcome            text        NULL,
    filed_at           timestamptz NOT NULL,
    acknowledged_at    timestamptz NULL,
    resolved_at        timestamptz NULL,
    closed_at          timestamptz NULL,
    first_response_met boolean     NULL,
    resolution_met     boolean     NULL,
    breach_count       integer     NOT NULL,
    reopen_count       integer     NOT NULL,
    hand_off_count     integer     NOT NULL,
    escalation_level   text        NOT NULL,
    satisfied          boolean     NULL,
    remedy_kind        text        NULL,
    remedy_amount      numeric     NULL,
    root_cause         text        NULL,
    lessons            text        NULL,
    prevention         text        NULL,
    search_text        text        NOT NULL,
    -- The 'simple' configuration (no stemming, no stop words), as SQLite's FTS5 tokenizer: the same words find the
    -- same complaints on either profile.
    search_vector      tsvector    GENERATED ALWAYS AS (to_tsvector('simple', search_text)) STORED,
    last_sequence      bigint      NOT NULL
);

-- Search pages newest first with the id as tie-breaker (the keyset); the other filters narrow within a range.
CREATE INDEX ix_complaint_history_filed ON complaint_history (filed_at DESC, complaint_id DESC);
CREATE INDEX ix_complaint_history_customer ON complaint_history (customer_id, filed_at);
CREATE INDEX ix_complaint_history_department ON complaint_history (department_id, filed_at);
CREATE INDEX ix_complaint_history_reference ON complaint_history (reference);
CREATE INDEX ix_complaint_history_closed ON complaint_history (closed_at);
CREATE INDEX ix_complaint_history_text ON complaint_history USING gin (search_vector);

CREATE TABLE complaint_history_events
(
    complaint_id           text        NOT NULL,
    sequence               bigint      NOT NULL,
    kind                   text        NOT NULL,
    at                     timestamptz NOT NULL,
    -- NULL when restored from a complaint's timeline by `history rebuild`, which does not keep them.
    status                 text        NULL,
    department_id          text        NULL,
    previous_department_id text        NULL,
    clock                  text        NULL,
    level                  text        NULL,
    PRIMARY KEY (complaint_id, sequence)
);

CREATE INDEX ix_complaint_history_events_at ON complaint_history_events (at, kind);
