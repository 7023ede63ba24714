-- Reporting years (SPEC §4, §9): per pilot year, when the annual summaries are due (31 December unless
-- national reviewers extend it), whether provinces endorse summaries before the national review, and
-- when the typical cases are due (2020 only). An annual summary needs its year (annual_summary_year_fk),
-- so its due date and review path are always known.
CREATE TABLE reporting_year (
    year                        SMALLINT    NOT NULL PRIMARY KEY,
    summary_due_date            DATE        NOT NULL,
    province_endorsement        BOOLEAN     NOT NULL DEFAULT TRUE,
    case_compilation_due_date   DATE        NULL,
    version                     BIGINT      NOT NULL DEFAULT 0,
    -- A due date may be extended into the next year, never set before the year it reports on.
    CONSTRAINT reporting_year_summary_due_ck CHECK (YEAR(summary_due_date) BETWEEN year AND year + 1),
    CONSTRAINT reporting_year_case_due_ck CHECK (case_compilation_due_date IS NULL
                                                 OR YEAR(case_compilation_due_date) BETWEEN year AND year + 1)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The first batch's pilot period, December 2017 – December 2020, with the defaults.
INSERT INTO reporting_year (year, summary_due_date, province_endorsement, case_compilation_due_date) VALUES
    (2017, '2017-12-31', TRUE, NULL),
    (2018, '2018-12-31', TRUE, NULL),
    (2019, '2019-12-31', TRUE, NULL),
    (2020, '2020-12-31', TRUE, '2020-12-31');
