-- Live aggregates (issue 11): how many records of each kind a city logged per reporting year, and the sum of
-- the kind's main amount (its first money field: a navigation project's budget, a pledge's amount, a
-- trusteeship's fee, a voucher's face value; NULL for kinds without one). Dashboards and the overview read
-- this table — a few thousand rows however many records exist — instead of counting the records.
--
-- Triggers keep it in step, in the same transaction as the write that changes it, on every path a row can
-- take: a record logged or corrected in the portal or the API, an import (row by row or as a JDBC batch),
-- a deletion, and SQL run by hand or by the demo seed. Each trigger is one INSERT … ON DUPLICATE KEY UPDATE
-- adding +1/−1 and the amount to the row of (city, kind, year); an update that moves a record to another
-- year or city or changes its amount takes it out of the old row and adds it to the new one, and touches
-- nothing otherwise (a corrected title does not lock the tally row).
--
-- record_tally_recount counts the same from the records: the consistency check compares the two, the
-- rebuild replaces the table with it, and this migration fills the table from it. The columns each kind
-- counts are named once, here, for the triggers and the recount alike.
CREATE TABLE record_tally (
    city_id  BIGINT         NOT NULL,
    kind     VARCHAR(40)    NOT NULL,
    year     SMALLINT       NOT NULL,
    records  BIGINT         NOT NULL,
    amount   DECIMAL(20, 2) NULL,
    PRIMARY KEY (city_id, kind, year),
    KEY record_tally_year (year, kind)
);

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
    INSERT INTO record_tally (city_id, kind, year, records, amount) VALUES (NEW.city_id, 'navigation-projects', NEW.year, 1, NEW.budget)
    ON DUPLICATE KEY UPDATE records = records + VALUES(records), amount = amount + VALUES(amount);
CREATE TRIGGER navigation_project_tally_update AFTER UPDATE ON navigation_project FOR EACH ROW
    INSERT INTO record_tally (city_id, kind, year, records, amount)
    SELECT OLD.city_id, 'navigation-projects', OLD.year, -1, -OLD.budget FROM DUAL WHERE OLD.city_id <> NEW.city_id OR OLD.year <> NEW.year OR OLD.budget <> NEW.budget
    UNION ALL
    SELECT NEW.city_id, 'navigation-projects', NEW.year, 1, NEW.budget FROM DUAL WHERE OLD.city_id <> NEW.city_id OR OLD.year <> NEW.year OR OLD.budget <> NEW.budget
    ON DUPLICATE KEY UPDATE records = records + VALUES(records), amount = amount + VALUES(amount);
CREATE TRIGGER navigation_project_tally_delete AFTER DELETE ON navigation_project FOR EACH ROW
    INSERT INTO record_tally (city_id, kind, year, records, amount) VALUES (OLD.city_id, 'navigation-projects', OLD.year, -1, -OLD.budget)
    ON DUPLICATE KEY UPDATE records = records + VALUES(records), amount = amount + VALUES(amount);

-- pledge-financings
CREATE TRIGGER pledge_financing_tally_insert AFTER INSERT ON pledge_financing FOR EACH ROW
    INSERT INTO record_tally (city_id, kind, year, records, amount) VALUES (NEW.city_id, 'pledge-financings', NEW.year, 1, NEW.amount)
    ON DUPLICATE KEY UPDATE records = records + VALUES(records), amount = amount + VALUES(amount);
CREATE TRIGGER pledge_financing_tally_update AFTER UPDATE ON pledge_financing FOR EACH ROW
    INSERT INTO record_tally (city_id, kind, year, records, amount)
    SELECT OLD.city_id, 'pledge-financings', OLD.year, -1, -OLD.amount FROM DUAL WHERE OLD.city_id <> NEW.city_id OR OLD.year <> NEW.year OR OLD.amount <> NEW.amount
    UNION ALL
    SELECT NEW.city_id, 'pledge-financings', NEW.year, 1, NEW.amount FROM DUAL WHERE OLD.city_id <> NEW.city_id OR OLD.year <> NEW.year OR OLD.amount <> NEW.amount
    ON DUPLICATE KEY UPDATE records = records + VALUES(records), amount = amount + VALUES(amount);
CREATE TRIGGER pledge_financing_tally_delete AFTER DELETE ON pledge_financing FOR EACH ROW
    INSERT INTO record_tally (city_id, kind, year, records, amount) VALUES (OLD.city_id, 'pledge-financings', OLD.year, -1, -OLD.amount)
    ON DUPLICATE KEY UPDATE records = records + VALUES(records), amount = amount + VALUES(amount);

-- trusteeship-contracts
CREATE TRIGGER trusteeship_contract_tally_insert AFTER INSERT ON trusteeship_contract FOR EACH ROW
    INSERT INTO record_tally (city_id, kind, year, records, amount) VALUES (NEW.city_id, 'trusteeship-contracts', NEW.year, 1, NEW.fee)
    ON DUPLICATE KEY UPDATE records = records + VALUES(records), amount = amount + VALUES(amount);
CREATE TRIGGER trusteeship_contract_tally_update AFTER UPDATE ON trusteeship_contract FOR EACH ROW
    INSERT INTO record_tally (city_id, kind, year, records, amount)
    SELECT OLD.city_id, 'trusteeship-contracts', OLD.year, -1, -OLD.fee FROM DUAL WHERE OLD.city_id <> NEW.city_id OR OLD.year <> NEW.year OR OLD.fee <> NEW.fee
    UNION ALL
    SELECT NEW.city_id, 'trusteeship-contracts', NEW.year, 1, NEW.fee FROM DUAL WHERE OLD.city_id <> NEW.city_id OR OLD.year <> NEW.year OR OLD.fee <> NEW.fee
    ON DUPLICATE KEY UPDATE records = records + VALUES(records), amount = amount + VALUES(amount);
CREATE TRIGGER trusteeship_contract_tally_delete AFTER DELETE ON trusteeship_contract FOR EACH ROW
    INSERT INTO record_tally (city_id, kind, year, records, amount) VALUES (OLD.city_id, 'trusteeship-contracts', OLD.year, -1, -OLD.fee)
    ON DUPLICATE KEY UPDATE records = records + VALUES(records), amount = amount + VALUES(amount);

-- training-sessions
CREATE TRIGGER training_session_tally_insert AFTER INSERT ON training_session FOR EACH ROW
    INSERT INTO record_tally (city_id, kind, year, records, amount) VALUES (NEW.city_id, 'training-sessions', NEW.year, 1, NULL)
    ON DUPLICATE KEY UPDATE records = records + VALUES(records), amount = amount + VALUES(amount);
CREATE TRIGGER training_session_tally_update AFTER UPDATE ON training_session FOR EACH ROW
    INSERT INTO record_tally (city_id, kind, year, records, amount)
    SELECT OLD.city_id, 'training-sessions', OLD.year, -1, NULL FROM DUAL WHERE OLD.city_id <> NEW.city_id OR OLD.year <> NEW.year
    UNION ALL
    SELECT NEW.city_id, 'training-sessions', NEW.year, 1, NULL FROM DUAL WHERE OLD.city_id <> NEW.city_id OR OLD.year <> NEW.year
    ON DUPLICATE KEY UPDATE records = records + VALUES(records), amount = amount + VALUES(amount);
CREATE TRIGGER training_session_tally_delete AFTER DELETE ON training_session FOR EACH ROW
    INSERT INTO record_tally (city_id, kind, year, records, amount) VALUES (OLD.city_id, 'training-sessions', OLD.year, -1, NULL)
    ON DUPLICATE KEY UPDATE records = records + VALUES(records), amount = amount + VALUES(amount);

-- vouchers
CREATE TRIGGER voucher_tally_insert AFTER INSERT ON voucher FOR EACH ROW
    INSERT INTO record_tally (city_id, kind, year, records, amount) VALUES (NEW.city_id, 'vouchers', NEW.year, 1, NEW.face_value)
    ON DUPLICATE KEY UPDATE records = records + VALUES(records), amount = amount + VALUES(amount);
CREATE TRIGGER voucher_tally_update AFTER UPDATE ON voucher FOR EACH ROW
    INSERT INTO record_tally (city_id, kind, year, records, amount)
    SELECT OLD.city_id, 'vouchers', OLD.year, -1, -OLD.face_value FROM DUAL WHERE OLD.city_id <> NEW.city_id OR OLD.year <> NEW.year OR OLD.face_value <> NEW.face_value
    UNION ALL
    SELECT NEW.city_id, 'vouchers', NEW.year, 1, NEW.face_value FROM DUAL WHERE OLD.city_id <> NEW.city_id OR OLD.year <> NEW.year OR OLD.face_value <> NEW.face_value
    ON DUPLICATE KEY UPDATE records = records + VALUES(records), amount = amount + VALUES(amount);
CREATE TRIGGER voucher_tally_delete AFTER DELETE ON voucher FOR EACH ROW
    INSERT INTO record_tally (city_id, kind, year, records, amount) VALUES (OLD.city_id, 'vouchers', OLD.year, -1, -OLD.face_value)
    ON DUPLICATE KEY UPDATE records = records + VALUES(records), amount = amount + VALUES(amount);

-- free-filings
CREATE TRIGGER free_filing_tally_insert AFTER INSERT ON free_filing FOR EACH ROW
    INSERT INTO record_tally (city_id, kind, year, records, amount) VALUES (NEW.city_id, 'free-filings', NEW.year, 1, NULL)
    ON DUPLICATE KEY UPDATE records = records + VALUES(records), amount = amount + VALUES(amount);
CREATE TRIGGER free_filing_tally_update AFTER UPDATE ON free_filing FOR EACH ROW
    INSERT INTO record_tally (city_id, kind, year, records, amount)
    SELECT OLD.city_id, 'free-filings', OLD.year, -1, NULL FROM DUAL WHERE OLD.city_id <> NEW.city_id OR OLD.year <> NEW.year
    UNION ALL
    SELECT NEW.city_id, 'free-filings', NEW.year, 1, NULL FROM DUAL WHERE OLD.city_id <> NEW.city_id OR OLD.year <> NEW.year
    ON DUPLICATE KEY UPDATE records = records + VALUES(records), amount = amount + VALUES(amount);
CREATE TRIGGER free_filing_tally_delete AFTER DELETE ON free_filing FOR EACH ROW
    INSERT INTO record_tally (city_id, kind, year, records, amount) VALUES (OLD.city_id, 'free-filings', OLD.year, -1, NULL)
    ON DUPLICATE KEY UPDATE records = records + VALUES(records), amount = amount + VALUES(amount);

-- protection-centres
CREATE TRIGGER protection_centre_tally_insert AFTER INSERT ON protection_centre FOR EACH ROW
    INSERT INTO record_tally (city_id, kind, year, records, amount) VALUES (NEW.city_id, 'protection-centres', NEW.year, 1, NULL)
    ON DUPLICATE KEY UPDATE records = records + VALUES(records), amount = amount + VALUES(amount);
CREATE TRIGGER protection_centre_tally_update AFTER UPDATE ON protection_centre FOR EACH ROW
    INSERT INTO record_tally (city_id, kind, year, records, amount)
    SELECT OLD.city_id, 'protection-centres', OLD.year, -1, NULL FROM DUAL WHERE OLD.city_id <> NEW.city_id OR OLD.year <> NEW.year
    UNION ALL
    SELECT NEW.city_id, 'protection-centres', NEW.year, 1, NULL FROM DUAL WHERE OLD.city_id <> NEW.city_id OR OLD.year <> NEW.year
    ON DUPLICATE KEY UPDATE records = records + VALUES(records), amount = amount + VALUES(amount);
CREATE TRIGGER protection_centre_tally_delete AFTER DELETE ON protection_centre FOR EACH ROW
    INSERT INTO record_tally (city_id, kind, year, records, amount) VALUES (OLD.city_id, 'protection-centres', OLD.year, -1, NULL)
    ON DUPLICATE KEY UPDATE records = records + VALUES(records), amount = amount + VALUES(amount);

INSERT INTO record_tally (city_id, kind, year, records, amount)
SELECT city_id, kind, year, records, amount FROM record_tally_recount;
