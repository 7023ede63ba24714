-- Innovation and patent-service vouchers (创新券 / 专利服务券), a policy support: issued by the city to
-- an SME, redeemed with a service agency. Voucher numbers are unique within a city.
CREATE TABLE voucher (
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

    kind               VARCHAR(16)    NOT NULL,
    voucher_number     VARCHAR(40)    NOT NULL,
    sme_name                   VARCHAR(200) NOT NULL,
    sme_credit_code            CHAR(18)     NOT NULL,
    sme_credit_code_confirmed  BOOLEAN      NOT NULL DEFAULT FALSE,

    face_value         DECIMAL(14, 2) NOT NULL,
    issued_date        DATE           NOT NULL,
    redeemed_date      DATE           NULL,
    redeemed_agency_id BIGINT         NULL,
    service            VARCHAR(30)    NOT NULL,

    CONSTRAINT voucher_city_fk FOREIGN KEY (city_id) REFERENCES pilot_city (id),
    CONSTRAINT voucher_logging_agency_fk FOREIGN KEY (logging_agency_id) REFERENCES service_agency (id),
    CONSTRAINT voucher_redeemed_agency_fk FOREIGN KEY (redeemed_agency_id) REFERENCES service_agency (id),
    CONSTRAINT voucher_number_uk UNIQUE (city_id, voucher_number),
    CONSTRAINT voucher_kind_ck CHECK (kind IN ('INNOVATION', 'PATENT_SERVICE')),
    CONSTRAINT voucher_service_ck CHECK (service IN ('STANDARD_IMPLEMENTATION', 'PATENT_NAVIGATION', 'IP_OPERATION',
                                                     'FILING', 'OTHER')),
    CONSTRAINT voucher_redemption_ck CHECK ((redeemed_date IS NULL) = (redeemed_agency_id IS NULL)),
    CONSTRAINT voucher_dates_ck CHECK (redeemed_date IS NULL OR redeemed_date >= issued_date),
    CONSTRAINT voucher_value_ck CHECK (face_value >= 0),
    INDEX voucher_city_year_ix (city_id, year, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
