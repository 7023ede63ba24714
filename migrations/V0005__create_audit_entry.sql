-- Who changed what, when, and the state before and after (JSON as the API shows it).
-- Append-only: the application never updates or deletes a row here.
CREATE TABLE audit_entry (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    occurred_at   DATETIME(3)  NOT NULL,
    actor         VARCHAR(60)  NOT NULL,
    action        VARCHAR(20)  NOT NULL,
    subject_type  VARCHAR(40)  NOT NULL,
    subject_id    BIGINT       NOT NULL,
    city_id       BIGINT       NULL,
    before_state  LONGTEXT     NULL,
    after_state   LONGTEXT     NULL,
    INDEX audit_entry_subject_ix (subject_type, subject_id, id),
    INDEX audit_entry_city_ix (city_id, occurred_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
