-- Rapid rights-protection centres and IP protection centres (快速维权中心 / 知识产权保护中心), pilot content 3
-- (IP protection), with their yearly caseload (快速调解) in a table of their own.
CREATE TABLE protection_centre (
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

    name               VARCHAR(200)   NOT NULL,
    kind               VARCHAR(30)    NOT NULL,
    park_id            BIGINT         NULL,
    status             VARCHAR(20)    NOT NULL,
    opening_date       DATE           NOT NULL,

    CONSTRAINT protection_centre_city_fk FOREIGN KEY (city_id) REFERENCES pilot_city (id),
    CONSTRAINT protection_centre_logging_agency_fk FOREIGN KEY (logging_agency_id) REFERENCES service_agency (id),
    CONSTRAINT protection_centre_park_fk FOREIGN KEY (park_id) REFERENCES park (id),
    CONSTRAINT protection_centre_kind_ck CHECK (kind IN ('RAPID_RIGHTS_PROTECTION', 'IP_PROTECTION')),
    CONSTRAINT protection_centre_status_ck CHECK (status IN ('PLANNED', 'UNDER_CONSTRUCTION', 'OPERATING')),
    INDEX protection_centre_city_year_ix (city_id, year, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE protection_centre_activity (
    centre_id          BIGINT         NOT NULL,
    year               SMALLINT       NOT NULL,
    cases_accepted     INT            NOT NULL,
    cases_closed       INT            NOT NULL,
    disputes_mediated  INT            NOT NULL,
    PRIMARY KEY (centre_id, year),
    CONSTRAINT protection_centre_activity_centre_fk FOREIGN KEY (centre_id) REFERENCES protection_centre (id)
        ON DELETE CASCADE,
    CONSTRAINT protection_centre_activity_counts_ck CHECK (cases_accepted >= 0 AND cases_closed >= 0
                                                           AND disputes_mediated >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
