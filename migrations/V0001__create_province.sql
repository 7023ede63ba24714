-- Provincial-level units (省级单位) that own pilot cities: the 31 provinces, autonomous regions and
-- municipalities, the 5 cities with independent planning status (计划单列市) and the XPCC.
-- The id is the GB/T 2260 code, so API clients and imports can use the code they already know.
-- A 计划单列市 reports to the national offices like a province but lies inside one (parent_id):
-- the "at most 2 pilot cities per province" rule does not count its districts against the parent.
CREATE TABLE province (
    id          INT          NOT NULL PRIMARY KEY,
    name_zh     VARCHAR(40)  NOT NULL,
    name_en     VARCHAR(60)  NOT NULL,
    kind        VARCHAR(30)  NOT NULL,
    parent_id   INT          NULL,
    CONSTRAINT province_kind_ck CHECK (kind IN ('PROVINCE', 'AUTONOMOUS_REGION', 'MUNICIPALITY',
                                               'SEPARATELY_PLANNED_CITY', 'XPCC')),
    CONSTRAINT province_parent_fk FOREIGN KEY (parent_id) REFERENCES province (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO province (id, name_zh, name_en, kind, parent_id) VALUES
    (110000, '北京市', 'Beijing', 'MUNICIPALITY', NULL),
    (120000, '天津市', 'Tianjin', 'MUNICIPALITY', NULL),
    (130000, '河北省', 'Hebei', 'PROVINCE', NULL),
    (140000, '山西省', 'Shanxi', 'PROVINCE', NULL),
    (150000, '内蒙古自治区', 'Inner Mongolia', 'AUTONOMOUS_REGION', NULL),
    (210000, '辽宁省', 'Liaoning', 'PROVINCE', NULL),
    (220000, '吉林省', 'Jilin', 'PROVINCE', NULL),
    (230000, '黑龙江省', 'Heilongjiang', 'PROVINCE', NULL),
    (310000, '上海市', 'Shanghai', 'MUNICIPALITY', NULL),
    (320000, '江苏省', 'Jiangsu', 'PROVINCE', NULL),
    (330000, '浙江省', 'Zhejiang', 'PROVINCE', NULL),
    (340000, '安徽省', 'Anhui', 'PROVINCE', NULL),
    (350000, '福建省', 'Fujian', 'PROVINCE', NULL),
    (360000, '江西省', 'Jiangxi', 'PROVINCE', NULL),
    (370000, '山东省', 'Shandong', 'PROVINCE', NULL),
    (410000, '河南省', 'Henan', 'PROVINCE', NULL),
    (420000, '湖北省', 'Hubei', 'PROVINCE', NULL),
    (430000, '湖南省', 'Hunan', 'PROVINCE', NULL),
    (440000, '广东省', 'Guangdong', 'PROVINCE', NULL),
    (450000, '广西壮族自治区', 'Guangxi', 'AUTONOMOUS_REGION', NULL),
    (460000, '海南省', 'Hainan', 'PROVINCE', NULL),
    (500000, '重庆市', 'Chongqing', 'MUNICIPALITY', NULL),
    (510000, '四川省', 'Sichuan', 'PROVINCE', NULL),
    (520000, '贵州省', 'Guizhou', 'PROVINCE', NULL),
    (530000, '云南省', 'Yunnan', 'PROVINCE', NULL),
    (540000, '西藏自治区', 'Tibet', 'AUTONOMOUS_REGION', NULL),
    (610000, '陕西省', 'Shaanxi', 'PROVINCE', NULL),
    (620000, '甘肃省', 'Gansu', 'PROVINCE', NULL),
    (630000, '青海省', 'Qinghai', 'PROVINCE', NULL),
    (640000, '宁夏回族自治区', 'Ningxia', 'AUTONOMOUS_REGION', NULL),
    (650000, '新疆维吾尔自治区', 'Xinjiang', 'AUTONOMOUS_REGION', NULL);

INSERT INTO province (id, name_zh, name_en, kind, parent_id) VALUES
    (210200, '大连市', 'Dalian', 'SEPARATELY_PLANNED_CITY', 210000),
    (330200, '宁波市', 'Ningbo', 'SEPARATELY_PLANNED_CITY', 330000),
    (350200, '厦门市', 'Xiamen', 'SEPARATELY_PLANNED_CITY', 350000),
    (370200, '青岛市', 'Qingdao', 'SEPARATELY_PLANNED_CITY', 370000),
    (440300, '深圳市', 'Shenzhen', 'SEPARATELY_PLANNED_CITY', 440000),
    -- GB/T 2260 gives the XPCC no code of its own; 660000 is the code national statistics use for it.
    (660000, '新疆生产建设兵团', 'Xinjiang Production and Construction Corps', 'XPCC', NULL);
