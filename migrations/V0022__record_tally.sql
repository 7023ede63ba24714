-- Live aggregates (issue 11): how many records of each kind a city logged per reporting year, and the sum of
-- the kind's main amount (its first money field: a navigation project's budget, a pledge's amount, a
-- trusteeship's fee, a voucher's face value; NULL for kinds without one). Dashboards and the overview read
-- this table — a few thousand rows however many records exist — instead of counting the records.
--
-- Triggers keep it in step, in the same transaction as the write that changes it, on every path a row can
-- take: a record logged or corrected in the portal or the API, an import (row by row or as a JDBC batch),
-- a deletion, and SQL run by hand or by the demo seed. Each trigger is one INSERT … ON DUPLICATE KEY UPDATE
-- on the row of (city, kind, year): +1 record and its amount for an insert, −1 for a delete; an update that
-- moves a record to another year or city or changes its amount takes it out of the old row and adds it to
-- the new one. `changes` counts every write to the row's records, moves or not (a corrected lender type
-- changes an indicator too): with data_revision, which counts every change to what else the indicators
-- read (cities, parks and their figures, agencies' cities, attorneys, centres' caseloads), it tells a
-- reader whether anything it computed from the records of some cities may have changed since
-- (IndicatorCalculator keeps the province and national figures until then).
--
-- record_tally_recount counts the same from the records: the consistency check compares the two, the
-- rebuild replaces the table with it (and bumps data_revision, since it resets `changes`), and this
-- migration fills the table from it. The columns each kind counts are named once, here, for the triggers
-- and the recount alike.
CREATE TABLE record_tally (
    city_id  BIGINT         NOT NULL,
    kind     VARCHAR(40)    NOT NULL,
    year     SMALLINT       NOT NULL,
    records  BIGINT         NOT NULL,
    amount   DECIMAL(20, 2) NULL,
    changes  BIGINT         NOT NULL DEFAULT 0,
    PRIMARY KEY (city_id, kind, year),
    KEY record_tally_year (year, kind)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE data_revision (
    id        TINYINT  NOT NULL PRIMARY KEY,
    revision  BIGINT   NOT NULL,
    CONSTRAINT data_revision_one_row_ck CHECK (id = 1)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
INSERT INTO data_revision (id, revision) VALUES (1, 0);

CREATE VIEW record_tally_recount AS
SELECT city_id, 'navigation-projects' AS kind, year, COUNT(*) AS records, SUM(budget) AS amount
    FROM navigation_project GROUP BY city_id, year
UNION ALL
SELECT city_id, 'pledge-financings' AS kind, year, COUNT(*) AS records, SUM(amount) AS amount
    FROM pledge_financing GROUP BY city_id, year
UNION ALL
SELECT city_id, 'trusteeship-contracts' AS kind, year, COUNT(*) AS records, SUM(fee) AS amount
    FROM trusteeship_contract GROUP BY city_id, year
UNION ALL
SELECT city_id, 'training-sessions' AS kind, year, COUNT(*) AS records, NULL AS amount
    FROM training_session GROUP BY city_id, year
UNION ALL
SELECT city_id, 'vouchers' AS kind, year, COUNT(*) AS records, SUM(face_value) AS amount
    FROM voucher GROUP BY city_id, year
UNION ALL
SELECT city_id, 'free-filings' AS kind, year, COUNT(*) AS records, NULL AS amount
    FROM free_filing GROUP BY city_id, year
UNION ALL
SELECT city_id, 'protection-centres' AS kind, year, COUNT(*) AS records, NULL AS amount
    FROM protection_centre GROUP BY city_id, year;

-- navigation-projects
CREATE TRIGGER navigation_project_tally_insert AFTER INSERT ON navigation_project FOR EACH ROW
    INSERT INTO record_tally (city_id, kind, year, records, amount, changes) VALUES (NEW.city_id, 'navigation-projects', NEW.year, 1, NEW.budget, 1)
    ON DUPLICATE KEY UPDATE records = records + VALUES(records), amount = amount + VALUES(amount), changes = changes + 1;
CREATE TRIGGER navigation_project_tally_update AFTER UPDATE ON navigation_project FOR EACH ROW
    INSERT INTO record_tally (city_id, kind, year, records, amount, changes)
    SELECT OLD.city_id, 'navigation-projects', OLD.year, -1, -OLD.budget, 1 FROM DUAL WHERE OLD.city_id <> NEW.city_id OR OLD.year <> NEW.year OR OLD.budget <> NEW.budget
    UNION ALL
    SELECT NEW.city_id, 'navigation-projects', NEW.year, IF(OLD.city_id <> NEW.city_id OR OLD.year <> NEW.year OR OLD.budget <> NEW.budget, 1, 0), IF(OLD.city_id <> NEW.city_id OR OLD.year <> NEW.year OR OLD.budget <> NEW.budget, NEW.budget, 0), 1 FROM DUAL
    ON DUPLICATE KEY UPDATE records = records + VALUES(records), amount = amount + VALUES(amount), changes = changes + 1;
CREATE TRIGGER navigation_project_tally_delete AFTER DELETE ON navigation_project FOR EACH ROW
    INSERT INTO record_tally (city_id, kind, year, records, amount, changes) VALUES (OLD.city_id, 'navigation-projects', OLD.year, -1, -OLD.budget, 1)
    ON DUPLICATE KEY UPDATE records = records + VALUES(records), amount = amount + VALUES(amount), changes = changes + 1;

-- pledge-financings
CREATE TRIGGER pledge_financing_tally_insert AFTER INSERT ON pledge_financing FOR EACH ROW
    INSERT INTO record_tally (city_id, kind, year, records, amount, changes) VALUES (NEW.city_id, 'pledge-financings', NEW.year, 1, NEW.amount, 1)
    ON DUPLICATE KEY UPDATE records = records + VALUES(records), amount = amount + VALUES(amount), changes = changes + 1;
CREATE TRIGGER pledge_financing_tally_update AFTER UPDATE ON pledge_financing FOR EACH ROW
    INSERT INTO record_tally (city_id, kind, year, records, amount, changes)
    SELECT OLD.city_id, 'pledge-financings', OLD.year, -1, -OLD.amount, 1 FROM DUAL WHERE OLD.city_id <> NEW.city_id OR OLD.year <> NEW.year OR OLD.amount <> NEW.amount
    UNION ALL
    SELECT NEW.city_id, 'pledge-financings', NEW.year, IF(OLD.city_id <> NEW.city_id OR OLD.year <> NEW.year OR OLD.amount <> NEW.amount, 1, 0), IF(OLD.city_id <> NEW.city_id OR OLD.year <> NEW.year OR OLD.amount <> NEW.amount, NEW.amount, 0), 1 FROM DUAL
    ON DUPLICATE KEY UPDATE records = records + VALUES(records), amount = amount + VALUES(amount), changes = changes + 1;
CREATE TRIGGER pledge_financing_tally_delete AFTER DELETE ON pledge_financing FOR EACH ROW
    INSERT INTO record_tally (city_id, kind, year, records, amount, changes) VALUES (OLD.city_id, 'pledge-financings', OLD.year, -1, -OLD.amount, 1)
    ON DUPLICATE KEY UPDATE records = records + VALUES(records), amount = amount + VALUES(amount), changes = changes + 1;

-- trusteeship-contracts
CREATE TRIGGER trusteeship_contract_tally_insert AFTER INSERT ON trusteeship_contract FOR EACH ROW
    INSERT INTO record_tally (city_id, kind, year, records, amount, changes) VALUES (NEW.city_id, 'trusteeship-contracts', NEW.year, 1, NEW.fee, 1)
    ON DUPLICATE KEY UPDATE records = records + VALUES(records), amount = amount + VALUES(amount), changes = changes + 1;
CREATE TRIGGER trusteeship_contract_tally_update AFTER UPDATE ON trusteeship_contract FOR EACH ROW
    INSERT INTO record_tally (city_id, kind, year, records, amount, changes)
    SELECT OLD.city_id, 'trusteeship-contracts', OLD.year, -1, -OLD.fee, 1 FROM DUAL WHERE OLD.city_id <> NEW.city_id OR OLD.year <> NEW.year OR OLD.fee <> NEW.fee
    UNION ALL
    SELECT NEW.city_id, 'trusteeship-contracts', NEW.year, IF(OLD.city_id <> NEW.city_id OR OLD.year <> NEW.year OR OLD.fee <> NEW.fee, 1, 0), IF(OLD.city_id <> NEW.city_id OR OLD.year <> NEW.year OR OLD.fee <> NEW.fee, NEW.fee, 0), 1 FROM DUAL
    ON DUPLICATE KEY UPDATE records = records + VALUES(records), amount = amount + VALUES(amount), changes = changes + 1;
CREATE TRIGGER trusteeship_contract_tally_delete AFTER DELETE ON trusteeship_contract FOR EACH ROW
    INSERT INTO record_tally (city_id, kind, year, records, amount, changes) VALUES (OLD.city_id, 'trusteeship-contracts', OLD.year, -1, -OLD.fee, 1)
    ON DUPLICATE KEY UPDATE records = records + VALUES(records), amount = amount + VALUES(amount), changes = changes + 1;

-- training-sessions
CREATE TRIGGER training_session_tally_insert AFTER INSERT ON training_session FOR EACH ROW
    INSERT INTO record_tally (city_id, kind, year, records, amount, changes) VALUES (NEW.city_id, 'training-sessions', NEW.year, 1, NULL, 1)
    ON DUPLICATE KEY UPDATE records = records + VALUES(records), amount = amount + VALUES(amount), changes = changes + 1;
CREATE TRIGGER training_session_tally_update AFTER UPDATE ON training_session FOR EACH ROW
    INSERT INTO record_tally (city_id, kind, year, records, amount, changes)
    SELECT OLD.city_id, 'training-sessions', OLD.year, -1, NULL, 1 FROM DUAL WHERE OLD.city_id <> NEW.city_id OR OLD.year <> NEW.year
    UNION ALL
    SELECT NEW.city_id, 'training-sessions', NEW.year, IF(OLD.city_id <> NEW.city_id OR OLD.year <> NEW.year, 1, 0), NULL, 1 FROM DUAL
    ON DUPLICATE KEY UPDATE records = records + VALUES(records), amount = amount + VALUES(amount), changes = changes + 1;
CREATE TRIGGER training_session_tally_delete AFTER DELETE ON training_session FOR EACH ROW
    INSERT INTO record_tally (city_id, kind, year, records, amount, changes) VALUES (OLD.city_id, 'training-sessions', OLD.year, -1, NULL, 1)
    ON DUPLICATE KEY UPDATE records = records + VALUES(records), amount = amount + VALUES(amount), changes = changes + 1;

-- vouchers
CREATE TRIGGER voucher_tally_insert AFTER INSERT ON voucher FOR EACH ROW
    INSERT INTO record_tally (city_id, kind, year, records, amount, changes) VALUES (NEW.city_id, 'vouchers', NEW.year, 1, NEW.face_value, 1)
    ON DUPLICATE KEY UPDATE records = records + VALUES(records), amount = amount + VALUES(amount), changes = changes + 1;
CREATE TRIGGER voucher_tally_update AFTER UPDATE ON voucher FOR EACH ROW
    INSERT INTO record_tally (city_id, kind, year, records, amount, changes)
    SELECT OLD.city_id, 'vouchers', OLD.year, -1, -OLD.face_value, 1 FROM DUAL WHERE OLD.city_id <> NEW.city_id OR OLD.year <> NEW.year OR OLD.face_value <> NEW.face_value
    UNION ALL
    SELECT NEW.city_id, 'vouchers', NEW.year, IF(OLD.city_id <> NEW.city_id OR OLD.year <> NEW.year OR OLD.face_value <> NEW.face_value, 1, 0), IF(OLD.city_id <> NEW.city_id OR OLD.year <> NEW.year OR OLD.face_value <> NEW.face_value, NEW.face_value, 0), 1 FROM DUAL
    ON DUPLICATE KEY UPDATE records = records + VALUES(records), amount = amount + VALUES(amount), changes = changes + 1;
CREATE TRIGGER voucher_tally_delete AFTER DELETE ON voucher FOR EACH ROW
    INSERT INTO record_tally (city_id, kind, year, records, amount, changes) VALUES (OLD.city_id, 'vouchers', OLD.year, -1, -OLD.face_value, 1)
    ON DUPLICATE KEY UPDATE records = records + VALUES(records), amount = amount + VALUES(amount), changes = changes + 1;

-- free-filings
CREATE TRIGGER free_filing_tally_insert AFTER INSERT ON free_filing FOR EACH ROW
    INSERT INTO record_tally (city_id, kind, year, records, amount, changes) VALUES (NEW.city_id, 'free-filings', NEW.year, 1, NULL, 1)
    ON DUPLICATE KEY UPDATE records = records + VALUES(records), amount = amount + VALUES(amount), changes = changes + 1;
CREATE TRIGGER free_filing_tally_update AFTER UPDATE ON free_filing FOR EACH ROW
    INSERT INTO record_tally (city_id, kind, year, records, amount, changes)
    SELECT OLD.city_id, 'free-filings', OLD.year, -1, NULL, 1 FROM DUAL WHERE OLD.city_id <> NEW.city_id OR OLD.year <> NEW.year
    UNION ALL
    SELECT NEW.city_id, 'free-filings', NEW.year, IF(OLD.city_id <> NEW.city_id OR OLD.year <> NEW.year, 1, 0), NULL, 1 FROM DUAL
    ON DUPLICATE KEY UPDATE records = records + VALUES(records), amount = amount + VALUES(amount), changes = changes + 1;
CREATE TRIGGER free_filing_tally_delete AFTER DELETE ON free_filing FOR EACH ROW
    INSERT INTO record_tally (city_id, kind, year, records, amount, changes) VALUES (OLD.city_id, 'free-filings', OLD.year, -1, NULL, 1)
    ON DUPLICATE KEY UPDATE records = records + VALUES(records), amount = amount + VALUES(amount), changes = changes + 1;

-- protection-centres
CREATE TRIGGER protection_centre_tally_insert AFTER INSERT ON protection_centre FOR EACH ROW
    INSERT INTO record_tally (city_id, kind, year, records, amount, changes) VALUES (NEW.city_id, 'protection-centres', NEW.year, 1, NULL, 1)
    ON DUPLICATE KEY UPDATE records = records + VALUES(records), amount = amount + VALUES(amount), changes = changes + 1;
CREATE TRIGGER protection_centre_tally_update AFTER UPDATE ON protection_centre FOR EACH ROW
    INSERT INTO record_tally (city_id, kind, year, records, amount, changes)
    SELECT OLD.city_id, 'protection-centres', OLD.year, -1, NULL, 1 FROM DUAL WHERE OLD.city_id <> NEW.city_id OR OLD.year <> NEW.year
    UNION ALL
    SELECT NEW.city_id, 'protection-centres', NEW.year, IF(OLD.city_id <> NEW.city_id OR OLD.year <> NEW.year, 1, 0), NULL, 1 FROM DUAL
    ON DUPLICATE KEY UPDATE records = records + VALUES(records), amount = amount + VALUES(amount), changes = changes + 1;
CREATE TRIGGER protection_centre_tally_delete AFTER DELETE ON protection_centre FOR EACH ROW
    INSERT INTO record_tally (city_id, kind, year, records, amount, changes) VALUES (OLD.city_id, 'protection-centres', OLD.year, -1, NULL, 1)
    ON DUPLICATE KEY UPDATE records = records + VALUES(records), amount = amount + VALUES(amount), changes = changes + 1;

-- What the indicators read besides the records.
CREATE TRIGGER pilot_city_revision_insert AFTER INSERT ON pilot_city FOR EACH ROW
    UPDATE data_revision SET revision = revision + 1 WHERE id = 1;
CREATE TRIGGER pilot_city_revision_update AFTER UPDATE ON pilot_city FOR EACH ROW
    UPDATE data_revision SET revision = revision + 1 WHERE id = 1;
CREATE TRIGGER pilot_city_revision_delete AFTER DELETE ON pilot_city FOR EACH ROW
    UPDATE data_revision SET revision = revision + 1 WHERE id = 1;

CREATE TRIGGER park_revision_insert AFTER INSERT ON park FOR EACH ROW
    UPDATE data_revision SET revision = revision + 1 WHERE id = 1;
CREATE TRIGGER park_revision_update AFTER UPDATE ON park FOR EACH ROW
    UPDATE data_revision SET revision = revision + 1 WHERE id = 1;
CREATE TRIGGER park_revision_delete AFTER DELETE ON park FOR EACH ROW
    UPDATE data_revision SET revision = revision + 1 WHERE id = 1;

CREATE TRIGGER park_year_revision_insert AFTER INSERT ON park_year FOR EACH ROW
    UPDATE data_revision SET revision = revision + 1 WHERE id = 1;
CREATE TRIGGER park_year_revision_update AFTER UPDATE ON park_year FOR EACH ROW
    UPDATE data_revision SET revision = revision + 1 WHERE id = 1;
CREATE TRIGGER park_year_revision_delete AFTER DELETE ON park_year FOR EACH ROW
    UPDATE data_revision SET revision = revision + 1 WHERE id = 1;

CREATE TRIGGER agency_city_revision_insert AFTER INSERT ON agency_city FOR EACH ROW
    UPDATE data_revision SET revision = revision + 1 WHERE id = 1;
CREATE TRIGGER agency_city_revision_update AFTER UPDATE ON agency_city FOR EACH ROW
    UPDATE data_revision SET revision = revision + 1 WHERE id = 1;
CREATE TRIGGER agency_city_revision_delete AFTER DELETE ON agency_city FOR EACH ROW
    UPDATE data_revision SET revision = revision + 1 WHERE id = 1;

CREATE TRIGGER patent_attorney_revision_insert AFTER INSERT ON patent_attorney FOR EACH ROW
    UPDATE data_revision SET revision = revision + 1 WHERE id = 1;
CREATE TRIGGER patent_attorney_revision_update AFTER UPDATE ON patent_attorney FOR EACH ROW
    UPDATE data_revision SET revision = revision + 1 WHERE id = 1;
CREATE TRIGGER patent_attorney_revision_delete AFTER DELETE ON patent_attorney FOR EACH ROW
    UPDATE data_revision SET revision = revision + 1 WHERE id = 1;

CREATE TRIGGER protection_centre_activity_revision_insert AFTER INSERT ON protection_centre_activity FOR EACH ROW
    UPDATE data_revision SET revision = revision + 1 WHERE id = 1;
CREATE TRIGGER protection_centre_activity_revision_update AFTER UPDATE ON protection_centre_activity FOR EACH ROW
    UPDATE data_revision SET revision = revision + 1 WHERE id = 1;
CREATE TRIGGER protection_centre_activity_revision_delete AFTER DELETE ON protection_centre_activity FOR EACH ROW
    UPDATE data_revision SET revision = revision + 1 WHERE id = 1;

INSERT INTO record_tally (city_id, kind, year, records, amount)
SELECT city_id, kind, year, records, amount FROM record_tally_recount;
