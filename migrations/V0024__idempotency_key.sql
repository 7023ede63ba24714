-- Idempotency keys of API writes (issue 12 §3): a client that sends POST …/{kind} with an Idempotency-Key
-- header and gets no answer (a timeout, a database restart, a dropped connection) sends the same request
-- with the same key again, and gets the record the first one created instead of a second record.
--
-- The key is taken in the transaction that creates the record — first, with INSERT IGNORE on the primary
-- key, so a second request with the same key waits for the first to commit or roll back and then either
-- finds its record or takes the key itself — and the record's id is filled in before that transaction
-- commits: a key is never stored without its record, nor a record without its key. Keys are per caller
-- (two clients may pick the same key) and compared byte for byte (base64 and ULID keys differ by case alone,
-- which the tables' case-insensitive collation would take for one key); `request` is the SHA-256 of the request (path and body), so the same
-- key sent with another request is refused instead of answered with a record it did not ask for.
CREATE TABLE idempotency_key (
    caller       VARCHAR(60)  NOT NULL,
    request_key  VARCHAR(100) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    request      CHAR(64)     NOT NULL,
    subject_type VARCHAR(40)  NOT NULL,
    subject_id   BIGINT       NULL,
    created_at   DATETIME(3)  NOT NULL,
    PRIMARY KEY (caller, request_key),
    KEY idempotency_key_created (created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
