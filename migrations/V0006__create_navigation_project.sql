-- Patent navigation projects (专利导航项目), pilot content 1.
-- The first block of columns is common to every record kind (CityRecord).
CREATE TABLE navigation_project (
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

    title              VARCHAR(200)   NOT NULL,
    type               VARCHAR(30)    NOT NULL,
    industry           VARCHAR(100)   NOT NULL,
    lead_organisation  VARCHAR(200)   NOT NULL,
    start_date         DATE           NOT NULL,
    end_date           DATE           NULL,
    budget             DECIMAL(14, 2) NOT NULL,
    status             VARCHAR(12)    NOT NULL,
    smes_reached       INT            NOT NULL DEFAULT 0,

    CONSTRAINT navigation_project_city_fk FOREIGN KEY (city_id) REFERENCES pilot_city (id),
    CONSTRAINT navigation_project_logging_agency_fk FOREIGN KEY (logging_agency_id) REFERENCES service_agency (id),
    CONSTRAINT navigation_project_type_ck CHECK (type IN ('INDUSTRY_PLANNING', 'ENTERPRISE_OPERATION')),
    CONSTRAINT navigation_project_status_ck CHECK (status IN ('PLANNED', 'ONGOING', 'COMPLETED')),
    CONSTRAINT navigation_project_dates_ck CHECK (end_date IS NULL OR end_date >= start_date),
    CONSTRAINT navigation_project_budget_ck CHECK (budget >= 0),
    INDEX navigation_project_city_year_ix (city_id, year, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
