-- Search by status alone: a rare status (awaiting approval, on hold: a fraction of a percent once most complaints are
-- closed) made the newest-first walk read most of the table for one page. In the keyset's order, so a page is a
-- range of this index.
CREATE INDEX ix_complaint_history_status ON complaint_history (status, filed_at DESC, complaint_id DESC);
