-- Re-index a complaint's text only when it changed. The upsert sets every column, so the trigger `AFTER UPDATE OF
-- search_text` fired for every delivered event and rewrote the complaint's FTS5 entries although most events (an
-- acknowledgement, a breach, a hand-off) leave the text as it was.

DROP TRIGGER complaint_history_text_update;

CREATE TRIGGER complaint_history_text_update AFTER UPDATE OF search_text ON complaint_history
    WHEN old.search_text IS NOT new.search_text
BEGIN
    INSERT INTO complaint_history_text (complaint_history_text, rowid, search_text) VALUES ('delete', old.rowid, old.search_text);
    INSERT INTO complaint_history_text (rowid, search_text) VALUES (new.rowid, new.search_text);
END;
