-- Demo annual summaries (SPEC §4, §10). Applied once, only into the embedded database of ops/run.
--
-- 张家港市 (city 1): 2017 and 2018 ACCEPTED, 2019 ENDORSED, 2020 DRAFT.
-- 温州市 (city 2, account city-2): 2017 ACCEPTED (first handed in late), 2018 RETURNED with the national
-- reviewers' comment, 2019 SUBMITTED, 2020 NOT_STARTED (no row: a summary nobody started has none).
-- Accepted summaries lock their city's records of the year: tests that change records use 2019 or 2020.
--
-- frozen_indicators holds an indicator table as IndicatorTable#toJson writes it (year, figures,
-- previousFigures, targets), present exactly while a summary is submitted, endorsed or accepted; the
-- figures here are a compact table of the main indicators, an indicator left out reads as not reported.
-- Times are UTC, as the application stores them; Beijing is eight hours ahead.

INSERT INTO annual_summary (city_id, year, status, section_navigation, section_operation, section_protection,
                            section_management, section_public_service, section_talent, next_year_plan,
                            frozen_indicators, first_submitted_at, submitted_at, updated_by, updated_at) VALUES
    (1, 2017, 'ACCEPTED',
     '围绕冶金、纺织服装和新能源装备等主导产业开展专利导航，完成产业规划类导航项目2项、企业经营类导航项目3项，形成产业专利分布图谱和重点企业研发方向建议。',
     '联合本地银行推出“知识产权质押贷”，全年完成专利质押融资8笔，惠及中小企业6家，建立风险补偿资金池并实行贴息。',
     '依托知识产权维权援助工作站受理侵权纠纷案件，开展快速调解，建立重点企业海外维权预警机制。',
     '推进中小企业专利托管，签订托管合同20份，托管专利300余件，帮助企业建立专利管理制度。',
     '发放创新券和专利服务券，开展免费代理申请，组织服务机构进园区、进企业开展“一对一”服务。',
     '举办企业知识产权管理人员和研发人员培训班5期，培训人员400余人次，初步形成知识产权人才梯队。',
     '2018年将扩大质押融资覆盖面，推动产业规划类导航项目落地，完善托管服务标准，力争托管专利超过500件。',
     '{"year":2017,"figures":{"NAVIGATION_PROJECTS":5,"NAVIGATION_SMES_REACHED":18,"PLEDGE_FINANCINGS":8,"PLEDGE_AMOUNT":32500000.00,"PLEDGE_SMES":6,"TRUSTEESHIP_CONTRACTS":20,"TRUSTEESHIP_SMES":20,"TRAINING_SESSIONS":5,"TRAINING_ATTENDEES":412},"previousFigures":null,"targets":{}}',
     '2017-12-26 02:30:00.000', '2017-12-26 02:30:00.000', 'national', '2018-01-22 07:00:00.000'),
    (1, 2018, 'ACCEPTED',
     '聚焦新能源汽车零部件产业开展专利导航，完成导航项目6项，发布产业专利导航分析报告，为12家企业提供研发方向和专利布局建议。',
     '质押融资扩展至保险和担保机构，全年完成质押融资14笔、金额6800万元，首次引入专利保险组合产品。',
     '知识产权保护中心正式运行，开通快速预审和快速维权通道，全年受理纠纷案件35件，调解结案28件。',
     '托管服务覆盖全市主要园区，签订托管合同36份，托管专利560件，开展托管企业专利分级分类管理。',
     '创新券和专利服务券实现线上申领和兑付，免费代理申请数量稳步增长，服务机构代理人覆盖率明显提高。',
     '与高校合作开设知识产权实务课程，举办培训12期，培训企业管理人员、研发人员和从业人员900余人次。',
     '2019年将建设知识产权运营公共服务平台，推进专利导航成果在园区招商中的应用，质押融资力争突破1亿元。',
     '{"year":2018,"figures":{"NAVIGATION_PROJECTS":6,"NAVIGATION_SMES_REACHED":25,"PLEDGE_FINANCINGS":14,"PLEDGE_AMOUNT":68000000.00,"PLEDGE_SMES":11,"PROTECTION_CASES_ACCEPTED":35,"PROTECTION_CASES_CLOSED":28,"TRUSTEESHIP_CONTRACTS":36,"TRUSTEESHIP_SMES":33,"TRAINING_SESSIONS":12,"TRAINING_ATTENDEES":930},"previousFigures":{"NAVIGATION_PROJECTS":5,"NAVIGATION_SMES_REACHED":18,"PLEDGE_FINANCINGS":8,"PLEDGE_AMOUNT":32500000.00,"PLEDGE_SMES":6,"TRUSTEESHIP_CONTRACTS":20,"TRUSTEESHIP_SMES":20,"TRAINING_SESSIONS":5,"TRAINING_ATTENDEES":412},"targets":{}}',
     '2018-12-27 03:15:00.000', '2018-12-27 03:15:00.000', 'national', '2019-01-25 06:40:00.000'),
    (1, 2019, 'ENDORSED',
     '围绕高端装备制造和新材料产业开展导航，完成导航项目8项，导航成果纳入全市产业发展规划，服务中小企业40余家。',
     '知识产权运营公共服务平台上线运行，质押融资全年完成21笔、金额1.12亿元，惠及中小企业18家。',
     '保护中心与法院、仲裁机构建立诉调对接机制，全年受理案件52件，结案47件，调解纠纷19起。',
     '托管服务引入第三方评价，签订托管合同48份，托管专利800余件，帮助企业清理低价值专利。',
     '创新券兑付周期缩短至15个工作日，免费代理申请覆盖全市主要服务机构，代理人参与率显著提升。',
     '实施知识产权人才“百人计划”，举办培训16期，培训1200余人次，新增专利代理师8名。',
     '2020年将做好试点总结验收，推动运营平台与长三角平台互联互通，形成可复制推广的典型经验。',
     '{"year":2019,"figures":{"NAVIGATION_PROJECTS":8,"NAVIGATION_SMES_REACHED":42,"PLEDGE_FINANCINGS":21,"PLEDGE_AMOUNT":112000000.00,"PLEDGE_SMES":18,"PROTECTION_CASES_ACCEPTED":52,"PROTECTION_CASES_CLOSED":47,"PROTECTION_DISPUTES_MEDIATED":19,"TRUSTEESHIP_CONTRACTS":48,"TRUSTEESHIP_SMES":45,"TRAINING_SESSIONS":16,"TRAINING_ATTENDEES":1210},"previousFigures":{"NAVIGATION_PROJECTS":6,"NAVIGATION_SMES_REACHED":25,"PLEDGE_FINANCINGS":14,"PLEDGE_AMOUNT":68000000.00,"PLEDGE_SMES":11,"PROTECTION_CASES_ACCEPTED":35,"PROTECTION_CASES_CLOSED":28,"TRUSTEESHIP_CONTRACTS":36,"TRUSTEESHIP_SMES":33,"TRAINING_SESSIONS":12,"TRAINING_ATTENDEES":930},"targets":{}}',
     '2019-12-30 01:20:00.000', '2019-12-30 01:20:00.000', 'province-js', '2020-01-14 08:10:00.000'),
    (1, 2020, 'DRAFT',
     '围绕试点收官，对三年来专利导航项目进行成效评估，导航成果已在重点产业链招商和企业研发中得到应用。',
     '质押融资继续保持增长，推出疫情期间知识产权质押融资绿色通道，帮助中小企业复工复产。',
     NULL, NULL, NULL, NULL,
     NULL,
     NULL, NULL, NULL, 'city-zjg', '2020-11-20 06:00:00.000'),
    (2, 2017, 'ACCEPTED',
     '围绕电气、鞋革和泵阀等传统产业开展专利导航，完成导航项目3项，为产业转型升级提供决策参考。',
     '启动专利质押融资工作，与两家银行签订合作协议，全年完成质押融资5笔。',
     '成立知识产权维权援助中心分中心，在鞋革市场设立快速维权服务点，受理纠纷案件18件。',
     '试行中小企业专利托管，签订托管合同12份，托管专利150件。',
     '出台创新券管理办法，开展免费代理申请试点，服务机构积极参与。',
     '举办知识产权培训4期，培训企业人员300余人次。',
     '2018年将扩大专利导航覆盖的产业范围，建立质押融资风险补偿机制，推进托管服务规范化。',
     '{"year":2017,"figures":{"NAVIGATION_PROJECTS":3,"NAVIGATION_SMES_REACHED":10,"PLEDGE_FINANCINGS":5,"PLEDGE_AMOUNT":15000000.00,"PLEDGE_SMES":5,"PROTECTION_CASES_ACCEPTED":18,"TRUSTEESHIP_CONTRACTS":12,"TRUSTEESHIP_SMES":12,"TRAINING_SESSIONS":4,"TRAINING_ATTENDEES":310},"previousFigures":null,"targets":{}}',
     '2018-01-05 02:00:00.000', '2018-01-05 02:00:00.000', 'national', '2018-02-02 03:00:00.000'),
    (2, 2018, 'RETURNED',
     '完成鞋革和泵阀产业专利导航项目4项，形成产业专利风险预警报告。',
     '质押融资完成9笔，金额3200万元，建立风险补偿资金。',
     '快速维权服务点扩展至眼镜和服装市场，全年受理纠纷案件26件。',
     '签订托管合同15份。',
     '创新券发放和兑付工作有序推进。',
     '举办培训6期。',
     '2019年将加快知识产权运营服务体系建设，提升质押融资规模。',
     NULL,
     '2018-12-28 06:30:00.000', '2018-12-28 06:30:00.000', 'national', '2019-01-15 02:45:00.000'),
    (2, 2019, 'SUBMITTED',
     '围绕智能电气产业集群开展专利导航，完成导航项目6项，导航成果服务企业35家。',
     '质押融资全年完成16笔、金额7500万元，首次开展专利保险质押融资。',
     '保护中心建成运行，全年受理案件40件，结案36件，调解纠纷15起。',
     '托管服务引入专业运营机构，签订托管合同30份，托管专利420件。',
     '创新券实现线上办理，免费代理申请数量较上年增长一倍。',
     '举办培训10期，培训800余人次，开展知识产权服务机构从业人员能力提升培训。',
     '2020年将全面总结试点经验，推进运营服务平台建设，做好试点验收准备。',
     '{"year":2019,"figures":{"NAVIGATION_PROJECTS":6,"NAVIGATION_SMES_REACHED":35,"PLEDGE_FINANCINGS":16,"PLEDGE_AMOUNT":75000000.00,"PLEDGE_SMES":14,"PROTECTION_CASES_ACCEPTED":40,"PROTECTION_CASES_CLOSED":36,"PROTECTION_DISPUTES_MEDIATED":15,"TRUSTEESHIP_CONTRACTS":30,"TRUSTEESHIP_SMES":28,"TRAINING_SESSIONS":10,"TRAINING_ATTENDEES":820},"previousFigures":{"NAVIGATION_PROJECTS":4,"PLEDGE_FINANCINGS":9,"PLEDGE_AMOUNT":32000000.00,"PROTECTION_CASES_ACCEPTED":26,"TRUSTEESHIP_CONTRACTS":15,"TRAINING_SESSIONS":6},"targets":{}}',
     '2019-12-31 04:00:00.000', '2019-12-31 04:00:00.000', 'city-2', '2019-12-31 04:00:00.000');

-- Targets for the following year, set in each summary (main indicators only).
INSERT INTO annual_summary_target (summary_id, indicator, target)
SELECT s.id, t.indicator, t.target
FROM annual_summary s
JOIN (
              SELECT 1 AS city, 2017 AS year, 'PLEDGE_FINANCINGS' AS indicator, 12 AS target
    UNION ALL SELECT 1, 2017, 'TRUSTEESHIP_CONTRACTS', 30
    UNION ALL SELECT 1, 2018, 'PLEDGE_FINANCINGS', 20
    UNION ALL SELECT 1, 2018, 'PLEDGE_AMOUNT', 100000000
    UNION ALL SELECT 1, 2018, 'TRAINING_SESSIONS', 15
    UNION ALL SELECT 1, 2019, 'PLEDGE_FINANCINGS', 25
    UNION ALL SELECT 1, 2019, 'NAVIGATION_PROJECTS', 10
    UNION ALL SELECT 2, 2017, 'PLEDGE_FINANCINGS', 10
    UNION ALL SELECT 2, 2019, 'TRAINING_SESSIONS', 12
) t ON t.city = s.city_id AND t.year = s.year;

-- The review history, consistent with each summary's state; indicators as frozen at the step.
INSERT INTO summary_transition (summary_id, action, from_state, to_state, actor, occurred_at, comment, indicators)
SELECT s.id, h.action, h.from_state, h.to_state, h.actor, h.occurred_at, h.comment,
       CASE WHEN h.action = 'EDIT' THEN NULL
            ELSE COALESCE(s.frozen_indicators, CONCAT('{"year":', s.year, ',"figures":{},"previousFigures":null,"targets":{}}'))
       END
FROM annual_summary s
JOIN (
              SELECT 1 AS city, 2017 AS year, 1 AS seq, 'EDIT' AS action, 'NOT_STARTED' AS from_state, 'DRAFT' AS to_state, 'city-zjg' AS actor, TIMESTAMP '2017-12-05 01:00:00' AS occurred_at, CAST(NULL AS CHAR) AS comment
    UNION ALL SELECT 1, 2017, 2, 'SUBMIT', 'DRAFT', 'SUBMITTED', 'city-zjg', TIMESTAMP '2017-12-26 02:30:00', '请省局审核。'
    UNION ALL SELECT 1, 2017, 3, 'ENDORSE', 'SUBMITTED', 'ENDORSED', 'province-js', TIMESTAMP '2018-01-08 02:00:00', '材料齐全，同意报送。'
    UNION ALL SELECT 1, 2017, 4, 'ACCEPT', 'ENDORSED', 'ACCEPTED', 'national', TIMESTAMP '2018-01-22 07:00:00', '同意。'
    UNION ALL SELECT 1, 2018, 1, 'EDIT', 'NOT_STARTED', 'DRAFT', 'city-zjg', TIMESTAMP '2018-12-03 01:00:00', NULL
    UNION ALL SELECT 1, 2018, 2, 'SUBMIT', 'DRAFT', 'SUBMITTED', 'city-zjg', TIMESTAMP '2018-12-27 03:15:00', NULL
    UNION ALL SELECT 1, 2018, 3, 'ENDORSE', 'SUBMITTED', 'ENDORSED', 'province-js', TIMESTAMP '2019-01-10 02:20:00', '同意报送。'
    UNION ALL SELECT 1, 2018, 4, 'ACCEPT', 'ENDORSED', 'ACCEPTED', 'national', TIMESTAMP '2019-01-25 06:40:00', '工作扎实，同意。'
    UNION ALL SELECT 1, 2019, 1, 'EDIT', 'NOT_STARTED', 'DRAFT', 'city-zjg', TIMESTAMP '2019-12-02 01:00:00', NULL
    UNION ALL SELECT 1, 2019, 2, 'SUBMIT', 'DRAFT', 'SUBMITTED', 'city-zjg', TIMESTAMP '2019-12-30 01:20:00', NULL
    UNION ALL SELECT 1, 2019, 3, 'ENDORSE', 'SUBMITTED', 'ENDORSED', 'province-js', TIMESTAMP '2020-01-14 08:10:00', '同意报送国家局。'
    UNION ALL SELECT 1, 2020, 1, 'EDIT', 'NOT_STARTED', 'DRAFT', 'city-zjg', TIMESTAMP '2020-11-20 06:00:00', NULL
    UNION ALL SELECT 2, 2017, 1, 'EDIT', 'NOT_STARTED', 'DRAFT', 'city-2', TIMESTAMP '2017-12-20 01:00:00', NULL
    UNION ALL SELECT 2, 2017, 2, 'SUBMIT', 'DRAFT', 'SUBMITTED', 'city-2', TIMESTAMP '2018-01-05 02:00:00', '因统计口径调整，延期报送。'
    UNION ALL SELECT 2, 2017, 3, 'ENDORSE', 'SUBMITTED', 'ENDORSED', 'province-zj', TIMESTAMP '2018-01-18 03:00:00', NULL
    UNION ALL SELECT 2, 2017, 4, 'ACCEPT', 'ENDORSED', 'ACCEPTED', 'national', TIMESTAMP '2018-02-02 03:00:00', NULL
    UNION ALL SELECT 2, 2018, 1, 'EDIT', 'NOT_STARTED', 'DRAFT', 'city-2', TIMESTAMP '2018-12-10 01:00:00', NULL
    UNION ALL SELECT 2, 2018, 2, 'SUBMIT', 'DRAFT', 'SUBMITTED', 'city-2', TIMESTAMP '2018-12-28 06:30:00', NULL
    UNION ALL SELECT 2, 2018, 3, 'RETURN', 'SUBMITTED', 'RETURNED', 'national', TIMESTAMP '2019-01-15 02:45:00', '托管、公共服务和人才培养部分过于简略，请补充全年具体数据和成效，并说明质押融资风险补偿资金的使用情况。'
    UNION ALL SELECT 2, 2019, 1, 'EDIT', 'NOT_STARTED', 'DRAFT', 'city-2', TIMESTAMP '2019-12-05 01:00:00', NULL
    UNION ALL SELECT 2, 2019, 2, 'SUBMIT', 'DRAFT', 'SUBMITTED', 'city-2', TIMESTAMP '2019-12-31 04:00:00', NULL
) h ON h.city = s.city_id AND h.year = s.year
ORDER BY s.city_id, s.year, h.seq;
