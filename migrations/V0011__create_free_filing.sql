-- Free patent filings by attorneys (免费代理专利申请), a policy support: each attorney in a pilot city files
-- one application a year for an SME free of charge. service_agency_id is the attorney's agency.
CREATE TABLE free_filing (
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

    attorney_id        BIGINT         NOT NULL,
    service_agency_id  BIGINT         NOT NULL,
    sme_name                   VARCHAR(200) NOT NULL,
    sme_credit_code            CHAR(18)     NOT NULL,
    sme_credit_code_confirmed  BOOLEAN      NOT NULL DEFAULT FALSE,

    application_number CHAR(14)       NOT NULL,
    patent_type        VARCHAR(14)    NOT NULL,
    filing_date        DATE           NOT NULL,

    CONSTRAINT free_filing_city_fk FOREIGN KEY (city_id) REFERENCES pilot_city (id),
    CONSTRAINT free_filing_logging_agency_fk FOREIGN KEY (logging_agency_id) REFERENCES service_agency (id),
    CONSTRAINT free_filing_attorney_fk FOREIGN KEY (attorney_id) REFERENCES patent_attorney (id),
    CONSTRAINT free_filing_service_agency_fk FOREIGN KEY (service_agency_id) REFERENCES service_agency (id),
    CONSTRAINT free_filing_application_uk UNIQUE (city_id, application_number),
    CONSTRAINT free_filing_type_ck CHECK (patent_type IN ('INVENTION', 'UTILITY_MODEL', 'DESIGN')),
    INDEX free_filing_city_year_ix (city_id, year, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
