package org.pilotops.bench;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.StringJoiner;

/**
 * Plausible records of every kind for one city, with the values a pilot city would log: money in the
 * ranges the programme saw, dates inside the year, statuses that fit the year (a 2017 navigation project
 * is mostly completed, a 2020 one mostly planned or running), SMEs with valid unified social credit codes,
 * application numbers with their check digit and a type digit that fits the patent type, voucher and
 * application numbers unique within the city. Values are typed ({@link Activity} for a centre's caseload)
 * and written as a CSV row for the import or as a JSON body for the API. Seeded, so a run is repeatable.
 */
public final class SampleRecords {

    /** One year of a protection centre's caseload. */
    public record Activity(int year, int casesAccepted, int casesClosed, int disputesMediated) {
    }

    private static final String USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] USCC_WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    private static final int[] APPLICATION_WEIGHTS = {2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5};

    private static final String[] INDUSTRIES = {"新材料", "生物医药", "高端装备", "电子信息", "新能源", "节能环保",
        "现代农业", "纺织服装", "集成电路", "智能制造"};
    private static final String[] ORGANISATIONS = {"市科学技术局", "市市场监督管理局", "高新区管委会", "市知识产权局",
        "经济技术开发区管委会", "市工业和信息化局"};
    private static final String[] SME_WORDS = {"华创", "恒远", "新锐", "博达", "智联", "瑞丰", "天成", "海纳", "明德",
        "嘉禾", "中科", "金石"};
    private static final String[] SME_TRADES = {"科技", "材料", "精密机械", "电子", "生物技术", "新能源", "软件", "环保设备"};
    private static final String[] LENDERS = {"中国工商银行", "中国建设银行", "中国银行", "交通银行", "招商银行", "兴业银行",
        "农村商业银行", "科技融资担保公司", "人保财险"};
    private static final String[] SCOPES = {"专利年费管理", "专利布局规划", "专利预警分析", "知识产权体系贯标", "专利运营与许可"};
    private static final String[] ORGANISERS = {"市市场监督管理局", "市知识产权局", "市知识产权保护中心", "市专利代理人协会"};

    private final BenchCity city;
    private final Random random;
    private final String numberPrefix;
    private int voucherSerial;
    private int applicationSerial;
    private int nameSerial;

    /**
     * @param numberPrefix starts every voucher number of this generator, so two generators for one city
     *                     (the generator's and a later mixed load's) never make the same number
     * @param firstSerial  first serial of application numbers, likewise
     */
    public SampleRecords(BenchCity city, long seed, String numberPrefix, int firstSerial) {
        this.city = city;
        this.random = new Random(seed);
        this.numberPrefix = numberPrefix;
        this.applicationSerial = firstSerial;
    }

    /** The kind's fields, in the product's column order, with typed values (null: left empty). */
    public Map<String, Object> record(Kind kind, int year) {
        Map<String, Object> r = new LinkedHashMap<>();
        LocalDate date = dayOf(year);
        int n = ++nameSerial;
        switch (kind) {
            case NAVIGATION -> {
                String industry = pick(INDUSTRIES);
                ProjectState state = projectState(year);
                r.put("title", industry + "产业专利导航项目 " + n);
                r.put("type", random.nextInt(10) < 7 ? "INDUSTRY_PLANNING" : "ENTERPRISE_OPERATION");
                r.put("industry", industry);
                r.put("leadOrganisation", pick(ORGANISATIONS));
                r.put("startDate", date);
                r.put("endDate", state == ProjectState.PLANNED ? null
                        : state == ProjectState.COMPLETED || random.nextBoolean() ? date.plusDays(90 + random.nextInt(300)) : null);
                r.put("budget", money(50_000, 2_000_000));
                r.put("status", state.name());
                r.put("smesReached", random.nextInt(10) == 0 ? null : random.nextInt(200));
            }
            case PLEDGE -> {
                sme(r);
                int lender = random.nextInt(100);
                r.put("lenderType", lender < 70 ? "BANK" : lender < 80 ? "GUARANTOR" : lender < 88 ? "INSURER"
                        : lender < 90 ? "CROWDFUNDING" : "OTHER");
                r.put("lenderName", pick(LENDERS) + city.nameZh() + "支行");
                r.put("amount", money(500_000, 50_000_000));
                r.put("patentsPledged", 1 + random.nextInt(30));
                r.put("contractDate", date);
                r.put("termMonths", new int[] {6, 12, 12, 24, 36}[random.nextInt(5)]);
            }
            case TRUSTEESHIP -> {
                r.put("agencyId", city.agencyId());
                sme(r);
                r.put("startDate", date);
                r.put("endDate", random.nextInt(5) == 0 ? null : date.plusYears(1).minusDays(1));
                r.put("fee", money(5_000, 100_000));
                r.put("patentsManaged", random.nextInt(10) == 0 ? null : 1 + random.nextInt(200));
                r.put("scope", pick(SCOPES));
            }
            case PROTECTION -> {
                int s = random.nextInt(10);
                String status = s < 2 ? "PLANNED" : s < 4 ? "UNDER_CONSTRUCTION" : "OPERATING";
                r.put("name", city.nameZh() + "知识产权保护中心 " + n);
                r.put("kind", random.nextBoolean() ? "RAPID_RIGHTS_PROTECTION" : "IP_PROTECTION");
                r.put("parkId", random.nextBoolean() ? city.parkId() : null);
                r.put("status", status);
                r.put("openingDate", date);
                List<Activity> activity = new ArrayList<>();
                if (!status.equals("PLANNED")) {
                    for (int y = year; y <= VolumePlan.LAST_YEAR; y++) {
                        int accepted = 20 + random.nextInt(400);
                        activity.add(new Activity(y, accepted, accepted * (60 + random.nextInt(40)) / 100,
                                accepted * random.nextInt(40) / 100));
                    }
                }
                r.put("activity", activity);
            }
            case TRAINING -> {
                String sector = pick(INDUSTRIES);
                r.put("title", sector + "知识产权实务培训 " + n);
                int a = random.nextInt(3);
                r.put("audience", a == 0 ? "MANAGERS" : a == 1 ? "TECHNICAL_STAFF" : "PRACTITIONERS");
                r.put("sector", random.nextInt(5) == 0 ? null : sector);
                r.put("date", date);
                r.put("hours", BigDecimal.valueOf(10 + random.nextInt(150), 1));
                r.put("attendees", 10 + random.nextInt(490));
                r.put("organiser", pick(ORGANISERS));
                r.put("galaxyProgramme", random.nextInt(3) == 0 ? null : random.nextBoolean());
            }
            case VOUCHER -> {
                boolean redeemed = year < VolumePlan.LAST_YEAR ? random.nextInt(10) < 8 : random.nextInt(10) < 5;
                r.put("kind", random.nextBoolean() ? "INNOVATION" : "PATENT_SERVICE");
                r.put("voucherNumber", numberPrefix + city.divisionCode() + "-" + year + "-" + (++voucherSerial));
                sme(r);
                r.put("faceValue", new BigDecimal(new int[] {1000, 2000, 5000, 10000, 20000}[random.nextInt(5)])
                        .setScale(2, RoundingMode.UNNECESSARY));
                r.put("issuedDate", date);
                r.put("redeemedDate", redeemed ? date.plusDays(10 + random.nextInt(110)) : null);
                r.put("redeemedAgencyId", redeemed ? city.agencyId() : null);
                r.put("service", new String[] {"STANDARD_IMPLEMENTATION", "PATENT_NAVIGATION", "IP_OPERATION", "FILING",
                    "OTHER"}[random.nextInt(5)]);
            }
            case FILING -> {
                int t = random.nextInt(100);
                String type = t < 40 ? "INVENTION" : t < 85 ? "UTILITY_MODEL" : "DESIGN";
                char digit = type.equals("INVENTION") ? '1' : type.equals("UTILITY_MODEL") ? '2' : '3';
                r.put("attorneyId", city.attorneyIds().get(random.nextInt(city.attorneyIds().size())));
                r.put("agencyId", city.agencyId());
                sme(r);
                r.put("applicationNumber", applicationNumber(year, digit, applicationSerial++));
                r.put("patentType", type);
                r.put("filingDate", date);
            }
            default -> throw new IllegalArgumentException(kind.name());
        }
        return r;
    }

    private enum ProjectState { PLANNED, ONGOING, COMPLETED }

    /** Older projects are mostly done, the newest mostly planned or running. */
    private ProjectState projectState(int year) {
        int done = switch (year) {
            case 2017 -> 85;
            case 2018 -> 70;
            case 2019 -> 40;
            default -> 10;
        };
        int roll = random.nextInt(100);
        return roll < done ? ProjectState.COMPLETED : roll < done + (100 - done) / 2 ? ProjectState.ONGOING
                : ProjectState.PLANNED;
    }

    private void sme(Map<String, Object> r) {
        r.put("smeName", city.nameZh() + pick(SME_WORDS) + pick(SME_TRADES) + "有限公司");
        r.put("smeCreditCode", creditCode(city.divisionCode(), random));
        r.put("smeCreditCodeConfirmed", null);
    }

    private LocalDate dayOf(int year) {
        LocalDate first = LocalDate.of(year, 1, 1);
        return first.plusDays(random.nextInt(first.lengthOfYear()));
    }

    private BigDecimal money(long from, long to) {
        // Skewed towards the low end, as amounts are: the square of a uniform number.
        double u = random.nextDouble();
        return BigDecimal.valueOf(from + (long) ((to - from) * u * u)).setScale(2, RoundingMode.UNNECESSARY);
    }

    private String pick(String[] choices) {
        return choices[random.nextInt(choices.length)];
    }

    /** A unified social credit code of an enterprise (登记管理部门 9, 类别 1) registered in the division, check character included. */
    public static String creditCode(String divisionCode, Random random) {
        StringBuilder code = new StringBuilder("91").append(divisionCode);
        while (code.length() < 17) {
            code.append(USCC_ALPHABET.charAt(random.nextInt(USCC_ALPHABET.length())));
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += USCC_ALPHABET.indexOf(code.charAt(i)) * USCC_WEIGHTS[i];
        }
        return code.append(USCC_ALPHABET.charAt((31 - sum % 31) % 31)).toString();
    }

    /** A normalised application number ({@code 201910012345.6}) with its check digit. */
    public static String applicationNumber(int year, char typeDigit, int serial) {
        String twelve = year + String.valueOf(typeDigit) + String.format("%07d", serial % 10_000_000);
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            sum += (twelve.charAt(i) - '0') * APPLICATION_WEIGHTS[i];
        }
        int check = sum % 11;
        return twelve + "." + (check == 10 ? "X" : String.valueOf(check));
    }

    /** The header row of the kind's import file: the field names of the records this class makes. */
    public static List<String> header(Map<String, Object> sample) {
        return List.copyOf(sample.keySet());
    }

    /** One value as a file cell: ISO dates, plain decimals, {@code 2018:120/100/30; …} for a caseload. */
    public static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        if (value instanceof List<?> list) {
            StringJoiner joined = new StringJoiner("; ");
            for (Object o : list) {
                Activity a = (Activity) o;
                joined.add(a.year() + ":" + a.casesAccepted() + "/" + a.casesClosed() + "/" + a.disputesMediated());
            }
            return joined.toString();
        }
        return value.toString();
    }

    /** Rows as a CSV file (RFC 4180 quoting), the header first. */
    public static String csv(List<Map<String, Object>> records) {
        StringBuilder out = new StringBuilder();
        List<String> header = header(records.get(0));
        out.append(String.join(",", header)).append("\r\n");
        for (Map<String, Object> r : records) {
            StringJoiner row = new StringJoiner(",");
            for (String column : header) {
                row.add(quoted(cell(r.get(column))));
            }
            out.append(row).append("\r\n");
        }
        return out.toString();
    }

    private static String quoted(String text) {
        if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0 && text.indexOf('\r') < 0
                && text.indexOf(';') < 0) {
            return text;
        }
        return '"' + text.replace("\"", "\"\"") + '"';
    }

    /** The record as the JSON body of {@code POST …/{kind}}: numbers, booleans and the caseload typed. */
    public static String json(Map<String, Object> record) {
        StringJoiner fields = new StringJoiner(",", "{", "}");
        record.forEach((name, value) -> {
            if (value != null) {
                fields.add('"' + name + "\":" + jsonValue(value));
            }
        });
        return fields.toString();
    }

    private static String jsonValue(Object value) {
        if (value instanceof Number || value instanceof Boolean) {
            return value instanceof BigDecimal d ? d.toPlainString() : value.toString();
        }
        if (value instanceof List<?> list) {
            StringJoiner items = new StringJoiner(",", "[", "]");
            for (Object o : list) {
                Activity a = (Activity) o;
                items.add("{\"year\":%d,\"casesAccepted\":%d,\"casesClosed\":%d,\"disputesMediated\":%d}"
                        .formatted(a.year(), a.casesAccepted(), a.casesClosed(), a.disputesMediated()));
            }
            return items.toString();
        }
        return '"' + value.toString().replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
