-- Demo protection centres (SPEC §10): two per city, one rapid rights-protection centre operating since
-- 2018 in the city's first park with three years of caseload, one IP protection centre planned or under
-- construction. Applied once, only into the embedded database of ops/run.
INSERT INTO protection_centre (city_id, year, source, created_by, created_at, updated_by, updated_at,
                               name, kind, park_id, status, opening_date)
SELECT c.id, 2018, 'CITY', 'city-demo', UTC_TIMESTAMP(3), 'city-demo', UTC_TIMESTAMP(3),
       CONCAT(c.name_zh, '快速维权中心（演示）'), 'RAPID_RIGHTS_PROTECTION',
       (SELECT MIN(p.id) FROM park p WHERE p.city_id = c.id), 'OPERATING', DATE('2018-03-01') + INTERVAL c.id * 10 DAY
FROM pilot_city c;

INSERT INTO protection_centre (city_id, year, source, created_by, created_at, updated_by, updated_at,
                               name, kind, park_id, status, opening_date)
SELECT c.id, 2020, 'CITY', 'city-demo', UTC_TIMESTAMP(3), 'city-demo', UTC_TIMESTAMP(3),
       CONCAT(c.name_zh, '知识产权保护中心（演示）'), 'IP_PROTECTION', NULL,
       IF(c.id % 2 = 0, 'PLANNED', 'UNDER_CONSTRUCTION'), DATE('2020-10-01') + INTERVAL c.id DAY
FROM pilot_city c;

INSERT INTO protection_centre_activity (centre_id, year, cases_accepted, cases_closed, disputes_mediated)
SELECT pc.id, y.seq, 40 + (pc.city_id * 17 + y.seq * 13) % 160, 30 + (pc.city_id * 11 + y.seq * 7) % 120,
       10 + (pc.city_id * 5 + y.seq * 3) % 60
FROM protection_centre pc
JOIN seq_2018_to_2020 y
WHERE pc.status = 'OPERATING';
