-- Portal and API accounts. password_hash keeps its own algorithm, iterations and salt
-- (Jakarta Security Pbkdf2PasswordHash format), so the cost can be raised without a migration.
-- A scoped role needs its scope (city, province or agency); the foreign keys keep each one real.
CREATE TABLE account (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    username       VARCHAR(60)  NOT NULL,
    password_hash  VARCHAR(300) NOT NULL,
    display_name   VARCHAR(100) NOT NULL,
    city_id        BIGINT       NULL,
    province_id    INT          NULL,
    agency_id      BIGINT       NULL,
    enabled        BOOLEAN      NOT NULL DEFAULT TRUE,
    version        BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT account_username_uk UNIQUE (username),
    CONSTRAINT account_city_fk FOREIGN KEY (city_id) REFERENCES pilot_city (id),
    CONSTRAINT account_province_fk FOREIGN KEY (province_id) REFERENCES province (id),
    CONSTRAINT account_agency_fk FOREIGN KEY (agency_id) REFERENCES service_agency (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE account_role (
    account_id  BIGINT      NOT NULL,
    role        VARCHAR(30) NOT NULL,
    PRIMARY KEY (account_id, role),
    CONSTRAINT account_role_account_fk FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE,
    CONSTRAINT account_role_ck CHECK (role IN ('CITY_REPORTER', 'AGENCY_STAFF', 'PROVINCE_REVIEWER',
                                               'NATIONAL_REVIEWER', 'ADMIN'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
