-- Pilot cities approved under 国知发管字〔2017〕81号 and their SME-cluster parks (中小企业集聚园区).
CREATE TABLE pilot_city (
    id                 BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    division_code      CHAR(6)      NOT NULL,
    name_zh            VARCHAR(60)  NOT NULL,
    name_en            VARCHAR(100) NOT NULL,
    province_id        INT          NOT NULL,
    level              VARCHAR(20)  NOT NULL,
    batch              SMALLINT     NOT NULL DEFAULT 1,
    pilot_start_year   SMALLINT     NOT NULL DEFAULT 2017,
    pilot_end_year     SMALLINT     NOT NULL DEFAULT 2020,
    status             VARCHAR(12)  NOT NULL DEFAULT 'ACTIVE',
    demo               BOOLEAN      NOT NULL DEFAULT FALSE,
    version            BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT pilot_city_division_code_uk UNIQUE (division_code),
    CONSTRAINT pilot_city_province_fk FOREIGN KEY (province_id) REFERENCES province (id),
    CONSTRAINT pilot_city_level_ck CHECK (level IN ('SUB_PROVINCIAL', 'PREFECTURE', 'COUNTY', 'MUNICIPAL_DISTRICT')),
    CONSTRAINT pilot_city_status_ck CHECK (status IN ('ACTIVE', 'CONCLUDED', 'WITHDRAWN')),
    CONSTRAINT pilot_city_period_ck CHECK (pilot_end_year >= pilot_start_year)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE park (
    id                          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    city_id                     BIGINT        NOT NULL,
    name_zh                     VARCHAR(100)  NOT NULL,
    name_en                     VARCHAR(160)  NULL,
    invention_patents_per_10k   DECIMAL(8, 2) NOT NULL,
    has_ip_department           BOOLEAN       NOT NULL DEFAULT FALSE,
    full_time_ip_staff          INT           NOT NULL DEFAULT 0,
    version                     BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT park_city_fk FOREIGN KEY (city_id) REFERENCES pilot_city (id),
    CONSTRAINT park_staff_ck CHECK (full_time_ip_staff >= 0),
    CONSTRAINT park_density_ck CHECK (invention_patents_per_10k >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
