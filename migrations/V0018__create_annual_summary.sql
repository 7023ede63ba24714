-- Annual work summaries and next-year plans (年度工作总结和下一年度工作计划), SPEC §4: one per pilot city and
-- year, reviewed NOT_STARTED → DRAFT → SUBMITTED → ENDORSED → ACCEPTED, with RETURNED and reopening.
--
-- The six narratives are columns, not rows of a child table: the notice fixes the six pilot content
-- areas, a summary is always read and saved whole, and as columns they are one row under the summary's
-- optimistic lock (version) with nothing to join or to keep in step.
--
-- frozen_indicators is the indicator table (JSON) frozen at the last submission; it is present exactly
-- while the summary is with the reviewers or accepted, and live figures are shown otherwise.
-- first_submitted_at decides whether the city was on time (against reporting_year.summary_due_date,
-- judged when read, so an extended due date applies to everyone) and survives returns and reopening.
CREATE TABLE annual_summary (
    id                      BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    city_id                 BIGINT       NOT NULL,
    year                    SMALLINT     NOT NULL,
    status                  VARCHAR(12)  NOT NULL DEFAULT 'NOT_STARTED',
    section_navigation      MEDIUMTEXT   NULL,
    section_operation       MEDIUMTEXT   NULL,
    section_protection      MEDIUMTEXT   NULL,
    section_management      MEDIUMTEXT   NULL,
    section_public_service  MEDIUMTEXT   NULL,
    section_talent          MEDIUMTEXT   NULL,
    next_year_plan          MEDIUMTEXT   NULL,
    frozen_indicators       LONGTEXT     NULL,
    first_submitted_at      DATETIME(3)  NULL,
    submitted_at            DATETIME(3)  NULL,
    updated_by              VARCHAR(60)  NULL,
    updated_at              DATETIME(3)  NULL,
    version                 BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT annual_summary_city_year_uk UNIQUE (city_id, year),
    CONSTRAINT annual_summary_city_fk FOREIGN KEY (city_id) REFERENCES pilot_city (id),
    CONSTRAINT annual_summary_year_fk FOREIGN KEY (year) REFERENCES reporting_year (year),
    CONSTRAINT annual_summary_status_ck CHECK (status IN ('NOT_STARTED', 'DRAFT', 'SUBMITTED', 'ENDORSED',
                                                          'RETURNED', 'ACCEPTED')),
    CONSTRAINT annual_summary_submitted_ck CHECK (status IN ('NOT_STARTED', 'DRAFT')
                                                  OR (first_submitted_at IS NOT NULL AND submitted_at IS NOT NULL)),
    CONSTRAINT annual_summary_frozen_ck CHECK ((status IN ('SUBMITTED', 'ENDORSED', 'ACCEPTED'))
                                               = (frozen_indicators IS NOT NULL)),
    -- The overview and the reminders ask "every city's summary of a year" and "which are not submitted".
    INDEX annual_summary_year_status_ix (year, status)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Next year's targets per main indicator. indicator holds a code of the Indicator enumeration; it has no
-- check list, so a new indicator needs no migration (codes are added, never renamed). Up to 12 integer
-- digits and 4 decimals: amounts below 10^12 CNY and ratios like 0.7500 both fit.
CREATE TABLE annual_summary_target (
    summary_id  BIGINT         NOT NULL,
    indicator   VARCHAR(60)    NOT NULL,
    target      DECIMAL(16, 4) NOT NULL,
    PRIMARY KEY (summary_id, indicator),
    -- The targets are part of the summary: they go with it.
    CONSTRAINT annual_summary_target_summary_fk FOREIGN KEY (summary_id) REFERENCES annual_summary (id)
        ON DELETE CASCADE,
    CONSTRAINT annual_summary_target_value_ck CHECK (target >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The review history: every step with who, when, the comment (required for a return or reopening) and
-- the indicator table of that moment (JSON; NULL when a draft is started). Append-only: the application
-- never updates or deletes a row here, and a summary with history cannot be deleted.
CREATE TABLE summary_transition (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    summary_id   BIGINT       NOT NULL,
    action       VARCHAR(10)  NOT NULL,
    from_state   VARCHAR(12)  NOT NULL,
    to_state     VARCHAR(12)  NOT NULL,
    actor        VARCHAR(60)  NOT NULL,
    occurred_at  DATETIME(3)  NOT NULL,
    comment      TEXT         NULL,
    indicators   LONGTEXT     NULL,
    CONSTRAINT summary_transition_summary_fk FOREIGN KEY (summary_id) REFERENCES annual_summary (id),
    CONSTRAINT summary_transition_action_ck CHECK (action IN ('EDIT', 'SUBMIT', 'ENDORSE', 'ACCEPT', 'RETURN',
                                                              'REOPEN')),
    CONSTRAINT summary_transition_from_ck CHECK (from_state IN ('NOT_STARTED', 'DRAFT', 'SUBMITTED', 'ENDORSED',
                                                                'RETURNED', 'ACCEPTED')),
    CONSTRAINT summary_transition_to_ck CHECK (to_state IN ('NOT_STARTED', 'DRAFT', 'SUBMITTED', 'ENDORSED',
                                                            'RETURNED', 'ACCEPTED')),
    CONSTRAINT summary_transition_comment_ck CHECK (action NOT IN ('RETURN', 'REOPEN') OR comment IS NOT NULL),
    INDEX summary_transition_summary_ix (summary_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
