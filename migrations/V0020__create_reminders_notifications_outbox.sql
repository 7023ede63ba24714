-- Reminders that arrive exactly once (SPEC §7): the rules national reviewers edit, one row per reminder
-- decided, the in-app notifications, the e-mail outbox and the history of every job run.

-- The reminder rules. What a rule is about and to whom it goes is fixed by its code (reminder.entity.
-- ReminderRuleCode); when it fires is data: offsets are signed days from the rule's anchor date (the due
-- date, or the day a summary was returned; -30 = 30 days before, 0 = on the day), after the last offset it
-- repeats every repeat_days (NULL: no repetition), and nothing fires more than horizon_days after the anchor.
CREATE TABLE reminder_rule (
    id            INT          NOT NULL PRIMARY KEY,
    code          VARCHAR(40)  NOT NULL,
    enabled       BOOLEAN      NOT NULL DEFAULT TRUE,
    offsets       VARCHAR(200) NOT NULL,
    repeat_days   SMALLINT     NULL,
    horizon_days  SMALLINT     NOT NULL,
    updated_by    VARCHAR(60)  NULL,
    updated_at    DATETIME(3)  NULL,
    version       BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT reminder_rule_code_uk UNIQUE (code),
    CONSTRAINT reminder_rule_repeat_ck CHECK (repeat_days IS NULL OR repeat_days BETWEEN 1 AND 365),
    CONSTRAINT reminder_rule_horizon_ck CHECK (horizon_days BETWEEN 0 AND 730)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The defaults of SPEC §7.
INSERT INTO reminder_rule (id, code, enabled, offsets, repeat_days, horizon_days) VALUES
    -- 30, 14, 7 and 1 days before the year-end summary's due date and on it, then every 7 days.
    (1, 'SUMMARY_DUE', TRUE, '-30,-14,-7,-1,0', 7, 90),
    -- From 14 days overdue, weekly, a digest of the province's overdue cities to its reviewers.
    (2, 'SUMMARY_OVERDUE_PROVINCE_DIGEST', TRUE, '14', 7, 90),
    -- Weekly after the due date, a digest of every overdue city to the national reviewers.
    (3, 'SUMMARY_OVERDUE_NATIONAL_DIGEST', TRUE, '7', 7, 90),
    -- 3 days after a return while not resubmitted, then weekly.
    (4, 'SUMMARY_RETURNED', TRUE, '3', 7, 90),
    -- 60, 30 and 7 days before the 2020 typical-case compilation is due, to cities without a submitted case.
    (5, 'CASE_COMPILATION_DUE', TRUE, '-60,-30,-7', NULL, 0);

-- One row per reminder decided. The unique key is what makes a reminder arrive exactly once: the row is
-- written with INSERT IGNORE in the transaction that decides it, together with its notification and its
-- mail, so two runs of the same day (two nodes, a manual run beside the scheduled one, a job re-run after
-- a crash) produce it once. subject names what it is about (city:12/2020, province:320000/2020,
-- nation/2020); due_date is the rule's anchor; occurrence the day it is for.
CREATE TABLE reminder (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    rule_code   VARCHAR(40)  NOT NULL,
    account_id  BIGINT       NOT NULL,
    subject     VARCHAR(60)  NOT NULL,
    due_date    DATE         NOT NULL,
    occurrence  DATE         NOT NULL,
    created_at  DATETIME(3)  NOT NULL,
    CONSTRAINT reminder_once_uk UNIQUE (rule_code, account_id, subject, due_date, occurrence),
    CONSTRAINT reminder_rule_fk FOREIGN KEY (rule_code) REFERENCES reminder_rule (code),
    CONSTRAINT reminder_account_fk FOREIGN KEY (account_id) REFERENCES account (id),
    INDEX reminder_occurrence_ix (occurrence)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The days the daily reminder job has computed, so that after a stop it catches up from the day after
-- the last one (within pilotops.reminder.catchUpDays), whichever node runs it.
CREATE TABLE reminder_day (
    day           DATE         NOT NULL PRIMARY KEY,
    processed_at  DATETIME(3)  NOT NULL,
    reminders     INT          NOT NULL DEFAULT 0
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- In-app notifications: each user reads only their own. reminder_id is unique, so a reminder has one
-- notification; it is NULL for a notification that no rule made.
CREATE TABLE notification (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    account_id   BIGINT        NOT NULL,
    reminder_id  BIGINT        NULL,
    title        VARCHAR(200)  NOT NULL,
    body         TEXT          NOT NULL,
    link         VARCHAR(500)  NULL,
    created_at   DATETIME(3)   NOT NULL,
    read_at      DATETIME(3)   NULL,
    CONSTRAINT notification_reminder_uk UNIQUE (reminder_id),
    CONSTRAINT notification_account_fk FOREIGN KEY (account_id) REFERENCES account (id),
    CONSTRAINT notification_reminder_fk FOREIGN KEY (reminder_id) REFERENCES reminder (id),
    INDEX notification_account_ix (account_id, read_at, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The e-mail outbox: a mail is written in the transaction that decides it and sent later by the outbox
-- job. A sender claims rows (QUEUED → SENDING, SELECT … FOR UPDATE SKIP LOCKED) in a transaction of its
-- own before it talks to the SMTP server, so no two senders ever send one row; it then marks the row SENT,
-- QUEUED again with the next attempt after an exponential backoff, or FAILED after the last attempt, with
-- the reason. origin (e.g. reminder:42) is unique: one reminder never queues two mails.
CREATE TABLE mail_outbox (
    id               BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    origin           VARCHAR(80)    NULL,
    recipient        VARCHAR(254)   NOT NULL,
    subject          VARCHAR(250)   NOT NULL,
    body             MEDIUMTEXT     NOT NULL,
    status           VARCHAR(8)     NOT NULL DEFAULT 'QUEUED',
    attempts         INT            NOT NULL DEFAULT 0,
    next_attempt_at  DATETIME(3)    NOT NULL,
    claimed_by       VARCHAR(190)   NULL,
    claimed_at       DATETIME(3)    NULL,
    last_error       VARCHAR(1000)  NULL,
    created_at       DATETIME(3)    NOT NULL,
    sent_at          DATETIME(3)    NULL,
    CONSTRAINT mail_outbox_origin_uk UNIQUE (origin),
    CONSTRAINT mail_outbox_status_ck CHECK (status IN ('QUEUED', 'SENDING', 'SENT', 'FAILED')),
    CONSTRAINT mail_outbox_sent_ck CHECK ((status = 'SENT') = (sent_at IS NOT NULL)),
    INDEX mail_outbox_due_ix (status, next_attempt_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Every run of every scheduled job, written as it starts and as it ends, whichever node runs it: the jobs
-- page's "last run" survives restarts and is the same on every node. An unfinished row whose node stopped
-- stays without outcome.
CREATE TABLE job_run (
    id           BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    job_name     VARCHAR(80)    NOT NULL,
    fire_id      VARCHAR(95)    NOT NULL,
    node         VARCHAR(190)   NOT NULL,
    started_at   DATETIME(3)    NOT NULL,
    finished_at  DATETIME(3)    NULL,
    outcome      VARCHAR(10)    NULL,
    message      VARCHAR(2000)  NULL,
    CONSTRAINT job_run_fire_uk UNIQUE (fire_id, node),
    CONSTRAINT job_run_outcome_ck CHECK (outcome IS NULL OR outcome IN ('SUCCEEDED', 'FAILED')),
    INDEX job_run_job_ix (job_name, started_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
