-- Demo records of the other logged kinds (SPEC §10): pledge financing, trusteeship, training, vouchers
-- and free filings, a few hundred of each across 2017–2020. Like V1, applied once and only into the
-- embedded database of ops/run. All enterprises are invented; their credit codes have correct check
-- characters, except one that a city confirmed as it stands (a real early code may fail the check).

-- agency 2 (trusteeship) serves every demo city but 温州市, which agency 3 serves.
INSERT INTO agency_city (agency_id, city_id) VALUES (2, 4), (2, 5), (2, 6), (3, 6);

CREATE TABLE demo_sme (
    n     INT          NOT NULL PRIMARY KEY,
    name  VARCHAR(200) NOT NULL,
    code  CHAR(18)     NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO demo_sme (n, name, code) VALUES
    (1, '精工机械有限公司（演示）', '91320400MAY4CL12TH'),
    (2, '华芯微电子有限公司（演示）', '91441900MA3BJ1XG66'),
    (3, '绿源环保有限公司（演示）', '91320582MA2DD272H5'),
    (4, '康泰生物有限公司（演示）', '91370212MA1TJ3Y7L8'),
    (5, '锦纶纺织有限公司（演示）', '91510100MAJY1JJC1X'),
    (6, '海川新材料有限公司（演示）', '91330300MA1HU49D4K'),
    (7, '天成智能装备有限公司（演示）', '91441900MA3J9HTM57'),
    (8, '蓝鲸软件有限公司（演示）', '91320582MAJJL6B3H0'),
    (9, '恒信精密有限公司（演示）', '91510100MA2J1K6FM0'),
    (10, '瑞丰化工有限公司（演示）', '91441900MADQAEJXED'),
    (11, '明德光电有限公司（演示）', '91320400MA97R5NQ7J'),
    (12, '汇通物流装备有限公司（演示）', '91320582MAJ9GFWAP5'),
    (13, '博远医疗器械有限公司（演示）', '91370212MA9K23GD54'),
    (14, '众诚汽车零部件有限公司（演示）', '91320400MA4XFD1YM3'),
    (15, '青禾食品有限公司（演示）', '91320582MAQHJRWTAY'),
    (16, '云帆信息有限公司（演示）', '91320400MANBKFJRE7'),
    (17, '金桥建材有限公司（演示）', '91320582MAT2Y8FNMT'),
    (18, '远航船舶配件有限公司（演示）', '91320582MA1PN9LJMP'),
    (19, '星火新能源有限公司（演示）', '91370212MA9NCWMB0Q'),
    (20, '润泽水处理有限公司（演示）', '91370212MAB5K3F161'),
    (21, '安达电气有限公司（演示）', '91320400MA4P7CCXUE'),
    (22, '宏图印刷包装有限公司（演示）', '91370212MA25ECH8WA'),
    (23, '鼎盛五金有限公司（演示）', '91330300MATDUH8NDH'),
    (24, '创维检测有限公司（演示）', '91320400MAMWCY742R');

-- 50 pledge financings per city.
INSERT INTO pledge_financing (city_id, year, source, created_by, created_at, updated_by, updated_at,
                              sme_name, sme_credit_code, sme_credit_code_confirmed,
                              lender_type, lender_name, amount, patents_pledged, contract_date, term_months)
SELECT p.id, YEAR(p.day), 'CITY', 'city-demo', UTC_TIMESTAMP(3), 'city-demo', UTC_TIMESTAMP(3),
       sme.name, sme.code, FALSE,
       ELT(1 + p.seq % 5, 'BANK', 'BANK', 'GUARANTOR', 'INSURER', 'OTHER'),
       ELT(1 + p.seq % 5, '中国工商银行（演示）', '江苏银行（演示）', '省信用再担保（演示）', '人保财险（演示）', '科技小贷（演示）'),
       (1000000 + (p.seq * 104729 + p.id * 7919) % 9000000) / 1.00,
       1 + p.seq % 6, p.day, ELT(1 + p.seq % 3, 12, 24, 36)
FROM (SELECT c.id, c.name_zh, c.division_code, s.seq, DATE('2017-04-01') + INTERVAL (s.seq * 29 + c.id * 13) % 1360 DAY AS day
      FROM pilot_city c CROSS JOIN seq_1_to_50 s) p
JOIN demo_sme sme ON sme.n = 1 + (p.seq + p.id) % 24;

-- 40 trusteeship contracts per city, with the trustee agency serving the city.
INSERT INTO trusteeship_contract (city_id, year, source, created_by, created_at, updated_by, updated_at,
                                  service_agency_id, sme_name, sme_credit_code, sme_credit_code_confirmed,
                                  start_date, end_date, fee, patents_managed, scope)
SELECT p.id, YEAR(p.day), 'CITY', 'city-demo', UTC_TIMESTAMP(3), 'city-demo', UTC_TIMESTAMP(3),
       IF(p.id = 2, 3, 2), sme.name, sme.code, FALSE,
       p.day, p.day + INTERVAL 1 YEAR, (20000 + p.seq * 1500 % 60000) / 1.00, 5 + p.seq * 7 % 60,
       '专利维护、年费管理与风险预警（演示）'
FROM (SELECT c.id, c.name_zh, c.division_code, s.seq, DATE('2017-05-01') + INTERVAL (s.seq * 31 + c.id * 7) % 1330 DAY AS day
      FROM pilot_city c CROSS JOIN seq_1_to_40 s) p
JOIN demo_sme sme ON sme.n = 1 + (p.seq * 5 + p.id) % 24;

-- 45 training sessions per city; every third part of the 银河培训工程; agency 4 organised some in 崂山区.
INSERT INTO training_session (city_id, year, source, logging_agency_id, created_by, created_at, updated_by, updated_at,
                              title, audience, sector, session_date, hours, attendees, organiser, galaxy_programme)
SELECT p.id, YEAR(p.day), IF(p.id = 4 AND p.seq % 4 = 0, 'AGENCY', 'CITY'), IF(p.id = 4 AND p.seq % 4 = 0, 4, NULL),
       'city-demo', UTC_TIMESTAMP(3), 'city-demo', UTC_TIMESTAMP(3),
       CONCAT(p.name_zh, ELT(1 + p.seq % 3, '企业知识产权管理', '专利挖掘与布局', '知识产权实务'), '培训班（演示）第', p.seq, '期'),
       ELT(1 + p.seq % 3, 'MANAGERS', 'TECHNICAL_STAFF', 'PRACTITIONERS'),
       ELT(1 + p.seq % 4, '装备制造', '电子信息', '纺织', '生物医药'),
       p.day, (2 + p.seq % 14) / 2.0, 20 + p.seq * 11 % 180,
       CONCAT(p.name_zh, '市场监督管理局（演示）'), p.seq % 3 = 0
FROM (SELECT c.id, c.name_zh, c.division_code, s.seq, DATE('2017-03-15') + INTERVAL (s.seq * 37 + c.id * 3) % 1380 DAY AS day
      FROM pilot_city c CROSS JOIN seq_1_to_45 s) p;

-- 60 vouchers per city; two in three redeemed with an agency serving the city.
INSERT INTO voucher (city_id, year, source, created_by, created_at, updated_by, updated_at,
                     kind, voucher_number, sme_name, sme_credit_code, sme_credit_code_confirmed,
                     face_value, issued_date, redeemed_date, redeemed_agency_id, service)
SELECT p.id, YEAR(p.day), 'CITY', 'city-demo', UTC_TIMESTAMP(3), 'city-demo', UTC_TIMESTAMP(3),
       IF(p.seq % 2 = 0, 'INNOVATION', 'PATENT_SERVICE'),
       CONCAT(p.division_code, '-', YEAR(p.day), '-', LPAD(p.seq, 4, '0')),
       IF(p.id = 1 AND p.seq = 1, '早期登记企业有限公司（演示）', sme.name),
       IF(p.id = 1 AND p.seq = 1, '91350200776049653B', sme.code),
       p.id = 1 AND p.seq = 1,
       ELT(1 + p.seq % 4, 2000, 5000, 10000, 20000) / 1.00, p.day,
       IF(p.seq % 3 = 0, NULL, p.day + INTERVAL (10 + p.seq % 90) DAY),
       IF(p.seq % 3 = 0, NULL, IF(p.id = 2, 3, 2)),
       ELT(1 + p.seq % 5, 'STANDARD_IMPLEMENTATION', 'PATENT_NAVIGATION', 'IP_OPERATION', 'FILING', 'OTHER')
FROM (SELECT c.id, c.name_zh, c.division_code, s.seq, DATE('2017-06-01') + INTERVAL (s.seq * 17 + c.id * 5) % 1300 DAY AS day
      FROM pilot_city c CROSS JOIN seq_1_to_60 s) p
JOIN demo_sme sme ON sme.n = 1 + (p.seq * 7 + p.id) % 24;

-- Free filings in the cities with patent attorneys: 张家港市 (agency 1, attorneys 1–3; agency 2, attorney 4),
-- 常州市 (agency 2, attorney 4) and 温州市 (agency 3, attorneys 5–6). agency-1 logged its own filings in 张家港市.
-- Application numbers are built with their ZC 0006-2003 check digit.
INSERT INTO free_filing (city_id, year, source, logging_agency_id, created_by, created_at, updated_by, updated_at,
                         attorney_id, service_agency_id, sme_name, sme_credit_code, sme_credit_code_confirmed,
                         application_number, patent_type, filing_date)
SELECT f.city_id, YEAR(f.day), IF(f.by_agency, 'AGENCY', 'CITY'), IF(f.by_agency, 1, NULL),
       IF(f.by_agency, 'agency-1', 'city-demo'), UTC_TIMESTAMP(3), IF(f.by_agency, 'agency-1', 'city-demo'), UTC_TIMESTAMP(3),
       f.attorney_id, f.agency_id, sme.name, sme.code, FALSE,
       CONCAT(f.base, '.', ELT(1 + MOD(
             SUBSTRING(f.base, 1, 1) * 2 + SUBSTRING(f.base, 2, 1) * 3 + SUBSTRING(f.base, 3, 1) * 4
           + SUBSTRING(f.base, 4, 1) * 5 + SUBSTRING(f.base, 5, 1) * 6 + SUBSTRING(f.base, 6, 1) * 7
           + SUBSTRING(f.base, 7, 1) * 8 + SUBSTRING(f.base, 8, 1) * 9 + SUBSTRING(f.base, 9, 1) * 2
           + SUBSTRING(f.base, 10, 1) * 3 + SUBSTRING(f.base, 11, 1) * 4 + SUBSTRING(f.base, 12, 1) * 5, 11),
           '0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'X')),
       f.patent_type, f.day
FROM (
    SELECT a.city_id, a.attorney_id, a.agency_id, s.seq,
           a.city_id = 1 AND a.agency_id = 1 AND s.seq % 2 = 0 AS by_agency,
           DATE('2017-09-01') + INTERVAL (s.seq * 97 + a.attorney_id * 19) % 1200 DAY AS day,
           ELT(1 + s.seq % 3, 'INVENTION', 'UTILITY_MODEL', 'DESIGN') AS patent_type,
           CONCAT(YEAR(DATE('2017-09-01') + INTERVAL (s.seq * 97 + a.attorney_id * 19) % 1200 DAY),
                  1 + s.seq % 3, LPAD(a.city_id * 1000000 + a.attorney_id * 10000 + s.seq, 7, '0')) AS base
    FROM (SELECT 1 AS city_id, 1 AS attorney_id, 1 AS agency_id UNION ALL SELECT 1, 2, 1 UNION ALL SELECT 1, 3, 1
          UNION ALL SELECT 1, 4, 2 UNION ALL SELECT 3, 4, 2
          UNION ALL SELECT 2, 5, 3 UNION ALL SELECT 2, 6, 3) a
    CROSS JOIN seq_1_to_12 s
) f
JOIN demo_sme sme ON sme.n = 1 + (f.seq * 3 + f.attorney_id) % 24;

DROP TABLE demo_sme;
