-- SME IP service agencies, the pilot cities each serves, and their patent attorneys (专利代理人).
CREATE TABLE service_agency (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name         VARCHAR(200) NOT NULL,
    credit_code  CHAR(18)     NOT NULL,
    kind         VARCHAR(30)  NOT NULL,
    version      BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT service_agency_credit_code_uk UNIQUE (credit_code),
    CONSTRAINT service_agency_kind_ck CHECK (kind IN ('PATENT_AGENCY', 'TRUSTEESHIP_PROVIDER',
                                                      'NAVIGATION_PROVIDER', 'TRAINING_PROVIDER'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE agency_city (
    agency_id  BIGINT NOT NULL,
    city_id    BIGINT NOT NULL,
    PRIMARY KEY (agency_id, city_id),
    CONSTRAINT agency_city_agency_fk FOREIGN KEY (agency_id) REFERENCES service_agency (id),
    CONSTRAINT agency_city_city_fk FOREIGN KEY (city_id) REFERENCES pilot_city (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE patent_attorney (
    id              BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    agency_id       BIGINT      NOT NULL,
    name            VARCHAR(60) NOT NULL,
    licence_number  VARCHAR(30) NOT NULL,
    version         BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT patent_attorney_licence_uk UNIQUE (licence_number),
    CONSTRAINT patent_attorney_agency_fk FOREIGN KEY (agency_id) REFERENCES service_agency (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
