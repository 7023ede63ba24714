-- One review history for every reviewed document (issue 22 §3). Annual summaries and typical cases kept
-- the same step — who moved the document from which state to which, when, and what they said — in two
-- tables of identical columns; the plan and assessment reviews that come next would have added two more.
-- One table, the workflow naming the document kind, and one nullable reference per kind: each reference
-- keeps its foreign key (a step cannot outlive or miss its document), and the checks say that a step
-- names exactly the document of its workflow and only the actions and states that workflow has.
-- Append-only, as before: the application never updates or deletes a row here.
CREATE TABLE review_step (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    workflow     VARCHAR(16)  NOT NULL,
    summary_id   BIGINT       NULL,
    case_id      BIGINT       NULL,
    action       VARCHAR(10)  NOT NULL,
    from_state   VARCHAR(12)  NOT NULL,
    to_state     VARCHAR(12)  NOT NULL,
    actor        VARCHAR(60)  NOT NULL,
    occurred_at  DATETIME(3)  NOT NULL,
    comment      TEXT         NULL,
    -- The summary's indicator table as it stood at the step (JSON; NULL when a draft is started).
    indicators   LONGTEXT     NULL,
    CONSTRAINT review_step_summary_fk FOREIGN KEY (summary_id) REFERENCES annual_summary (id),
    CONSTRAINT review_step_case_fk FOREIGN KEY (case_id) REFERENCES typical_case (id),
    CONSTRAINT review_step_workflow_ck CHECK (workflow IN ('SUMMARY', 'CASE')),
    CONSTRAINT review_step_document_ck CHECK ((workflow = 'SUMMARY') = (summary_id IS NOT NULL)
                                              AND (workflow = 'CASE') = (case_id IS NOT NULL)),
    CONSTRAINT review_step_summary_ck CHECK (workflow <> 'SUMMARY' OR (
        action IN ('EDIT', 'SUBMIT', 'ENDORSE', 'ACCEPT', 'RETURN', 'REOPEN')
        AND from_state IN ('NOT_STARTED', 'DRAFT', 'SUBMITTED', 'ENDORSED', 'RETURNED', 'ACCEPTED')
        AND to_state IN ('NOT_STARTED', 'DRAFT', 'SUBMITTED', 'ENDORSED', 'RETURNED', 'ACCEPTED'))),
    CONSTRAINT review_step_case_ck CHECK (workflow <> 'CASE' OR (
        action IN ('EDIT', 'SUBMIT', 'SELECT', 'RETURN')
        AND from_state IN ('DRAFT', 'SUBMITTED', 'SELECTED', 'RETURNED')
        AND to_state IN ('DRAFT', 'SUBMITTED', 'SELECTED', 'RETURNED')
        AND indicators IS NULL)),
    CONSTRAINT review_step_comment_ck CHECK (action NOT IN ('RETURN', 'REOPEN') OR comment IS NOT NULL),
    INDEX review_step_summary_ix (summary_id, id),
    INDEX review_step_case_ix (case_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The histories move in their own order, so each document's steps keep theirs (histories read by id).
INSERT INTO review_step (workflow, summary_id, action, from_state, to_state, actor, occurred_at, comment, indicators)
SELECT 'SUMMARY', summary_id, action, from_state, to_state, actor, occurred_at, comment, indicators
  FROM summary_transition ORDER BY id;

INSERT INTO review_step (workflow, case_id, action, from_state, to_state, actor, occurred_at, comment)
SELECT 'CASE', case_id, action, from_state, to_state, actor, occurred_at, comment
  FROM case_transition ORDER BY id;

DROP TABLE summary_transition;
DROP TABLE case_transition;
