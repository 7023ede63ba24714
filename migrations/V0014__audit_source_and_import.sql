-- Each audit entry says where the change came from (CITY or AGENCY in the portal, API, IMPORT) and,
-- for an import, which one: every record a file created or updated carries the same import id, so a
-- reviewer can see an import as one act and each record's history still shows its own change.
ALTER TABLE audit_entry
    ADD COLUMN source    VARCHAR(10) NULL AFTER action,
    ADD COLUMN import_id CHAR(36)    NULL AFTER source,
    ADD INDEX audit_entry_import_ix (import_id);
