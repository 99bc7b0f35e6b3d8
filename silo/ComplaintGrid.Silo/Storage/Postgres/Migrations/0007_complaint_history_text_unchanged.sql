-- Compute a complaint's tsvector only when its text changed. As a generated column it was recomputed on every update
-- that set search_text, and the upsert sets every column, so every delivered event re-tokenized the complaint's text
-- although most events (an acknowledgement, a breach, a hand-off) leave it as it was. A trigger now keeps it in step:
-- on insert (the projector, and bulk COPY alike) and on an update that changes the text, and at no other time.

ALTER TABLE complaint_history ALTER COLUMN search_vector DROP EXPRESSION;

CREATE FUNCTION complaint_history_search_vector() RETURNS trigger LANGUAGE plpgsql AS $body$
BEGIN
    IF TG_OP = 'INSERT' THEN
        NEW.search_vector := to_tsvector('simple', NEW.search_text);
    ELSIF NEW.search_text IS DISTINCT FROM OLD.search_text THEN
        NEW.search_vector := to_tsvector('simple', NEW.search_text);
    END IF;
    RETURN NEW;
END
$body$;

CREATE TRIGGER complaint_history_search_vector BEFORE INSERT OR UPDATE OF search_text ON complaint_history
    FOR EACH ROW EXECUTE FUNCTION complaint_history_search_vector();
