-- Indexes for the service report, which buckets complaints by the time each clock stopped (acknowledged, resolved;
-- filed and closed are indexed by 0003) and finds a complaint's hand-offs and resumes among its own events (the
-- primary key) after finding hand-offs, holds and breaches by kind and time.

CREATE INDEX ix_complaint_history_acknowledged ON complaint_history (acknowledged_at);
CREATE INDEX ix_complaint_history_resolved ON complaint_history (resolved_at);
CREATE INDEX ix_complaint_history_events_kind ON complaint_history_events (kind, at);
