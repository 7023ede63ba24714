-- A park's figures — invention patents per 10,000 population (the notice's admission floor is 48.4), an IP
-- management department, full-time IP staff — change from year to year, and the annual summaries judge
-- "parks below 48.4 in year Y". They move from the park itself into one row per park and year.
CREATE TABLE park_year (
    id                          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    park_id                     BIGINT        NOT NULL,
    year                        SMALLINT      NOT NULL,
    invention_patents_per_10k   DECIMAL(8, 2) NOT NULL,
    has_ip_department           BOOLEAN       NOT NULL,
    full_time_ip_staff          INT           NOT NULL,
    version                     BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT park_year_park_year_uk UNIQUE (park_id, year),
    -- A park's figures belong to it alone: removing the park removes them.
    CONSTRAINT park_year_park_fk FOREIGN KEY (park_id) REFERENCES park (id) ON DELETE CASCADE,
    CONSTRAINT park_year_density_ck CHECK (invention_patents_per_10k >= 0),
    CONSTRAINT park_year_staff_ck CHECK (full_time_ip_staff >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The figures stored so far are those the city declared when it applied: they become the figures of the
-- city's first pilot year, its admission year (2017 for the first batch). No later year is filled in:
-- the platform does not invent figures a city never reported, and a year without figures is not judged.
INSERT INTO park_year (park_id, year, invention_patents_per_10k, has_ip_department, full_time_ip_staff)
SELECT p.id, c.pilot_start_year, p.invention_patents_per_10k, p.has_ip_department, p.full_time_ip_staff
FROM park p
JOIN pilot_city c ON c.id = p.city_id
WHERE p.invention_patents_per_10k IS NOT NULL;

-- The park's own columns stay, emptied and no longer read, because the demo seed (ops/demo V1, applied
-- after every schema migration on a fresh embedded database, and never edited) still writes them; the
-- demo's V5 moves its values into park_year the same way. Emptied, they cannot disagree with park_year.
ALTER TABLE park
    MODIFY invention_patents_per_10k DECIMAL(8, 2) NULL DEFAULT NULL,
    MODIFY has_ip_department BOOLEAN NULL DEFAULT NULL,
    MODIFY full_time_ip_staff INT NULL DEFAULT NULL;

UPDATE park SET invention_patents_per_10k = NULL, has_ip_department = NULL, full_time_ip_staff = NULL;
