-- Typical success cases (典型成功案例), SPEC §8: written by a pilot city per pilot content area, backed by
-- the city's records, with attachments; reviewed DRAFT → SUBMITTED → SELECTED (national), or RETURNED
-- with a comment and submitted again. The selected cases of a year make the national compilation.
--
-- Texts are plain text (paragraphs separated by line breaks), never HTML: every output escapes them, so
-- nothing a city writes can run as script in a reviewer's browser or end up as markup in the compilation.
CREATE TABLE typical_case (
    id                  BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    city_id             BIGINT        NOT NULL,
    year                SMALLINT      NOT NULL DEFAULT 2020,
    area                VARCHAR(20)   NULL,
    title               VARCHAR(200)  NOT NULL,
    background          MEDIUMTEXT    NULL,
    measures            MEDIUMTEXT    NULL,
    results             MEDIUMTEXT    NULL,
    status              VARCHAR(12)   NOT NULL DEFAULT 'DRAFT',
    first_submitted_at  DATETIME(3)   NULL,
    submitted_at        DATETIME(3)   NULL,
    created_by          VARCHAR(60)   NOT NULL,
    created_at          DATETIME(3)   NOT NULL,
    updated_by          VARCHAR(60)   NULL,
    updated_at          DATETIME(3)   NULL,
    version             BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT typical_case_city_fk FOREIGN KEY (city_id) REFERENCES pilot_city (id),
    CONSTRAINT typical_case_year_fk FOREIGN KEY (year) REFERENCES reporting_year (year),
    CONSTRAINT typical_case_status_ck CHECK (status IN ('DRAFT', 'SUBMITTED', 'SELECTED', 'RETURNED')),
    CONSTRAINT typical_case_area_ck CHECK (area IS NULL OR area IN ('NAVIGATION', 'OPERATION', 'PROTECTION',
                                                                    'MANAGEMENT', 'PUBLIC_SERVICE', 'TALENT')),
    -- What a submission requires stays true while the case is with the reviewers or selected.
    CONSTRAINT typical_case_submitted_ck CHECK (status = 'DRAFT'
                                                OR (first_submitted_at IS NOT NULL AND submitted_at IS NOT NULL
                                                    AND area IS NOT NULL)),
    -- The national overview, the reminders (which cities submitted a case of the year) and the compilation
    -- ask by year and state; a city's list asks by city.
    INDEX typical_case_year_status_ix (year, status),
    INDEX typical_case_city_year_ix (city_id, year)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The records that back a case: kind is a record kind's code (its REST path, e.g. navigation-projects),
-- record_id the record's id in that kind's table. No foreign key can point into seven tables, so the
-- application checks on every save that the record exists and belongs to the case's city; a record deleted
-- later shows as gone in the case rather than blocking the deletion.
CREATE TABLE typical_case_record (
    case_id    BIGINT       NOT NULL,
    kind       VARCHAR(40)  NOT NULL,
    record_id  BIGINT       NOT NULL,
    PRIMARY KEY (case_id, kind, record_id),
    CONSTRAINT typical_case_record_case_fk FOREIGN KEY (case_id) REFERENCES typical_case (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The review history, as summary_transition keeps it: every step with who, when and the comment
-- (required for a return). Append-only: the application never updates or deletes a row here, and a case
-- with history (one ever submitted) cannot be deleted.
CREATE TABLE case_transition (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    case_id      BIGINT       NOT NULL,
    action       VARCHAR(10)  NOT NULL,
    from_state   VARCHAR(12)  NOT NULL,
    to_state     VARCHAR(12)  NOT NULL,
    actor        VARCHAR(60)  NOT NULL,
    occurred_at  DATETIME(3)  NOT NULL,
    comment      TEXT         NULL,
    CONSTRAINT case_transition_case_fk FOREIGN KEY (case_id) REFERENCES typical_case (id),
    CONSTRAINT case_transition_action_ck CHECK (action IN ('EDIT', 'SUBMIT', 'SELECT', 'RETURN')),
    CONSTRAINT case_transition_from_ck CHECK (from_state IN ('DRAFT', 'SUBMITTED', 'SELECTED', 'RETURNED')),
    CONSTRAINT case_transition_to_ck CHECK (to_state IN ('DRAFT', 'SUBMITTED', 'SELECTED', 'RETURNED')),
    CONSTRAINT case_transition_comment_ck CHECK (action <> 'RETURN' OR comment IS NOT NULL),
    INDEX case_transition_case_ix (case_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Attachments (PDF, DOCX, XLSX, JPEG, PNG; at most 20 MB each and 10 per case), stored in MariaDB rather
-- than in a directory: every application node serves every file without a shared file system to set up
-- and keep mounted, a file and its case are written in one transaction (no orphan files, no rows without
-- their file), and the database backup (ops/backup) holds them with everything else. At 10 × 20 MB per
-- case and a few cases per city this is well within what InnoDB stores comfortably.
--
-- media_type is decided from the content on the way in (never from the name or the client's Content-Type)
-- and is what a download declares. file_name is the name the city gave, without any path and control
-- characters, kept for the download's Content-Disposition only; nothing ever uses it as a path.
-- sha256 lets an operator check a file against its original.
CREATE TABLE case_attachment (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    case_id     BIGINT        NOT NULL,
    file_name   VARCHAR(255)  NOT NULL,
    media_type  VARCHAR(100)  NOT NULL,
    size_bytes  BIGINT        NOT NULL,
    sha256      CHAR(64)      NOT NULL,
    created_by  VARCHAR(60)   NOT NULL,
    created_at  DATETIME(3)   NOT NULL,
    CONSTRAINT case_attachment_case_fk FOREIGN KEY (case_id) REFERENCES typical_case (id) ON DELETE CASCADE,
    CONSTRAINT case_attachment_size_ck CHECK (size_bytes BETWEEN 1 AND 20971520),
    CONSTRAINT case_attachment_type_ck CHECK (media_type IN (
        'application/pdf',
        'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        'image/jpeg',
        'image/png')),
    INDEX case_attachment_case_ix (case_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- An attachment's bytes in chunks of at most 1 MB (seq from 0), written and read one chunk per statement:
-- each statement stays far below max_allowed_packet (16 MB by default in MariaDB 10.2+ and the client's
-- default as well), whatever the server's setting, and a download streams chunk by chunk instead of holding
-- 20 MB per request in memory.
CREATE TABLE case_attachment_chunk (
    attachment_id  BIGINT      NOT NULL,
    seq            INT         NOT NULL,
    bytes          MEDIUMBLOB  NOT NULL,
    PRIMARY KEY (attachment_id, seq),
    CONSTRAINT case_attachment_chunk_attachment_fk FOREIGN KEY (attachment_id) REFERENCES case_attachment (id)
        ON DELETE CASCADE,
    CONSTRAINT case_attachment_chunk_seq_ck CHECK (seq >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
