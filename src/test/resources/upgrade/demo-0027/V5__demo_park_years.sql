-- Demo park figures per year (SPEC §2, §10). Applied once, only into the embedded database of ops/run.
--
-- V1 wrote each park's figures into the park's own columns, which schema migration V0016 no longer reads:
-- as V0016 does for parks stored before it, they become the figures of the city's admission year (its
-- first pilot year, 2017) and the columns are emptied. A database that had V1 before V0016 ran already
-- holds them; then nothing is copied twice.
INSERT INTO park_year (park_id, year, invention_patents_per_10k, has_ip_department, full_time_ip_staff)
SELECT p.id, c.pilot_start_year, p.invention_patents_per_10k, p.has_ip_department, p.full_time_ip_staff
FROM park p
JOIN pilot_city c ON c.id = p.city_id
WHERE p.invention_patents_per_10k IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM park_year y WHERE y.park_id = p.id AND y.year = c.pilot_start_year);

UPDATE park SET invention_patents_per_10k = NULL, has_ip_department = NULL, full_time_ip_staff = NULL;

-- 2018–2020, so the per-year judgement has something to show:
-- * 张家港高新区 stays below 48.4 every year (44.80 in 2017), so 张家港市 keeps its flag;
-- * 青岛国际创新园 is below in 2017 and 2018 (48.00) and above from 2019: 青岛市崂山区 is flagged for
--   2017 and 2018, not for 2019, 2020 or its latest year;
-- * 东莞水乡新城 sits exactly on the floor (not below) except in 2019 (48.20): 东莞市 is flagged for 2019 only.
INSERT INTO park_year (park_id, year, invention_patents_per_10k, has_ip_department, full_time_ip_staff)
SELECT p.id, f.year, f.density, f.department, f.staff
FROM park p
JOIN (
              SELECT '张家港经济技术开发区（演示）' AS park, 2018 AS year, 63.80 AS density, TRUE AS department, 6 AS staff
    UNION ALL SELECT '张家港经济技术开发区（演示）', 2019, 65.20, TRUE, 7
    UNION ALL SELECT '张家港经济技术开发区（演示）', 2020, 66.90, TRUE, 7
    UNION ALL SELECT '张家港保税区（演示）', 2018, 52.10, TRUE, 4
    UNION ALL SELECT '张家港保税区（演示）', 2019, 53.60, TRUE, 5
    UNION ALL SELECT '张家港保税区（演示）', 2020, 54.20, TRUE, 5
    UNION ALL SELECT '张家港高新区（演示）', 2018, 45.60, FALSE, 1
    UNION ALL SELECT '张家港高新区（演示）', 2019, 46.90, TRUE, 2
    UNION ALL SELECT '张家港高新区（演示）', 2020, 47.80, TRUE, 2
    UNION ALL SELECT '温州经济技术开发区（演示）', 2018, 49.60, TRUE, 3
    UNION ALL SELECT '温州经济技术开发区（演示）', 2019, 50.30, TRUE, 3
    UNION ALL SELECT '温州经济技术开发区（演示）', 2020, 51.10, TRUE, 4
    UNION ALL SELECT '瓯海科技园（演示）', 2018, 59.40, TRUE, 5
    UNION ALL SELECT '瓯海科技园（演示）', 2019, 60.80, TRUE, 5
    UNION ALL SELECT '瓯海科技园（演示）', 2020, 62.30, TRUE, 6
    UNION ALL SELECT '常州科教城（演示）', 2018, 74.60, TRUE, 8
    UNION ALL SELECT '常州科教城（演示）', 2019, 76.10, TRUE, 9
    UNION ALL SELECT '常州科教城（演示）', 2020, 77.50, TRUE, 9
    UNION ALL SELECT '武进高新区（演示）', 2018, 56.00, TRUE, 4
    UNION ALL SELECT '武进高新区（演示）', 2019, 57.30, TRUE, 4
    UNION ALL SELECT '武进高新区（演示）', 2020, 58.10, TRUE, 5
    UNION ALL SELECT '崂山科技城（演示）', 2018, 67.90, TRUE, 5
    UNION ALL SELECT '崂山科技城（演示）', 2019, 69.20, TRUE, 6
    UNION ALL SELECT '崂山科技城（演示）', 2020, 70.80, TRUE, 6
    UNION ALL SELECT '青岛国际创新园（演示）', 2018, 48.00, FALSE, 2
    UNION ALL SELECT '青岛国际创新园（演示）', 2019, 49.60, TRUE, 3
    UNION ALL SELECT '青岛国际创新园（演示）', 2020, 51.20, TRUE, 3
    UNION ALL SELECT '松山湖高新区（演示）', 2018, 89.50, TRUE, 9
    UNION ALL SELECT '松山湖高新区（演示）', 2019, 91.20, TRUE, 10
    UNION ALL SELECT '松山湖高新区（演示）', 2020, 92.60, TRUE, 10
    UNION ALL SELECT '东莞滨海湾新区（演示）', 2018, 51.20, TRUE, 3
    UNION ALL SELECT '东莞滨海湾新区（演示）', 2019, 52.00, TRUE, 3
    UNION ALL SELECT '东莞滨海湾新区（演示）', 2020, 52.90, TRUE, 4
    UNION ALL SELECT '东莞水乡新城（演示）', 2018, 48.40, FALSE, 2
    UNION ALL SELECT '东莞水乡新城（演示）', 2019, 48.20, FALSE, 2
    UNION ALL SELECT '东莞水乡新城（演示）', 2020, 48.90, TRUE, 3
    UNION ALL SELECT '成都高新区（演示）', 2018, 72.50, TRUE, 7
    UNION ALL SELECT '成都高新区（演示）', 2019, 73.90, TRUE, 8
    UNION ALL SELECT '成都高新区（演示）', 2020, 75.40, TRUE, 8
    UNION ALL SELECT '天府新区（演示）', 2018, 53.30, TRUE, 4
    UNION ALL SELECT '天府新区（演示）', 2019, 54.10, TRUE, 4
    UNION ALL SELECT '天府新区（演示）', 2020, 55.00, TRUE, 5
) f ON p.name_zh COLLATE utf8mb4_unicode_ci = f.park
WHERE NOT EXISTS (SELECT 1 FROM park_year y WHERE y.park_id = p.id AND y.year = f.year);
