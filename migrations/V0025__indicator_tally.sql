-- Live indicator figures (issue 11): what the annual summaries' indicators (SPEC §5) sum or count from the
-- records, kept by triggers in the same transaction as every record write, like record_tally (V0022), so a
-- province's or the nation's indicators right after a write are a small query, not a count over every
-- record of the year (national figures took 0.3–2 s after each write at a million records).
--
-- indicator_tally: per city, reporting year, indicator and part (the column an indicator is broken down
-- by: a project's type, a lender's type, a voucher's kind …; '' when it is not), the sum of the records'
-- values (1 for an indicator that counts records) over `records` records, of which `reported` gave a
-- value: the figure of a sum over records that all left their value empty is "not reported", as the
-- SQL SUM over the records answers NULL. Sums over cities and parts are sums of these rows.
--
-- indicator_member and indicator_city_member: who the distinct counts count — SMEs by credit code,
-- attorneys by id — per indicator, part ('' for all parts) and year, with how many records name them, in
-- all cities and in each city. A distinct count over cities cannot be summed from per-city figures: the
-- nation's is how many national members have records, a city's how many of its members do, a province's
-- how many distinct members its cities have (a few thousand rows, not its records). Kept per member, not
-- as one counter, so only writes naming the same SME in the same year wait for each other. A member whose
-- records are all gone keeps a row of 0 records, which counts as none.
--
-- indicator_member_count and indicator_member_change: how many SMEs each national distinct count has,
-- without counting 200,000 members at every read. A trigger on indicator_member appends +1 or −1 to
-- indicator_member_change when a member gains its first record or loses its last; the count is
-- indicator_member_count plus the changes not yet folded into it. Appending waits for no other writer (a
-- counter row updated by every writer of a year would make them all queue behind an import), and
-- MemberCountJob folds the changes into the counts every hour, so a read sums an hour's changes (more
-- after a bulk load, until the fold, which an administrator may run at once).
-- Attorneys are not counted this way: whether one counts depends on the agencies serving cities, so the
-- nation's attorneys with free filings (a few hundred) are counted from their members.
--
-- The indicator names are those of org.pilotops.summary.entity.Indicator; IndicatorStatement reads the
-- rows. The *_recount views count the same from the records: the consistency check compares
-- (RecordTallies), the rebuild and this migration fill the tables from them.
CREATE TABLE indicator_tally (
    city_id    BIGINT         NOT NULL,
    indicator  VARCHAR(60)    NOT NULL,
    part       VARCHAR(40)    NOT NULL,
    year       SMALLINT       NOT NULL,
    records    BIGINT         NOT NULL,
    reported   BIGINT         NOT NULL,
    value      DECIMAL(20, 2) NOT NULL,
    PRIMARY KEY (indicator, year, part, city_id),
    KEY indicator_tally_city (city_id, year)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE indicator_member (
    indicator  VARCHAR(60)  NOT NULL,
    part       VARCHAR(40)  NOT NULL,
    year       SMALLINT     NOT NULL,
    member     VARCHAR(20)  NOT NULL,
    records    BIGINT       NOT NULL,
    PRIMARY KEY (indicator, part, year, member)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE indicator_city_member (
    city_id    BIGINT       NOT NULL,
    indicator  VARCHAR(60)  NOT NULL,
    part       VARCHAR(40)  NOT NULL,
    year       SMALLINT     NOT NULL,
    member     VARCHAR(20)  NOT NULL,
    records    BIGINT       NOT NULL,
    PRIMARY KEY (city_id, year, indicator, part, member)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE indicator_city_member_count (
    city_id    BIGINT       NOT NULL,
    indicator  VARCHAR(60)  NOT NULL,
    part       VARCHAR(40)  NOT NULL,
    year       SMALLINT     NOT NULL,
    members    BIGINT       NOT NULL,
    PRIMARY KEY (city_id, year, indicator, part)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE indicator_member_count (
    indicator  VARCHAR(60)  NOT NULL,
    part       VARCHAR(40)  NOT NULL,
    year       SMALLINT     NOT NULL,
    members    BIGINT       NOT NULL,
    PRIMARY KEY (year, indicator, part)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Keyed by UUID_SHORT(), not AUTO_INCREMENT: an INSERT … SELECT in a trigger takes the table's AUTO-INC
-- lock until the end of the statement that fired it (a whole import chunk), which every other writer of a
-- member would then wait for.
CREATE TABLE indicator_member_change (
    id         BIGINT UNSIGNED NOT NULL PRIMARY KEY,
    indicator  VARCHAR(60)  NOT NULL,
    part       VARCHAR(40)  NOT NULL,
    year       SMALLINT     NOT NULL,
    members    INT          NOT NULL,
    KEY indicator_member_change_sum (year, indicator, part, members)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE VIEW indicator_tally_recount AS
SELECT city_id, 'NAVIGATION_PROJECTS' AS indicator, type AS part, year,
       COUNT(*) AS records, COUNT(*) AS reported, COUNT(*) AS value
    FROM navigation_project GROUP BY city_id, year, type
UNION ALL
SELECT city_id, 'NAVIGATION_SMES_REACHED', type, year, COUNT(*), COUNT(smes_reached), COALESCE(SUM(smes_reached), 0)
    FROM navigation_project GROUP BY city_id, year, type
UNION ALL
SELECT city_id, 'NAVIGATION_SMES_REACHED_NOT_REPORTED', type, year, COUNT(*), COUNT(*), SUM(smes_reached IS NULL)
    FROM navigation_project GROUP BY city_id, year, type
UNION ALL
SELECT city_id, 'PLEDGE_FINANCINGS', lender_type, year, COUNT(*), COUNT(*), COUNT(*)
    FROM pledge_financing GROUP BY city_id, year, lender_type
UNION ALL
SELECT city_id, 'PLEDGE_AMOUNT', lender_type, year, COUNT(*), COUNT(*), SUM(amount)
    FROM pledge_financing GROUP BY city_id, year, lender_type
UNION ALL
SELECT city_id, 'TRUSTEESHIP_CONTRACTS', '', year, COUNT(*), COUNT(*), COUNT(*)
    FROM trusteeship_contract GROUP BY city_id, year
UNION ALL
SELECT city_id, 'TRUSTEESHIP_PATENTS_MANAGED', '', year, COUNT(*), COUNT(patents_managed), COALESCE(SUM(patents_managed), 0)
    FROM trusteeship_contract GROUP BY city_id, year
UNION ALL
SELECT city_id, 'TRUSTEESHIP_PATENTS_MANAGED_NOT_REPORTED', '', year, COUNT(*), COUNT(*), SUM(patents_managed IS NULL)
    FROM trusteeship_contract GROUP BY city_id, year
UNION ALL
SELECT city_id, 'TRAINING_SESSIONS', audience, year, COUNT(*), COUNT(*), COUNT(*)
    FROM training_session GROUP BY city_id, year, audience
UNION ALL
SELECT city_id, 'TRAINING_ATTENDEES', audience, year, COUNT(*), COUNT(*), SUM(attendees)
    FROM training_session GROUP BY city_id, year, audience
UNION ALL
SELECT city_id, 'VOUCHERS_ISSUED', kind, year, COUNT(*), COUNT(*), COUNT(*)
    FROM voucher GROUP BY city_id, year, kind
UNION ALL
SELECT city_id, 'VOUCHER_VALUE_ISSUED', kind, year, COUNT(*), COUNT(*), SUM(face_value)
    FROM voucher GROUP BY city_id, year, kind
UNION ALL
-- Redemptions count in the year they happen, whenever the voucher was issued.
SELECT city_id, 'VOUCHERS_REDEEMED', kind, YEAR(redeemed_date), COUNT(*), COUNT(*), COUNT(*)
    FROM voucher WHERE redeemed_date IS NOT NULL GROUP BY city_id, YEAR(redeemed_date), kind
UNION ALL
SELECT city_id, 'VOUCHER_VALUE_REDEEMED', kind, YEAR(redeemed_date), COUNT(*), COUNT(*), SUM(face_value)
    FROM voucher WHERE redeemed_date IS NOT NULL GROUP BY city_id, YEAR(redeemed_date), kind
UNION ALL
SELECT city_id, 'FREE_FILINGS', patent_type, year, COUNT(*), COUNT(*), COUNT(*)
    FROM free_filing GROUP BY city_id, year, patent_type;

CREATE VIEW indicator_member_recount AS
SELECT 'PLEDGE_SMES' AS indicator, lender_type AS part, year, sme_credit_code AS member, COUNT(*) AS records
    FROM pledge_financing GROUP BY year, lender_type, sme_credit_code
UNION ALL
SELECT 'PLEDGE_SMES', '', year, sme_credit_code, COUNT(*) FROM pledge_financing GROUP BY year, sme_credit_code
UNION ALL
SELECT 'TRUSTEESHIP_SMES', '', year, sme_credit_code, COUNT(*) FROM trusteeship_contract GROUP BY year, sme_credit_code
UNION ALL
-- An attorney's id as text in the members' collation (a bare CAST takes the connection's, which a UNION refuses to mix).
SELECT 'ATTORNEYS_WITH_FREE_FILING', '', year, CAST(attorney_id AS CHAR CHARACTER SET utf8mb4) COLLATE utf8mb4_unicode_ci, COUNT(*)
    FROM free_filing GROUP BY year, attorney_id
UNION ALL
SELECT 'SMES_SERVED', '', year, sme_credit_code, COUNT(*) FROM (
    SELECT year, sme_credit_code FROM pledge_financing
    UNION ALL SELECT year, sme_credit_code FROM trusteeship_contract
    UNION ALL SELECT year, sme_credit_code FROM voucher
    UNION ALL SELECT year, sme_credit_code FROM free_filing) s
    GROUP BY year, sme_credit_code;

CREATE VIEW indicator_city_member_recount AS
SELECT city_id, 'PLEDGE_SMES' AS indicator, lender_type AS part, year, sme_credit_code AS member, COUNT(*) AS records
    FROM pledge_financing GROUP BY city_id, year, lender_type, sme_credit_code
UNION ALL
SELECT city_id, 'PLEDGE_SMES', '', year, sme_credit_code, COUNT(*) FROM pledge_financing GROUP BY city_id, year, sme_credit_code
UNION ALL
SELECT city_id, 'TRUSTEESHIP_SMES', '', year, sme_credit_code, COUNT(*) FROM trusteeship_contract GROUP BY city_id, year, sme_credit_code
UNION ALL
-- An attorney's id as text in the members' collation (a bare CAST takes the connection's, which a UNION refuses to mix).
SELECT city_id, 'ATTORNEYS_WITH_FREE_FILING', '', year, CAST(attorney_id AS CHAR CHARACTER SET utf8mb4) COLLATE utf8mb4_unicode_ci, COUNT(*)
    FROM free_filing GROUP BY city_id, year, attorney_id
UNION ALL
SELECT city_id, 'SMES_SERVED', '', year, sme_credit_code, COUNT(*) FROM (
    SELECT city_id, year, sme_credit_code FROM pledge_financing
    UNION ALL SELECT city_id, year, sme_credit_code FROM trusteeship_contract
    UNION ALL SELECT city_id, year, sme_credit_code FROM voucher
    UNION ALL SELECT city_id, year, sme_credit_code FROM free_filing) s
    GROUP BY city_id, year, sme_credit_code;

-- The nation's distinct SME counts as counted from the members, and as kept (the counts and the changes
-- not yet folded into them): the check compares the two, the rebuild and this migration fill the counts
-- from the first, IndicatorStatement reads the second.
CREATE VIEW indicator_member_count_recount AS
SELECT indicator, part, year, COUNT(*) AS members FROM indicator_member
    WHERE records > 0 AND indicator <> 'ATTORNEYS_WITH_FREE_FILING' GROUP BY year, indicator, part;
CREATE VIEW indicator_city_member_count_recount AS
SELECT city_id, indicator, part, year, COUNT(*) AS members FROM indicator_city_member
    WHERE records > 0 AND indicator <> 'ATTORNEYS_WITH_FREE_FILING' GROUP BY city_id, year, indicator, part;
CREATE VIEW indicator_member_counted AS
SELECT indicator, part, year, SUM(members) AS members FROM (
    SELECT indicator, part, year, members FROM indicator_member_count
    UNION ALL SELECT indicator, part, year, members FROM indicator_member_change) c
    GROUP BY year, indicator, part;

-- Each trigger adds a written row's contributions (and takes out the old row's, for an update or a
-- delete) in one INSERT … ON DUPLICATE KEY UPDATE; an update always takes out all and adds all, so a
-- correction of any column the figures read (a year, a part, an amount, a redemption) moves them. A
-- member's update adds the new row's first, so a record corrected without changing its SME never takes
-- the member's records through 0 (which would log a change of the national count and its undoing).
-- navigation-projects
CREATE TRIGGER navigation_project_indicator_insert AFTER INSERT ON navigation_project FOR EACH ROW
    INSERT INTO indicator_tally (city_id, indicator, part, year, records, reported, value) VALUES
        (NEW.city_id, 'NAVIGATION_PROJECTS', NEW.type, NEW.year, 1, 1, 1),
        (NEW.city_id, 'NAVIGATION_SMES_REACHED', NEW.type, NEW.year, 1, NEW.smes_reached IS NOT NULL, COALESCE(NEW.smes_reached, 0)),
        (NEW.city_id, 'NAVIGATION_SMES_REACHED_NOT_REPORTED', NEW.type, NEW.year, 1, 1, NEW.smes_reached IS NULL)
    ON DUPLICATE KEY UPDATE records = records + VALUES(records), reported = reported + VALUES(reported), value = value + VALUES(value);
CREATE TRIGGER navigation_project_indicator_update AFTER UPDATE ON navigation_project FOR EACH ROW
    INSERT INTO indicator_tally (city_id, indicator, part, year, records, reported, value) VALUES
        (OLD.city_id, 'NAVIGATION_PROJECTS', OLD.type, OLD.year, -1, -1, -1),
        (OLD.city_id, 'NAVIGATION_SMES_REACHED', OLD.type, OLD.year, -1, -(OLD.smes_reached IS NOT NULL), -COALESCE(OLD.smes_reached, 0)),
        (OLD.city_id, 'NAVIGATION_SMES_REACHED_NOT_REPORTED', OLD.type, OLD.year, -1, -1, -(OLD.smes_reached IS NULL)),
        (NEW.city_id, 'NAVIGATION_PROJECTS', NEW.type, NEW.year, 1, 1, 1),
        (NEW.city_id, 'NAVIGATION_SMES_REACHED', NEW.type, NEW.year, 1, NEW.smes_reached IS NOT NULL, COALESCE(NEW.smes_reached, 0)),
        (NEW.city_id, 'NAVIGATION_SMES_REACHED_NOT_REPORTED', NEW.type, NEW.year, 1, 1, NEW.smes_reached IS NULL)
    ON DUPLICATE KEY UPDATE records = records + VALUES(records), reported = reported + VALUES(reported), value = value + VALUES(value);
CREATE TRIGGER navigation_project_indicator_delete AFTER DELETE ON navigation_project FOR EACH ROW
    INSERT INTO indicator_tally (city_id, indicator, part, year, records, reported, value) VALUES
        (OLD.city_id, 'NAVIGATION_PROJECTS', OLD.type, OLD.year, -1, -1, -1),
        (OLD.city_id, 'NAVIGATION_SMES_REACHED', OLD.type, OLD.year, -1, -(OLD.smes_reached IS NOT NULL), -COALESCE(OLD.smes_reached, 0)),
        (OLD.city_id, 'NAVIGATION_SMES_REACHED_NOT_REPORTED', OLD.type, OLD.year, -1, -1, -(OLD.smes_reached IS NULL))
    ON DUPLICATE KEY UPDATE records = records + VALUES(records), reported = reported + VALUES(reported), value = value + VALUES(value);

-- pledge-financings
CREATE TRIGGER pledge_financing_indicator_insert AFTER INSERT ON pledge_financing FOR EACH ROW
    INSERT INTO indicator_tally (city_id, indicator, part, year, records, reported, value) VALUES
        (NEW.city_id, 'PLEDGE_FINANCINGS', NEW.lender_type, NEW.year, 1, 1, 1),
        (NEW.city_id, 'PLEDGE_AMOUNT', NEW.lender_type, NEW.year, 1, 1, NEW.amount)
    ON DUPLICATE KEY UPDATE records = records + VALUES(records), reported = reported + VALUES(reported), value = value + VALUES(value);
CREATE TRIGGER pledge_financing_indicator_update AFTER UPDATE ON pledge_financing FOR EACH ROW
    INSERT INTO indicator_tally (city_id, indicator, part, year, records, reported, value) VALUES
        (OLD.city_id, 'PLEDGE_FINANCINGS', OLD.lender_type, OLD.year, -1, -1, -1),
        (OLD.city_id, 'PLEDGE_AMOUNT', OLD.lender_type, OLD.year, -1, -1, -OLD.amount),
        (NEW.city_id, 'PLEDGE_FINANCINGS', NEW.lender_type, NEW.year, 1, 1, 1),
        (NEW.city_id, 'PLEDGE_AMOUNT', NEW.lender_type, NEW.year, 1, 1, NEW.amount)
    ON DUPLICATE KEY UPDATE records = records + VALUES(records), reported = reported + VALUES(reported), value = value + VALUES(value);
CREATE TRIGGER pledge_financing_indicator_delete AFTER DELETE ON pledge_financing FOR EACH ROW
    INSERT INTO indicator_tally (city_id, indicator, part, year, records, reported, value) VALUES
        (OLD.city_id, 'PLEDGE_FINANCINGS', OLD.lender_type, OLD.year, -1, -1, -1),
        (OLD.city_id, 'PLEDGE_AMOUNT', OLD.lender_type, OLD.year, -1, -1, -OLD.amount)
    ON DUPLICATE KEY UPDATE records = records + VALUES(records), reported = reported + VALUES(reported), value = value + VALUES(value);
CREATE TRIGGER pledge_financing_member_insert AFTER INSERT ON pledge_financing FOR EACH ROW
    INSERT INTO indicator_member (indicator, part, year, member, records) VALUES
        ('PLEDGE_SMES', NEW.lender_type, NEW.year, NEW.sme_credit_code, 1),
        ('PLEDGE_SMES', '', NEW.year, NEW.sme_credit_code, 1),
        ('SMES_SERVED', '', NEW.year, NEW.sme_credit_code, 1)
    ON DUPLICATE KEY UPDATE records = records + VALUES(records);
CREATE TRIGGER pledge_financing_city_member_insert AFTER INSERT ON pledge_financing FOR EACH ROW
    INSERT INTO indicator_city_member (city_id, indicator, part, year, member, records) VALUES
        (NEW.city_id, 'PLEDGE_SMES', NEW.lender_type, NEW.year, NEW.sme_credit_code, 1),
        (NEW.city_id, 'PLEDGE_SMES', '', NEW.year, NEW.sme_credit_code, 1),
        (NEW.city_id, 'SMES_SERVED', '', NEW.year, NEW.sme_credit_code, 1)
    ON DUPLICATE KEY UPDATE records = records + VALUES(records);
CREATE TRIGGER pledge_financing_member_update AFTER UPDATE ON pledge_financing FOR EACH ROW
    INSERT INTO indicator_member (indicator, part, year, member, records) VALUES
        ('PLEDGE_SMES', NEW.lender_type, NEW.year, NEW.sme_credit_code, 1),
        ('PLEDGE_SMES', '', NEW.year, NEW.sme_credit_code, 1),
        ('SMES_SERVED', '', NEW.year, NEW.sme_credit_code, 1),
        ('PLEDGE_SMES', OLD.lender_type, OLD.year, OLD.sme_credit_code, -1),
        ('PLEDGE_SMES', '', OLD.year, OLD.sme_credit_code, -1),
        ('SMES_SERVED', '', OLD.year, OLD.sme_credit_code, -1)
    ON DUPLICATE KEY UPDATE records = records + VALUES(records);
CREATE TRIGGER pledge_financing_city_member_update AFTER UPDATE ON pledge_financing FOR EACH ROW
    INSERT INTO indicator_city_member (city_id, indicator, part, year, member, records) VALUES
        (NEW.city_id, 'PLEDGE_SMES', NEW.lender_type, NEW.year, NEW.sme_credit_code, 1),
        (NEW.city_id, 'PLEDGE_SMES', '', NEW.year, NEW.sme_credit_code, 1),
        (NEW.city_id, 'SMES_SERVED', '', NEW.year, NEW.sme_credit_code, 1),
        (OLD.city_id, 'PLEDGE_SMES', OLD.lender_type, OLD.year, OLD.sme_credit_code, -1),
        (OLD.city_id, 'PLEDGE_SMES', '', OLD.year, OLD.sme_credit_code, -1),
        (OLD.city_id, 'SMES_SERVED', '', OLD.year, OLD.sme_credit_code, -1)
    ON DUPLICATE KEY UPDATE records = records + VALUES(records);
CREATE TRIGGER pledge_financing_member_delete AFTER DELETE ON pledge_financing FOR EACH ROW
    INSERT INTO indicator_member (indicator, part, year, member, records) VALUES
        ('PLEDGE_SMES', OLD.lender_type, OLD.year, OLD.sme_credit_code, -1),
        ('PLEDGE_SMES', '', OLD.year, OLD.sme_credit_code, -1),
        ('SMES_SERVED', '', OLD.year, OLD.sme_credit_code, -1)
    ON DUPLICATE KEY UPDATE records = records + VALUES(records);
CREATE TRIGGER pledge_financing_city_member_delete AFTER DELETE ON pledge_financing FOR EACH ROW
    INSERT INTO indicator_city_member (city_id, indicator, part, year, member, records) VALUES
        (OLD.city_id, 'PLEDGE_SMES', OLD.lender_type, OLD.year, OLD.sme_credit_code, -1),
        (OLD.city_id, 'PLEDGE_SMES', '', OLD.year, OLD.sme_credit_code, -1),
        (OLD.city_id, 'SMES_SERVED', '', OLD.year, OLD.sme_credit_code, -1)
    ON DUPLICATE KEY UPDATE records = records + VALUES(records);

-- trusteeship-contracts
CREATE TRIGGER trusteeship_contract_indicator_insert AFTER INSERT ON trusteeship_contract FOR EACH ROW
    INSERT INTO indicator_tally (city_id, indicator, part, year, records, reported, value) VALUES
        (NEW.city_id, 'TRUSTEESHIP_CONTRACTS', '', NEW.year, 1, 1, 1),
        (NEW.city_id, 'TRUSTEESHIP_PATENTS_MANAGED', '', NEW.year, 1, NEW.patents_managed IS NOT NULL, COALESCE(NEW.patents_managed, 0)),
        (NEW.city_id, 'TRUSTEESHIP_PATENTS_MANAGED_NOT_REPORTED', '', NEW.year, 1, 1, NEW.patents_managed IS NULL)
    ON DUPLICATE KEY UPDATE records = records + VALUES(records), reported = reported + VALUES(reported), value = value + VALUES(value);
CREATE TRIGGER trusteeship_contract_indicator_update AFTER UPDATE ON trusteeship_contract FOR EACH ROW
    INSERT INTO indicator_tally (city_id, indicator, part, year, records, reported, value) VALUES
        (OLD.city_id, 'TRUSTEESHIP_CONTRACTS', '', OLD.year, -1, -1, -1),
        (OLD.city_id, 'TRUSTEESHIP_PATENTS_MANAGED', '', OLD.year, -1, -(OLD.patents_managed IS NOT NULL), -COALESCE(OLD.patents_managed, 0)),
        (OLD.city_id, 'TRUSTEESHIP_PATENTS_MANAGED_NOT_REPORTED', '', OLD.year, -1, -1, -(OLD.patents_managed IS NULL)),
        (NEW.city_id, 'TRUSTEESHIP_CONTRACTS', '', NEW.year, 1, 1, 1),
        (NEW.city_id, 'TRUSTEESHIP_PATENTS_MANAGED', '', NEW.year, 1, NEW.patents_managed IS NOT NULL, COALESCE(NEW.patents_managed, 0)),
        (NEW.city_id, 'TRUSTEESHIP_PATENTS_MANAGED_NOT_REPORTED', '', NEW.year, 1, 1, NEW.patents_managed IS NULL)
    ON DUPLICATE KEY UPDATE records = records + VALUES(records), reported = reported + VALUES(reported), value = value + VALUES(value);
CREATE TRIGGER trusteeship_contract_indicator_delete AFTER DELETE ON trusteeship_contract FOR EACH ROW
    INSERT INTO indicator_tally (city_id, indicator, part, year, records, reported, value) VALUES
        (OLD.city_id, 'TRUSTEESHIP_CONTRACTS', '', OLD.year, -1, -1, -1),
        (OLD.city_id, 'TRUSTEESHIP_PATENTS_MANAGED', '', OLD.year, -1, -(OLD.patents_managed IS NOT NULL), -COALESCE(OLD.patents_managed, 0)),
        (OLD.city_id, 'TRUSTEESHIP_PATENTS_MANAGED_NOT_REPORTED', '', OLD.year, -1, -1, -(OLD.patents_managed IS NULL))
    ON DUPLICATE KEY UPDATE records = records + VALUES(records), reported = reported + VALUES(reported), value = value + VALUES(value);
CREATE TRIGGER trusteeship_contract_member_insert AFTER INSERT ON trusteeship_contract FOR EACH ROW
    INSERT INTO indicator_member (indicator, part, year, member, records) VALUES
        ('TRUSTEESHIP_SMES', '', NEW.year, NEW.sme_credit_code, 1),
        ('SMES_SERVED', '', NEW.year, NEW.sme_credit_code, 1)
    ON DUPLICATE KEY UPDATE records = records + VALUES(records);
CREATE TRIGGER trusteeship_contract_city_member_insert AFTER INSERT ON trusteeship_contract FOR EACH ROW
    INSERT INTO indicator_city_member (city_id, indicator, part, year, member, records) VALUES
        (NEW.city_id, 'TRUSTEESHIP_SMES', '', NEW.year, NEW.sme_credit_code, 1),
        (NEW.city_id, 'SMES_SERVED', '', NEW.year, NEW.sme_credit_code, 1)
    ON DUPLICATE KEY UPDATE records = records + VALUES(records);
CREATE TRIGGER trusteeship_contract_member_update AFTER UPDATE ON trusteeship_contract FOR EACH ROW
    INSERT INTO indicator_member (indicator, part, year, member, records) VALUES
        ('TRUSTEESHIP_SMES', '', NEW.year, NEW.sme_credit_code, 1),
        ('SMES_SERVED', '', NEW.year, NEW.sme_credit_code, 1),
        ('TRUSTEESHIP_SMES', '', OLD.year, OLD.sme_credit_code, -1),
        ('SMES_SERVED', '', OLD.year, OLD.sme_credit_code, -1)
    ON DUPLICATE KEY UPDATE records = records + VALUES(records);
CREATE TRIGGER trusteeship_contract_city_member_update AFTER UPDATE ON trusteeship_contract FOR EACH ROW
    INSERT INTO indicator_city_member (city_id, indicator, part, year, member, records) VALUES
        (NEW.city_id, 'TRUSTEESHIP_SMES', '', NEW.year, NEW.sme_credit_code, 1),
        (NEW.city_id, 'SMES_SERVED', '', NEW.year, NEW.sme_credit_code, 1),
        (OLD.city_id, 'TRUSTEESHIP_SMES', '', OLD.year, OLD.sme_credit_code, -1),
        (OLD.city_id, 'SMES_SERVED', '', OLD.year, OLD.sme_credit_code, -1)
    ON DUPLICATE KEY UPDATE records = records + VALUES(records);
CREATE TRIGGER trusteeship_contract_member_delete AFTER DELETE ON trusteeship_contract FOR EACH ROW
    INSERT INTO indicator_member (indicator, part, year, member, records) VALUES
        ('TRUSTEESHIP_SMES', '', OLD.year, OLD.sme_credit_code, -1),
        ('SMES_SERVED', '', OLD.year, OLD.sme_credit_code, -1)
    ON DUPLICATE KEY UPDATE records = records + VALUES(records);
CREATE TRIGGER trusteeship_contract_city_member_delete AFTER DELETE ON trusteeship_contract FOR EACH ROW
    INSERT INTO indicator_city_member (city_id, indicator, part, year, member, records) VALUES
        (OLD.city_id, 'TRUSTEESHIP_SMES', '', OLD.year, OLD.sme_credit_code, -1),
        (OLD.city_id, 'SMES_SERVED', '', OLD.year, OLD.sme_credit_code, -1)
    ON DUPLICATE KEY UPDATE records = records + VALUES(records);

-- training-sessions
CREATE TRIGGER training_session_indicator_insert AFTER INSERT ON training_session FOR EACH ROW
    INSERT INTO indicator_tally (city_id, indicator, part, year, records, reported, value) VALUES
        (NEW.city_id, 'TRAINING_SESSIONS', NEW.audience, NEW.year, 1, 1, 1),
        (NEW.city_id, 'TRAINING_ATTENDEES', NEW.audience, NEW.year, 1, 1, NEW.attendees)
    ON DUPLICATE KEY UPDATE records = records + VALUES(records), reported = reported + VALUES(reported), value = value + VALUES(value);
CREATE TRIGGER training_session_indicator_update AFTER UPDATE ON training_session FOR EACH ROW
    INSERT INTO indicator_tally (city_id, indicator, part, year, records, reported, value) VALUES
        (OLD.city_id, 'TRAINING_SESSIONS', OLD.audience, OLD.year, -1, -1, -1),
        (OLD.city_id, 'TRAINING_ATTENDEES', OLD.audience, OLD.year, -1, -1, -OLD.attendees),
        (NEW.city_id, 'TRAINING_SESSIONS', NEW.audience, NEW.year, 1, 1, 1),
        (NEW.city_id, 'TRAINING_ATTENDEES', NEW.audience, NEW.year, 1, 1, NEW.attendees)
    ON DUPLICATE KEY UPDATE records = records + VALUES(records), reported = reported + VALUES(reported), value = value + VALUES(value);
CREATE TRIGGER training_session_indicator_delete AFTER DELETE ON training_session FOR EACH ROW
    INSERT INTO indicator_tally (city_id, indicator, part, year, records, reported, value) VALUES
        (OLD.city_id, 'TRAINING_SESSIONS', OLD.audience, OLD.year, -1, -1, -1),
        (OLD.city_id, 'TRAINING_ATTENDEES', OLD.audience, OLD.year, -1, -1, -OLD.attendees)
    ON DUPLICATE KEY UPDATE records = records + VALUES(records), reported = reported + VALUES(reported), value = value + VALUES(value);

-- vouchers: issued in their reporting year, redeemed in the year of the redemption (none while unredeemed)
CREATE TRIGGER voucher_indicator_insert AFTER INSERT ON voucher FOR EACH ROW
    INSERT INTO indicator_tally (city_id, indicator, part, year, records, reported, value)
    SELECT NEW.city_id, 'VOUCHERS_ISSUED', NEW.kind, NEW.year, 1, 1, 1
    UNION ALL SELECT NEW.city_id, 'VOUCHER_VALUE_ISSUED', NEW.kind, NEW.year, 1, 1, NEW.face_value
    UNION ALL SELECT NEW.city_id, 'VOUCHERS_REDEEMED', NEW.kind, YEAR(NEW.redeemed_date), 1, 1, 1 FROM DUAL WHERE NEW.redeemed_date IS NOT NULL
    UNION ALL SELECT NEW.city_id, 'VOUCHER_VALUE_REDEEMED', NEW.kind, YEAR(NEW.redeemed_date), 1, 1, NEW.face_value FROM DUAL WHERE NEW.redeemed_date IS NOT NULL
    ON DUPLICATE KEY UPDATE records = records + VALUES(records), reported = reported + VALUES(reported), value = value + VALUES(value);
CREATE TRIGGER voucher_indicator_update AFTER UPDATE ON voucher FOR EACH ROW
    INSERT INTO indicator_tally (city_id, indicator, part, year, records, reported, value)
    SELECT OLD.city_id, 'VOUCHERS_ISSUED', OLD.kind, OLD.year, -1, -1, -1
    UNION ALL SELECT OLD.city_id, 'VOUCHER_VALUE_ISSUED', OLD.kind, OLD.year, -1, -1, -OLD.face_value
    UNION ALL SELECT OLD.city_id, 'VOUCHERS_REDEEMED', OLD.kind, YEAR(OLD.redeemed_date), -1, -1, -1 FROM DUAL WHERE OLD.redeemed_date IS NOT NULL
    UNION ALL SELECT OLD.city_id, 'VOUCHER_VALUE_REDEEMED', OLD.kind, YEAR(OLD.redeemed_date), -1, -1, -OLD.face_value FROM DUAL WHERE OLD.redeemed_date IS NOT NULL
    UNION ALL SELECT NEW.city_id, 'VOUCHERS_ISSUED', NEW.kind, NEW.year, 1, 1, 1
    UNION ALL SELECT NEW.city_id, 'VOUCHER_VALUE_ISSUED', NEW.kind, NEW.year, 1, 1, NEW.face_value
    UNION ALL SELECT NEW.city_id, 'VOUCHERS_REDEEMED', NEW.kind, YEAR(NEW.redeemed_date), 1, 1, 1 FROM DUAL WHERE NEW.redeemed_date IS NOT NULL
    UNION ALL SELECT NEW.city_id, 'VOUCHER_VALUE_REDEEMED', NEW.kind, YEAR(NEW.redeemed_date), 1, 1, NEW.face_value FROM DUAL WHERE NEW.redeemed_date IS NOT NULL
    ON DUPLICATE KEY UPDATE records = records + VALUES(records), reported = reported + VALUES(reported), value = value + VALUES(value);
CREATE TRIGGER voucher_indicator_delete AFTER DELETE ON voucher FOR EACH ROW
    INSERT INTO indicator_tally (city_id, indicator, part, year, records, reported, value)
    SELECT OLD.city_id, 'VOUCHERS_ISSUED', OLD.kind, OLD.year, -1, -1, -1
    UNION ALL SELECT OLD.city_id, 'VOUCHER_VALUE_ISSUED', OLD.kind, OLD.year, -1, -1, -OLD.face_value
    UNION ALL SELECT OLD.city_id, 'VOUCHERS_REDEEMED', OLD.kind, YEAR(OLD.redeemed_date), -1, -1, -1 FROM DUAL WHERE OLD.redeemed_date IS NOT NULL
    UNION ALL SELECT OLD.city_id, 'VOUCHER_VALUE_REDEEMED', OLD.kind, YEAR(OLD.redeemed_date), -1, -1, -OLD.face_value FROM DUAL WHERE OLD.redeemed_date IS NOT NULL
    ON DUPLICATE KEY UPDATE records = records + VALUES(records), reported = reported + VALUES(reported), value = value + VALUES(value);
CREATE TRIGGER voucher_member_insert AFTER INSERT ON voucher FOR EACH ROW
    INSERT INTO indicator_member (indicator, part, year, member, records) VALUES
        ('SMES_SERVED', '', NEW.year, NEW.sme_credit_code, 1)
    ON DUPLICATE KEY UPDATE records = records + VALUES(records);
CREATE TRIGGER voucher_city_member_insert AFTER INSERT ON voucher FOR EACH ROW
    INSERT INTO indicator_city_member (city_id, indicator, part, year, member, records) VALUES
        (NEW.city_id, 'SMES_SERVED', '', NEW.year, NEW.sme_credit_code, 1)
    ON DUPLICATE KEY UPDATE records = records + VALUES(records);
CREATE TRIGGER voucher_member_update AFTER UPDATE ON voucher FOR EACH ROW
    INSERT INTO indicator_member (indicator, part, year, member, records) VALUES
        ('SMES_SERVED', '', NEW.year, NEW.sme_credit_code, 1),
        ('SMES_SERVED', '', OLD.year, OLD.sme_credit_code, -1)
    ON DUPLICATE KEY UPDATE records = records + VALUES(records);
CREATE TRIGGER voucher_city_member_update AFTER UPDATE ON voucher FOR EACH ROW
    INSERT INTO indicator_city_member (city_id, indicator, part, year, member, records) VALUES
        (NEW.city_id, 'SMES_SERVED', '', NEW.year, NEW.sme_credit_code, 1),
        (OLD.city_id, 'SMES_SERVED', '', OLD.year, OLD.sme_credit_code, -1)
    ON DUPLICATE KEY UPDATE records = records + VALUES(records);
CREATE TRIGGER voucher_member_delete AFTER DELETE ON voucher FOR EACH ROW
    INSERT INTO indicator_member (indicator, part, year, member, records) VALUES
        ('SMES_SERVED', '', OLD.year, OLD.sme_credit_code, -1)
    ON DUPLICATE KEY UPDATE records = records + VALUES(records);
CREATE TRIGGER voucher_city_member_delete AFTER DELETE ON voucher FOR EACH ROW
    INSERT INTO indicator_city_member (city_id, indicator, part, year, member, records) VALUES
        (OLD.city_id, 'SMES_SERVED', '', OLD.year, OLD.sme_credit_code, -1)
    ON DUPLICATE KEY UPDATE records = records + VALUES(records);

-- free-filings
CREATE TRIGGER free_filing_indicator_insert AFTER INSERT ON free_filing FOR EACH ROW
    INSERT INTO indicator_tally (city_id, indicator, part, year, records, reported, value) VALUES
        (NEW.city_id, 'FREE_FILINGS', NEW.patent_type, NEW.year, 1, 1, 1)
    ON DUPLICATE KEY UPDATE records = records + VALUES(records), reported = reported + VALUES(reported), value = value + VALUES(value);
CREATE TRIGGER free_filing_indicator_update AFTER UPDATE ON free_filing FOR EACH ROW
    INSERT INTO indicator_tally (city_id, indicator, part, year, records, reported, value) VALUES
        (OLD.city_id, 'FREE_FILINGS', OLD.patent_type, OLD.year, -1, -1, -1),
        (NEW.city_id, 'FREE_FILINGS', NEW.patent_type, NEW.year, 1, 1, 1)
    ON DUPLICATE KEY UPDATE records = records + VALUES(records), reported = reported + VALUES(reported), value = value + VALUES(value);
CREATE TRIGGER free_filing_indicator_delete AFTER DELETE ON free_filing FOR EACH ROW
    INSERT INTO indicator_tally (city_id, indicator, part, year, records, reported, value) VALUES
        (OLD.city_id, 'FREE_FILINGS', OLD.patent_type, OLD.year, -1, -1, -1)
    ON DUPLICATE KEY UPDATE records = records + VALUES(records), reported = reported + VALUES(reported), value = value + VALUES(value);
CREATE TRIGGER free_filing_member_insert AFTER INSERT ON free_filing FOR EACH ROW
    INSERT INTO indicator_member (indicator, part, year, member, records) VALUES
        ('ATTORNEYS_WITH_FREE_FILING', '', NEW.year, CAST(NEW.attorney_id AS CHAR), 1),
        ('SMES_SERVED', '', NEW.year, NEW.sme_credit_code, 1)
    ON DUPLICATE KEY UPDATE records = records + VALUES(records);
CREATE TRIGGER free_filing_city_member_insert AFTER INSERT ON free_filing FOR EACH ROW
    INSERT INTO indicator_city_member (city_id, indicator, part, year, member, records) VALUES
        (NEW.city_id, 'ATTORNEYS_WITH_FREE_FILING', '', NEW.year, CAST(NEW.attorney_id AS CHAR), 1),
        (NEW.city_id, 'SMES_SERVED', '', NEW.year, NEW.sme_credit_code, 1)
    ON DUPLICATE KEY UPDATE records = records + VALUES(records);
CREATE TRIGGER free_filing_member_update AFTER UPDATE ON free_filing FOR EACH ROW
    INSERT INTO indicator_member (indicator, part, year, member, records) VALUES
        ('ATTORNEYS_WITH_FREE_FILING', '', NEW.year, CAST(NEW.attorney_id AS CHAR), 1),
        ('SMES_SERVED', '', NEW.year, NEW.sme_credit_code, 1),
        ('ATTORNEYS_WITH_FREE_FILING', '', OLD.year, CAST(OLD.attorney_id AS CHAR), -1),
        ('SMES_SERVED', '', OLD.year, OLD.sme_credit_code, -1)
    ON DUPLICATE KEY UPDATE records = records + VALUES(records);
CREATE TRIGGER free_filing_city_member_update AFTER UPDATE ON free_filing FOR EACH ROW
    INSERT INTO indicator_city_member (city_id, indicator, part, year, member, records) VALUES
        (NEW.city_id, 'ATTORNEYS_WITH_FREE_FILING', '', NEW.year, CAST(NEW.attorney_id AS CHAR), 1),
        (NEW.city_id, 'SMES_SERVED', '', NEW.year, NEW.sme_credit_code, 1),
        (OLD.city_id, 'ATTORNEYS_WITH_FREE_FILING', '', OLD.year, CAST(OLD.attorney_id AS CHAR), -1),
        (OLD.city_id, 'SMES_SERVED', '', OLD.year, OLD.sme_credit_code, -1)
    ON DUPLICATE KEY UPDATE records = records + VALUES(records);
CREATE TRIGGER free_filing_member_delete AFTER DELETE ON free_filing FOR EACH ROW
    INSERT INTO indicator_member (indicator, part, year, member, records) VALUES
        ('ATTORNEYS_WITH_FREE_FILING', '', OLD.year, CAST(OLD.attorney_id AS CHAR), -1),
        ('SMES_SERVED', '', OLD.year, OLD.sme_credit_code, -1)
    ON DUPLICATE KEY UPDATE records = records + VALUES(records);
CREATE TRIGGER free_filing_city_member_delete AFTER DELETE ON free_filing FOR EACH ROW
    INSERT INTO indicator_city_member (city_id, indicator, part, year, member, records) VALUES
        (OLD.city_id, 'ATTORNEYS_WITH_FREE_FILING', '', OLD.year, CAST(OLD.attorney_id AS CHAR), -1),
        (OLD.city_id, 'SMES_SERVED', '', OLD.year, OLD.sme_credit_code, -1)
    ON DUPLICATE KEY UPDATE records = records + VALUES(records);

INSERT INTO indicator_tally (city_id, indicator, part, year, records, reported, value)
    SELECT city_id, indicator, part, year, records, reported, value FROM indicator_tally_recount;
INSERT INTO indicator_member (indicator, part, year, member, records)
    SELECT indicator, part, year, member, records FROM indicator_member_recount;
INSERT INTO indicator_city_member (city_id, indicator, part, year, member, records)
    SELECT city_id, indicator, part, year, member, records FROM indicator_city_member_recount;
INSERT INTO indicator_member_count (indicator, part, year, members)
    SELECT indicator, part, year, members FROM indicator_member_count_recount;
INSERT INTO indicator_city_member_count (city_id, indicator, part, year, members)
    SELECT city_id, indicator, part, year, members FROM indicator_city_member_count_recount;

-- A member's first record, or its last gone, is a change of its count (after the fill above, which counted).
CREATE TRIGGER indicator_member_count_insert AFTER INSERT ON indicator_member FOR EACH ROW
    INSERT INTO indicator_member_change (id, indicator, part, year, members)
    SELECT UUID_SHORT(), NEW.indicator, NEW.part, NEW.year, 1 FROM DUAL
    WHERE NEW.records > 0 AND NEW.indicator <> 'ATTORNEYS_WITH_FREE_FILING';
CREATE TRIGGER indicator_member_count_update AFTER UPDATE ON indicator_member FOR EACH ROW
    INSERT INTO indicator_member_change (id, indicator, part, year, members)
    SELECT UUID_SHORT(), NEW.indicator, NEW.part, NEW.year, (NEW.records > 0) - (OLD.records > 0) FROM DUAL
    WHERE (NEW.records > 0) <> (OLD.records > 0) AND NEW.indicator <> 'ATTORNEYS_WITH_FREE_FILING';
CREATE TRIGGER indicator_member_count_delete AFTER DELETE ON indicator_member FOR EACH ROW
    INSERT INTO indicator_member_change (id, indicator, part, year, members)
    SELECT UUID_SHORT(), OLD.indicator, OLD.part, OLD.year, -1 FROM DUAL
    WHERE OLD.records > 0 AND OLD.indicator <> 'ATTORNEYS_WITH_FREE_FILING';

-- A city's counts change in place: its writers already queue on its record_tally rows of the kind and year.
CREATE TRIGGER indicator_city_member_count_insert AFTER INSERT ON indicator_city_member FOR EACH ROW
    INSERT INTO indicator_city_member_count (city_id, indicator, part, year, members)
    SELECT NEW.city_id, NEW.indicator, NEW.part, NEW.year, 1 FROM DUAL
    WHERE NEW.records > 0 AND NEW.indicator <> 'ATTORNEYS_WITH_FREE_FILING'
    ON DUPLICATE KEY UPDATE members = members + VALUES(members);
CREATE TRIGGER indicator_city_member_count_update AFTER UPDATE ON indicator_city_member FOR EACH ROW
    INSERT INTO indicator_city_member_count (city_id, indicator, part, year, members)
    SELECT NEW.city_id, NEW.indicator, NEW.part, NEW.year, (NEW.records > 0) - (OLD.records > 0) FROM DUAL
    WHERE (NEW.records > 0) <> (OLD.records > 0) AND NEW.indicator <> 'ATTORNEYS_WITH_FREE_FILING'
    ON DUPLICATE KEY UPDATE members = members + VALUES(members);
CREATE TRIGGER indicator_city_member_count_delete AFTER DELETE ON indicator_city_member FOR EACH ROW
    INSERT INTO indicator_city_member_count (city_id, indicator, part, year, members)
    SELECT OLD.city_id, OLD.indicator, OLD.part, OLD.year, -1 FROM DUAL
    WHERE OLD.records > 0 AND OLD.indicator <> 'ATTORNEYS_WITH_FREE_FILING'
    ON DUPLICATE KEY UPDATE members = members + VALUES(members);
