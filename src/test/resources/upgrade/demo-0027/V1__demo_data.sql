-- PilotOps demo data (SPEC §10). Applied once, by the launcher of the embedded database only, into an
-- empty PilotOps schema; never into a database an operator configured. Its history is kept in its own
-- table (demo_data_history), apart from the schema's.
--
-- 张家港市 is a real first-batch pilot city; every other city, every agency, attorney, park and record
-- here is invented and flagged demo = TRUE or labelled （演示）.

INSERT INTO pilot_city (id, division_code, name_zh, name_en, province_id, level, batch, pilot_start_year, pilot_end_year, status, demo) VALUES
    (1, '320582', '张家港市', 'Zhangjiagang', 320000, 'COUNTY', 1, 2017, 2020, 'ACTIVE', FALSE),
    (2, '330300', '温州市', 'Wenzhou', 330000, 'PREFECTURE', 1, 2017, 2020, 'ACTIVE', TRUE),
    (3, '320400', '常州市', 'Changzhou', 320000, 'PREFECTURE', 1, 2017, 2020, 'ACTIVE', TRUE),
    (4, '370212', '青岛市崂山区', 'Laoshan District, Qingdao', 370200, 'MUNICIPAL_DISTRICT', 1, 2017, 2020, 'ACTIVE', TRUE),
    (5, '441900', '东莞市', 'Dongguan', 440000, 'PREFECTURE', 1, 2017, 2020, 'ACTIVE', TRUE),
    (6, '510100', '成都市', 'Chengdu', 510000, 'SUB_PROVINCIAL', 1, 2017, 2020, 'ACTIVE', TRUE);

INSERT INTO park (city_id, name_zh, name_en, invention_patents_per_10k, has_ip_department, full_time_ip_staff) VALUES
    (1, '张家港经济技术开发区（演示）', 'Zhangjiagang ETDZ (demo)', 62.10, TRUE, 6),
    (1, '张家港保税区（演示）', 'Zhangjiagang Free Trade Zone (demo)', 51.30, TRUE, 4),
    (1, '张家港高新区（演示）', 'Zhangjiagang Hi-tech Zone (demo)', 44.80, FALSE, 1),
    (2, '温州经济技术开发区（演示）', 'Wenzhou ETDZ (demo)', 49.00, TRUE, 3),
    (2, '瓯海科技园（演示）', 'Ouhai Science Park (demo)', 58.70, TRUE, 5),
    (3, '常州科教城（演示）', 'Changzhou Science and Education Town (demo)', 73.40, TRUE, 8),
    (3, '武进高新区（演示）', 'Wujin Hi-tech Zone (demo)', 55.20, TRUE, 4),
    (4, '崂山科技城（演示）', 'Laoshan Science City (demo)', 66.60, TRUE, 5),
    (4, '青岛国际创新园（演示）', 'Qingdao Innovation Park (demo)', 47.90, FALSE, 2),
    (5, '松山湖高新区（演示）', 'Songshan Lake Hi-tech Zone (demo)', 88.00, TRUE, 9),
    (5, '东莞滨海湾新区（演示）', 'Dongguan Binhaiwan (demo)', 50.50, TRUE, 3),
    (5, '东莞水乡新城（演示）', 'Dongguan Water Town (demo)', 48.40, FALSE, 2),
    (6, '成都高新区（演示）', 'Chengdu Hi-tech Zone (demo)', 71.20, TRUE, 7),
    (6, '天府新区（演示）', 'Tianfu New Area (demo)', 52.60, TRUE, 4);

INSERT INTO service_agency (id, name, credit_code, kind) VALUES
    (1, '苏州知远专利代理事务所（演示）', '91320582MA1MDEM003', 'PATENT_AGENCY'),
    (2, '常州科创知识产权托管中心（演示）', '91320400MA1NDEM01T', 'TRUSTEESHIP_PROVIDER'),
    (3, '温州瓯越专利导航服务公司（演示）', '91330300MA2ADEM024', 'NAVIGATION_PROVIDER'),
    (4, '青岛海创知识产权培训学校（演示）', '91370212MA3CDEM03A', 'TRAINING_PROVIDER');

-- agency-1 serves 张家港市 only: not 温州市 (city-2's city), and not the other demo cities.
INSERT INTO agency_city (agency_id, city_id) VALUES (1, 1), (2, 3), (2, 1), (3, 2), (4, 4), (4, 5);

INSERT INTO patent_attorney (agency_id, name, licence_number) VALUES
    (1, '王明（演示）', '3201DEMO0001'), (1, '李华（演示）', '3201DEMO0002'), (1, '陈静（演示）', '3201DEMO0003'),
    (2, '周强（演示）', '3204DEMO0001'), (3, '吴芳（演示）', '3303DEMO0001'), (3, '郑伟（演示）', '3303DEMO0002');

-- One account per role; the password of each is pilotops-demo (hashed by the launcher).
INSERT INTO account (id, username, password_hash, display_name, city_id, province_id, agency_id) VALUES
    (1, 'admin', '${demo_password_hash}', '平台管理员（演示）', NULL, NULL, NULL),
    (2, 'national', '${demo_password_hash}', '国家知识产权局审核员（演示）', NULL, NULL, NULL),
    (3, 'province-js', '${demo_password_hash}', '江苏省审核员（演示）', NULL, 320000, NULL),
    (4, 'city-zjg', '${demo_password_hash}', '张家港市填报员（演示）', 1, NULL, NULL),
    (5, 'city-2', '${demo_password_hash}', '温州市填报员（演示）', 2, NULL, NULL),
    (6, 'agency-1', '${demo_password_hash}', '知远专利代理填报员（演示）', NULL, NULL, 1);

INSERT INTO account_role (account_id, role) VALUES
    (1, 'ADMIN'), (2, 'NATIONAL_REVIEWER'), (3, 'PROVINCE_REVIEWER'), (4, 'CITY_REPORTER'),
    (5, 'CITY_REPORTER'), (6, 'AGENCY_STAFF');

-- 60 navigation projects per city, started between March 2017 and late 2020; every fifth project of
-- 张家港市 was logged by agency-1.
INSERT INTO navigation_project (city_id, year, source, logging_agency_id, created_by, created_at, updated_by, updated_at,
                                title, type, industry, lead_organisation, start_date, end_date, budget, status,
                                smes_reached)
SELECT p.city_id,
       YEAR(p.start_date),
       IF(p.by_agency, 'AGENCY', 'CITY'),
       IF(p.by_agency, 1, NULL),
       IF(p.by_agency, 'agency-1', 'city-demo'), UTC_TIMESTAMP(3), IF(p.by_agency, 'agency-1', 'city-demo'), UTC_TIMESTAMP(3),
       CONCAT(p.city_name, p.industry, IF(p.seq % 3 = 0, '企业运营类', '产业规划类'), '专利导航项目（演示）', p.seq),
       IF(p.seq % 3 = 0, 'ENTERPRISE_OPERATION', 'INDUSTRY_PLANNING'),
       p.industry,
       CONCAT(p.city_name, IF(p.seq % 2 = 0, '市场监督管理局', '科学技术局'), '（演示）'),
       p.start_date,
       IF(p.seq % 4 = 0, NULL, p.start_date + INTERVAL (120 + p.seq * 7 % 400) DAY),
       (50000 + (p.seq * 7919 + p.city_id * 104729) % 950000) / 1.00,
       CASE WHEN p.seq % 4 = 0 THEN 'ONGOING' ELSE 'COMPLETED' END,
       5 + (p.seq * 13 + p.city_id) % 120
FROM (
    SELECT c.id AS city_id,
           c.name_zh AS city_name,
           s.seq,
           DATE('2017-03-01') + INTERVAL (s.seq * 23 + c.id * 11) % 1390 DAY AS start_date,
           ELT(1 + s.seq % 6, '新材料', '高端装备', '生物医药', '新一代信息技术', '节能环保', '纺织服装') AS industry,
           c.id = 1 AND s.seq % 5 = 0 AS by_agency
    FROM pilot_city c
    CROSS JOIN seq_1_to_60 s
) p;
