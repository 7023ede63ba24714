package org.pilotops.testing;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.pilotops.platform.field.ApplicationNumbers;

/**
 * A valid JSON body of each record kind for a demo city, with references that fit it (张家港市: agency 1
 * and its attorney 1; 温州市: agency 3 and its attorney 5) and unique numbers where the kind
 * needs them, so that the city's reporter and agency-1 can both log it.
 */
public final class RecordSamples {

    public static final List<String> KINDS = List.of("navigation-projects", "pledge-financings",
            "trusteeship-contracts", "protection-centres", "training-sessions", "vouchers", "free-filings");

    /** Kinds that agency staff may log: all but pledge financing and protection centres. */
    public static boolean agenciesMayLog(String kind) {
        return !kind.equals("pledge-financings") && !kind.equals("protection-centres");
    }

    private static final AtomicInteger SERIAL = new AtomicInteger((int) (System.nanoTime() % 1_000_000));

    private RecordSamples() {
    }

    public static String body(String kind, long cityId) {
        long agency = cityId == 2 ? 3 : 1;
        long attorney = cityId == 2 ? 5 : 1;
        int serial = SERIAL.incrementAndGet();
        String sme = "\"smeName\": \"样例企业有限公司\", \"smeCreditCode\": \"91350200776049653A\"";
        return switch (kind) {
            case "navigation-projects" -> """
                    {"title": "样例导航项目 %d", "type": "INDUSTRY_PLANNING", "industry": "新材料",
                     "leadOrganisation": "科学技术局", "startDate": "2019-03-01", "endDate": "2019-12-31",
                     "budget": "120000.50", "status": "COMPLETED", "smesReached": 12}""".formatted(serial);
            case "pledge-financings" -> """
                    {%s, "lenderType": "BANK", "lenderName": "样例银行", "amount": "2000000.00",
                     "patentsPledged": 3, "contractDate": "2019-05-01", "termMonths": 12}""".formatted(sme);
            case "trusteeship-contracts" -> """
                    {"agencyId": %d, %s, "startDate": "2019-01-01", "endDate": "2019-12-31", "fee": 30000,
                     "patentsManaged": 10, "scope": "专利年费管理"}""".formatted(agency, sme);
            case "protection-centres" -> """
                    {"name": "样例维权中心 %d", "kind": "RAPID_RIGHTS_PROTECTION", "parkId": %d, "status": "OPERATING",
                     "openingDate": "2019-03-01", "activity": [{"year": 2019, "casesAccepted": 120, "casesClosed": 100,
                     "disputesMediated": 30}]}""".formatted(serial, cityId == 2 ? 4 : 1);
            case "training-sessions" -> """
                    {"title": "样例培训 %d", "audience": "TECHNICAL_STAFF", "sector": "电子信息", "date": "2019-06-18",
                     "hours": 3.5, "attendees": 80, "organiser": "市场监督管理局", "galaxyProgramme": true}"""
                    .formatted(serial);
            case "vouchers" -> """
                    {"kind": "INNOVATION", "voucherNumber": "S-%d", %s, "faceValue": "5000", "issuedDate": "2019-04-01",
                     "redeemedDate": "2019-05-01", "redeemedAgencyId": %d, "service": "STANDARD_IMPLEMENTATION"}"""
                    .formatted(serial, sme, agency);
            case "free-filings" -> """
                    {"attorneyId": %d, "agencyId": %d, %s, "applicationNumber": "%s", "patentType": "INVENTION",
                     "filingDate": "2019-07-01"}""".formatted(attorney, agency, sme, applicationNumber(serial));
            default -> throw new IllegalArgumentException(kind);
        };
    }

    /** A valid invention application number of 2019, unique within the test run. */
    public static String applicationNumber(int serial) {
        String twelve = "20191" + String.format("%07d", serial % 10_000_000);
        return twelve + "." + ApplicationNumbers.expectedCheck(twelve);
    }

    /** The body with the version it read, for a PUT. */
    public static String withVersion(String body, long version) {
        return body.replaceFirst("\\{", "{\"version\": " + version + ",");
    }
}
