-- Idempotency keys on imports (issue 21 §5): an import sent again with the key of one that was stored gets
-- that import's report and stores nothing again. An import creates many records, so the key keeps the
-- answer itself — the report's counts and import id as JSON — where a single create keeps its record's id.
ALTER TABLE idempotency_key ADD COLUMN answer TEXT NULL AFTER subject_id;
