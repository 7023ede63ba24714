-- IP training sessions (知识产权培训), pilot content 6 (talent), for SME managers, R&D staff and
-- practitioners of one sector; galaxy_programme marks sessions of the national 银河培训工程.
CREATE TABLE training_session (
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
    audience           VARCHAR(20)    NOT NULL,
    sector             VARCHAR(100)   NULL,
    session_date       DATE           NOT NULL,
    hours              DECIMAL(5, 1)  NOT NULL,
    attendees          INT            NOT NULL,
    organiser          VARCHAR(200)   NOT NULL,
    galaxy_programme   BOOLEAN        NOT NULL DEFAULT FALSE,

    CONSTRAINT training_session_city_fk FOREIGN KEY (city_id) REFERENCES pilot_city (id),
    CONSTRAINT training_session_logging_agency_fk FOREIGN KEY (logging_agency_id) REFERENCES service_agency (id),
    CONSTRAINT training_session_audience_ck CHECK (audience IN ('MANAGERS', 'TECHNICAL_STAFF', 'PRACTITIONERS')),
    CONSTRAINT training_session_hours_ck CHECK (hours >= 0),
    CONSTRAINT training_session_attendees_ck CHECK (attendees >= 0),
    INDEX training_session_city_year_ix (city_id, year, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
