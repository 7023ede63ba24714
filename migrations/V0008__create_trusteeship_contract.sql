-- IP trusteeship contracts (知识产权托管), pilot content 4 (IP management): an agency manages an SME's
-- patents under contract. service_agency_id is the trustee; logging_agency_id (common) the agency that
-- logged the record, if an agency did.
CREATE TABLE trusteeship_contract (
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

    service_agency_id  BIGINT         NOT NULL,
    sme_name                   VARCHAR(200) NOT NULL,
    sme_credit_code            CHAR(18)     NOT NULL,
    sme_credit_code_confirmed  BOOLEAN      NOT NULL DEFAULT FALSE,

    start_date         DATE           NOT NULL,
    end_date           DATE           NULL,
    fee                DECIMAL(14, 2) NOT NULL,
    patents_managed    INT            NOT NULL,
    scope              VARCHAR(500)   NULL,

    CONSTRAINT trusteeship_contract_city_fk FOREIGN KEY (city_id) REFERENCES pilot_city (id),
    CONSTRAINT trusteeship_contract_logging_agency_fk FOREIGN KEY (logging_agency_id) REFERENCES service_agency (id),
    CONSTRAINT trusteeship_contract_trustee_fk FOREIGN KEY (service_agency_id) REFERENCES service_agency (id),
    CONSTRAINT trusteeship_contract_dates_ck CHECK (end_date IS NULL OR end_date >= start_date),
    CONSTRAINT trusteeship_contract_fee_ck CHECK (fee >= 0),
    CONSTRAINT trusteeship_contract_patents_ck CHECK (patents_managed >= 0),
    INDEX trusteeship_contract_city_year_ix (city_id, year, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
