-- Demo typical cases for 2020 (SPEC §8, §10). Applied once, only into the embedded database of ops/run.
--
-- 张家港市 (city 1): one SELECTED (operation), one SUBMITTED (navigation) waiting for the national
-- reviewers, one DRAFT (management). 温州市 (city 2): one SELECTED (protection), one RETURNED with the
-- national reviewers' comment (public service). 常州市 (city 3): one SELECTED (navigation), one SUBMITTED
-- (talent). So the compilation holds three cases in three content areas and three cities, two wait for
-- selection, and one waits for its city.
--
-- Ids come from the database (kept in session variables): a database that already has cases, from
-- tests say, takes the demo as well.
-- Each case links records of its own city that back it (the first of a kind by id); texts are plain text,
-- one paragraph per line. Times are UTC, as the application stores them; Beijing is eight hours ahead.

INSERT INTO typical_case (city_id, year, area, title, background, measures, results, status,
                          first_submitted_at, submitted_at, created_by, created_at, updated_by, updated_at) VALUES
    (1, 2020, 'OPERATION', '“知识产权质押贷”破解中小企业轻资产融资难',
     '张家港市中小企业多为轻资产科技型企业，缺少传统抵押物，银行授信难、融资成本高，大量专利沉睡在企业手中。',
     '设立2000万元知识产权质押融资风险补偿资金池，对合作银行的质押贷款损失给予补偿。\n联合银行、评估机构和担保机构推出“知识产权质押贷”，评估费和担保费由财政补贴一半。\n在园区设立融资服务窗口，服务机构上门梳理企业专利，帮助企业把专利变成可质押的资产。',
     '2017年至2020年累计完成专利质押融资63笔、金额4.1亿元，惠及中小企业51家，其中首次获得银行贷款的企业22家。\n质押贷款平均利率较同期普通贷款低0.8个百分点，无一笔坏账。',
     'SELECTED', '2020-11-10 02:00:00.000', '2020-11-10 02:00:00.000', 'city-zjg', '2020-11-02 01:30:00.000',
     'national', '2020-11-25 07:00:00.000');
SET @case1 = LAST_INSERT_ID();

INSERT INTO typical_case (city_id, year, area, title, background, measures, results, status,
                          first_submitted_at, submitted_at, created_by, created_at, updated_by, updated_at) VALUES
    (1, 2020, 'NAVIGATION', '冶金新材料产业专利导航引领园区精准招商',
     '冶金和新材料是张家港市的主导产业，但产业链关键环节技术依赖外部，招商缺少清晰的技术方向。',
     '围绕冶金新材料产业开展产业规划类专利导航，绘制全球专利分布图谱，识别关键技术和创新主体。\n把导航结论写入园区招商目录，按“缺什么、引什么”确定重点引进企业和人才团队。',
     '导航成果推送中小企业40余家，据此引进高端合金和特种钢项目6个，新增发明专利申请210件。',
     'SUBMITTED', '2020-11-18 03:00:00.000', '2020-11-18 03:00:00.000', 'city-zjg', '2020-11-05 02:00:00.000',
     'city-zjg', '2020-11-18 03:00:00.000');
SET @case2 = LAST_INSERT_ID();

INSERT INTO typical_case (city_id, year, area, title, background, measures, results, status,
                          first_submitted_at, submitted_at, created_by, created_at, updated_by, updated_at) VALUES
    (1, 2020, 'MANAGEMENT', '专利托管服务助力中小企业建立知识产权管理体系',
     '多数中小企业没有专职知识产权人员，专利年费漏缴、权属不清等问题时有发生。',
     '由服务机构为企业提供专利托管，代管年费、跟踪法律状态，并辅导企业贯彻知识产权管理规范。',
     NULL,
     'DRAFT', NULL, NULL, 'city-zjg', '2020-11-26 06:00:00.000', 'city-zjg', '2020-11-26 06:00:00.000');
SET @case3 = LAST_INSERT_ID();

INSERT INTO typical_case (city_id, year, area, title, background, measures, results, status,
                          first_submitted_at, submitted_at, created_by, created_at, updated_by, updated_at) VALUES
    (2, 2020, 'PROTECTION', '快速维权中心守护鞋服产业原创设计',
     '温州鞋服企业外观设计多、产品周期短，侵权仿冒发生快，传统维权周期长，企业往往赢了官司丢了市场。',
     '建设鞋服产业知识产权快速维权中心，外观设计专利快速预审、快速确权。\n联合市场监管、公安和法院建立快速处置机制，纠纷优先调解。',
     '外观设计专利授权周期由6个月缩短到约15个工作日；三年受理侵权纠纷案件300余件，调解结案率超过八成。',
     'SELECTED', '2020-11-12 01:00:00.000', '2020-11-12 01:00:00.000', 'city-2', '2020-11-03 02:00:00.000',
     'national', '2020-11-25 07:10:00.000');
SET @case4 = LAST_INSERT_ID();

INSERT INTO typical_case (city_id, year, area, title, background, measures, results, status,
                          first_submitted_at, submitted_at, created_by, created_at, updated_by, updated_at) VALUES
    (2, 2020, 'PUBLIC_SERVICE', '创新券“一站式”兑付提升公共服务效能',
     '创新券和专利服务券过去须到多个部门办理，企业跑腿多、兑付慢。',
     '建设服务券网上申领和兑付平台，服务机构线上提交服务成果，财政部门在线审核兑付。',
     '兑付时间明显缩短，企业满意度提升。',
     'RETURNED', '2020-11-15 02:00:00.000', '2020-11-15 02:00:00.000', 'city-2', '2020-11-06 03:00:00.000',
     'national', '2020-11-27 02:00:00.000');
SET @case5 = LAST_INSERT_ID();

INSERT INTO typical_case (city_id, year, area, title, background, measures, results, status,
                          first_submitted_at, submitted_at, created_by, created_at, updated_by, updated_at) VALUES
    (3, 2020, 'NAVIGATION', '碳纤维及复合材料产业专利导航',
     '常州市碳纤维及复合材料产业集聚度高，但企业普遍规模小，研发方向分散，重复投入多。',
     '开展碳纤维及复合材料产业专利导航，形成产业发展路线图和重点企业专利布局建议。\n组织导航成果对接会，向中小企业推送技术机会清单。',
     '导航成果推送中小企业35家，推动组建产业知识产权联盟，联盟成员新增高价值专利120余件。',
     'SELECTED', '2020-11-09 06:00:00.000', '2020-11-09 06:00:00.000', 'city-demo', '2020-11-01 02:00:00.000',
     'national', '2020-11-25 07:20:00.000');
SET @case6 = LAST_INSERT_ID();

INSERT INTO typical_case (city_id, year, area, title, background, measures, results, status,
                          first_submitted_at, submitted_at, created_by, created_at, updated_by, updated_at) VALUES
    (3, 2020, 'TALENT', '校企联合培养知识产权实务人才',
     '企业懂技术又懂知识产权的人才紧缺，服务机构人员流动大。',
     '与本地高校合作开设知识产权实务课程，企业出题、导师带教，学员到服务机构和企业实习。',
     '三年培训企业知识产权管理人员和研发人员2600余人次，80余名学员取得专利代理师资格或进入服务机构工作。',
     'SUBMITTED', '2020-11-20 02:00:00.000', '2020-11-20 02:00:00.000', 'city-demo', '2020-11-04 02:00:00.000',
     'city-demo', '2020-11-20 02:00:00.000');
SET @case7 = LAST_INSERT_ID();

-- The records behind the cases: each case links the first record of its city of the kinds that back it.
INSERT INTO typical_case_record (case_id, kind, record_id)
SELECT c.case_id, c.kind, c.record_id FROM (
              SELECT @case1 AS case_id, 'pledge-financings' AS kind, (SELECT MIN(id) FROM pledge_financing WHERE city_id = 1) AS record_id
    UNION ALL SELECT @case1, 'pledge-financings', (SELECT MIN(id) FROM pledge_financing WHERE city_id = 1 AND id > (SELECT MIN(id) FROM pledge_financing WHERE city_id = 1))
    UNION ALL SELECT @case2, 'navigation-projects', (SELECT MIN(id) FROM navigation_project WHERE city_id = 1)
    UNION ALL SELECT @case3, 'trusteeship-contracts', (SELECT MIN(id) FROM trusteeship_contract WHERE city_id = 1)
    UNION ALL SELECT @case4, 'protection-centres', (SELECT MIN(id) FROM protection_centre WHERE city_id = 2)
    UNION ALL SELECT @case5, 'vouchers', (SELECT MIN(id) FROM voucher WHERE city_id = 2)
    UNION ALL SELECT @case6, 'navigation-projects', (SELECT MIN(id) FROM navigation_project WHERE city_id = 3)
    UNION ALL SELECT @case7, 'training-sessions', (SELECT MIN(id) FROM training_session WHERE city_id = 3)
) c WHERE c.record_id IS NOT NULL;

-- The review history: each submission, the national reviewers' selections and the one return.
INSERT INTO review_step (workflow, case_id, action, from_state, to_state, actor, occurred_at, comment) VALUES
    ('CASE', @case1, 'SUBMIT', 'DRAFT', 'SUBMITTED', 'city-zjg', '2020-11-10 02:00:00.000', NULL),
    ('CASE', @case1, 'SELECT', 'SUBMITTED', 'SELECTED', 'national', '2020-11-25 07:00:00.000', '风险补偿和费用补贴的做法可复制，选入汇编。'),
    ('CASE', @case2, 'SUBMIT', 'DRAFT', 'SUBMITTED', 'city-zjg', '2020-11-18 03:00:00.000', NULL),
    ('CASE', @case4, 'SUBMIT', 'DRAFT', 'SUBMITTED', 'city-2', '2020-11-12 01:00:00.000', NULL),
    ('CASE', @case4, 'SELECT', 'SUBMITTED', 'SELECTED', 'national', '2020-11-25 07:10:00.000', '快速确权与快速维权衔接好，选入汇编。'),
    ('CASE', @case5, 'SUBMIT', 'DRAFT', 'SUBMITTED', 'city-2', '2020-11-15 02:00:00.000', NULL),
    ('CASE', @case5, 'RETURN', 'SUBMITTED', 'RETURNED', 'national', '2020-11-27 02:00:00.000', '成效部分缺少兑付金额、兑付时间和受益企业数，请补充数据后重新提交。'),
    ('CASE', @case6, 'SUBMIT', 'DRAFT', 'SUBMITTED', 'city-demo', '2020-11-09 06:00:00.000', NULL),
    ('CASE', @case6, 'SELECT', 'SUBMITTED', 'SELECTED', 'national', '2020-11-25 07:20:00.000', NULL),
    ('CASE', @case7, 'SUBMIT', 'DRAFT', 'SUBMITTED', 'city-demo', '2020-11-20 02:00:00.000', NULL);
