-- IP pledge financing (知识产权质押融资), pilot content 2 (IP operation): a loan, insurance or guarantee
-- secured by an SME's patents. The first block of columns is common to every record kind (CityRecord).
CREATE TABLE pledge_financing (
    id                 BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    city_id            BIGINT         NOT NULL,
    year               SMALLINT       NOT NULL,
    source             VARCHAR(10)    NOT NULL,
    logging_agency_id  BIGINT         NULL,
    created_by         VARCHAR(60)    NOT NULL,
    created_at         DATETIME(3)    NOT NULL,
    updated_by         VARCHAR(60)    NOT NULL,
    updated_at         DATETIME(3)    NOT NULL,
    version            BIGINT         NOT NULL DEFAULT 0,

    sme_name                   VARCHAR(200) NOT NULL,
    sme_credit_code            CHAR(18)     NOT NULL,
    sme_credit_code_confirmed  BOOLEAN      NOT NULL DEFAULT FALSE,

    lender_type        VARCHAR(12)    NOT NULL,
    lender_name        VARCHAR(200)   NOT NULL,
    amount             DECIMAL(14, 2) NOT NULL,
    patents_pledged    INT            NOT NULL,
    contract_date      DATE           NOT NULL,
    term_months        INT            NOT NULL,

    CONSTRAINT pledge_financing_city_fk FOREIGN KEY (city_id) REFERENCES pilot_city (id),
    CONSTRAINT pledge_financing_logging_agency_fk FOREIGN KEY (logging_agency_id) REFERENCES service_agency (id),
    CONSTRAINT pledge_financing_lender_ck CHECK (lender_type IN ('BANK', 'INSURER', 'GUARANTOR', 'CROWDFUNDING', 'OTHER')),
    CONSTRAINT pledge_financing_amount_ck CHECK (amount >= 0),
    CONSTRAINT pledge_financing_patents_ck CHECK (patents_pledged >= 1),
    CONSTRAINT pledge_financing_term_ck CHECK (term_months >= 1),
    INDEX pledge_financing_city_year_ix (city_id, year, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
