-- Account management (SPEC §9): an optional e-mail address for reminders, and the flag that sends a user
-- whose password an administrator reset (or who got a one-time password at creation) to the password
-- page before anything else. Existing accounts keep their passwords: must_change_password starts FALSE.
ALTER TABLE account
    ADD COLUMN email                VARCHAR(254) NULL AFTER display_name,
    ADD COLUMN must_change_password BOOLEAN      NOT NULL DEFAULT FALSE AFTER enabled,
    ADD CONSTRAINT account_email_ck CHECK (email IS NULL OR email LIKE '_%@_%');
