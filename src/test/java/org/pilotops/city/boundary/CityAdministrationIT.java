package org.pilotops.city.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.pilotops.testing.Api;
import org.pilotops.testing.Fixtures;
import org.pilotops.testing.TestEnvironment;

/**
 * The administrator's API for pilot cities, parks and park figures per year, and the compliance flags
 * it changes at once. Every test registers cities of its own, in a provincial-level unit that has no
 * pilot city yet, so the demo cities and their flags stay as other tests expect them.
 */
class CityAdministrationIT {

    final Api admin = Api.as("admin");
    final Api national = Api.as("national");
    final Api cityReporter = Api.as("city-zjg");

    @Test
    void theAdministratorRegistersACityWithParksAndFiguresPerYearAndTheFlagsFollowAtOnce() throws SQLException {
        int province = Fixtures.province();
        JsonObject city = createCity(province, code(province));
        long id = id(city);
        assertEquals(List.of("TOO_FEW_PARKS"), flags(city), "no park yet");
        assertFalse(city.getBoolean("demo"), "a city an administrator registers is never demo data");
        String cities = "/api/v1/cities/" + id;

        Api.Answer created = admin.post(cities + "/parks", "{\"nameZh\":\"测试园区甲\",\"nameEn\":\"Test Park A\"}");
        assertEquals(201, created.status(), created::toString);
        long parkA = id(created.json());
        assertTrue(created.header("Location").endsWith(cities + "/parks/" + parkA), created.header("Location"));
        assertEquals(List.of("TOO_FEW_PARKS"), flags(admin.get(cities).json()), "one park is still too few");

        JsonObject park = figures(id, parkA, 2019, "40", false, 1, null);
        assertEquals(2019, park.getInt("latestYear"));
        assertTrue(park.getBoolean("belowPatentDensityFloor"));
        assertEquals(List.of("PARK_BELOW_DENSITY_FLOOR", "TOO_FEW_PARKS"), flags(admin.get(cities).json()));

        long parkB = id(admin.post(cities + "/parks", "{\"nameZh\":\"测试园区乙\"}").json());
        figures(id, parkB, 2019, "60.5", true, 4, null);
        figures(id, parkA, 2018, "50", true, 2, null);
        assertEquals(List.of("PARK_BELOW_DENSITY_FLOOR"), flags(admin.get(cities).json()),
                "two parks; park A judged on its latest year, 2019, at 40");
        assertEquals(List.of("PARK_BELOW_DENSITY_FLOOR"), flags(admin.get(cities + "?year=2019").json()));
        assertEquals(List.of(), flags(admin.get(cities + "?year=2018").json()), "in 2018 park A was at 50");
        JsonObject listed2018 = ((JsonArray) national.get("/api/v1/cities?year=2018").structure())
                .getValuesAs(JsonObject.class).stream().filter(c -> id(c) == id).findFirst().orElseThrow();
        assertEquals(List.of(), flags(listed2018),
                "park B has no 2018 figures: it counts as one of the two parks but is not judged");
        assertEquals(List.of("PARK_BELOW_DENSITY_FLOOR"), flags(national.get(cities).json()), "the same for every reader");

        JsonObject a = parks(id).stream().filter(p -> id(p) == parkA).findFirst().orElseThrow();
        assertEquals(List.of(2018, 2019), a.getJsonArray("years").getValuesAs(JsonObject.class).stream()
                .map(y -> y.getInt("year")).toList());
        assertEquals(0, new BigDecimal("40").compareTo(a.getJsonNumber("inventionPatentsPer10k").bigDecimalValue()),
                "the fields clients read before figures were kept per year carry the latest year's");
        assertFalse(a.getBoolean("hasIpDepartment"));
        assertEquals(1, a.getInt("fullTimeIpStaff"));
        JsonObject a2019 = a.getJsonArray("years").getValuesAs(JsonObject.class).get(1);
        assertTrue(a2019.getBoolean("belowPatentDensityFloor"));

        long version = a2019.getJsonNumber("version").longValue();
        figures(id, parkA, 2019, "55.00", true, 2, version);
        assertEquals(List.of(), flags(admin.get(cities).json()), "2019 corrected above the floor");
        Api.Answer stale = admin.put(cities + "/parks/" + parkA + "/years/2019",
                "{\"inventionPatentsPer10k\":30,\"hasIpDepartment\":true,\"fullTimeIpStaff\":2,\"version\":" + version + "}");
        assertEquals(409, stale.status(), stale::toString);
        Api.Answer unversioned = admin.put(cities + "/parks/" + parkA + "/years/2019",
                "{\"inventionPatentsPer10k\":30,\"hasIpDepartment\":true,\"fullTimeIpStaff\":2}");
        assertEquals(400, unversioned.status(), unversioned::toString);
        assertEquals(Set.of("version"), fields(unversioned), "a year with figures is corrected with the version read");

        Api.Answer removed = admin.delete(cities + "/parks/" + parkB + "/years/2019");
        assertEquals(204, removed.status(), removed::toString);
        JsonObject b = admin.get(cities + "/parks/" + parkB).json();
        assertFalse(b.containsKey("latestYear"), b::toString);
        assertEquals(0, b.getJsonArray("years").size());

        assertEquals(1, audited("pilot-city", id, "CREATE"));
        assertEquals(2, auditedInCity("park", id, "CREATE"));
        assertEquals(3, auditedInCity("park-year", id, "CREATE"));
        assertEquals(1, auditedInCity("park-year", id, "UPDATE"));
        assertEquals(1, auditedInCity("park-year", id, "DELETE"));
    }

    @Test
    void theAdministratorCorrectsACityAndRemovesAParkUnlessRecordsNameIt() throws SQLException {
        int province = Fixtures.province();
        JsonObject city = createCity(province, code(province));
        long id = id(city);
        String cities = "/api/v1/cities/" + id;

        Api.Answer corrected = admin.put(cities, cityJson(city.getString("divisionCode"), province, "测试市（更正）",
                "CONCLUDED", city.getJsonNumber("version").longValue()));
        assertEquals(200, corrected.status(), corrected::toString);
        assertEquals("测试市（更正）", corrected.json().getString("nameZh"));
        assertEquals("CONCLUDED", corrected.json().getString("status"));
        assertEquals("测试市（更正）", admin.get(cities).json().getString("nameZh"));
        Api.Answer stale = admin.put(cities, cityJson(city.getString("divisionCode"), province, "测试市", "ACTIVE",
                city.getJsonNumber("version").longValue()));
        assertEquals(409, stale.status(), stale::toString);
        assertEquals("urn:pilotops:problem:stale-version", stale.json().getString("type"));

        long kept = id(admin.post(cities + "/parks", "{\"nameZh\":\"保护中心所在园区\"}").json());
        long gone = id(admin.post(cities + "/parks", "{\"nameZh\":\"多余的园区\"}").json());
        JsonObject renamed = admin.put(cities + "/parks/" + gone, "{\"nameZh\":\"改名的园区\",\"version\":"
                + admin.get(cities + "/parks/" + gone).json().getJsonNumber("version") + "}").json();
        assertEquals("改名的园区", renamed.getString("nameZh"));
        Api.Answer staleRename = admin.put(cities + "/parks/" + gone, "{\"nameZh\":\"又改名\",\"version\":0}");
        assertEquals(409, staleRename.status(), staleRename::toString);
        assertEquals(409, admin.delete(cities + "/parks/" + gone + "?version=0").status(), "a stale delete");
        figures(id, gone, 2019, "70", true, 3, null);
        Api.Answer deleted = admin.delete(cities + "/parks/" + gone);
        assertEquals(204, deleted.status(), deleted::toString);
        assertEquals(404, admin.get(cities + "/parks/" + gone).status());
        assertEquals(1, parks(id).size());

        protectionCentreIn(id, kept);
        Api.Answer referenced = admin.delete(cities + "/parks/" + kept);
        assertEquals(409, referenced.status(), referenced::toString);
        assertEquals(Set.of("id"), fields(referenced));
        assertEquals(1, parks(id).size(), "nothing removed");
    }

    @Test
    void aWithdrawnCityNoLongerCountsAgainstItsProvince() {
        int province = Fixtures.province();
        List<JsonObject> cities = List.of(createCity(province, code(province)), createCity(province, code(province)),
                createCity(province, code(province)));
        for (JsonObject c : cities) {
            assertTrue(flags(admin.get("/api/v1/cities/" + id(c)).json()).contains("PROVINCE_OVER_CITY_LIMIT"));
        }
        JsonObject third = cities.get(2);
        Api.Answer withdrawn = admin.put("/api/v1/cities/" + id(third), cityJson(third.getString("divisionCode"),
                province, "测试市", "WITHDRAWN", third.getJsonNumber("version").longValue()));
        assertEquals(200, withdrawn.status(), withdrawn::toString);
        for (JsonObject c : cities) {
            assertFalse(flags(admin.get("/api/v1/cities/" + id(c)).json()).contains("PROVINCE_OVER_CITY_LIMIT"),
                    "two cities left that take the province's places");
        }
    }

    @Test
    void onlyAdministratorsChangeCitiesAndParks() {
        String body = cityJson(code(410000), 410000, "越权测试市", "ACTIVE", null);
        for (Api other : List.of(national, cityReporter)) {
            assertEquals(403, other.post("/api/v1/cities", body).status());
            assertEquals(403, other.post("/api/v1/cities", "{not json").status(), "refused before the body is read");
            assertEquals(403, other.put("/api/v1/cities/1", body).status());
            assertEquals(403, other.post("/api/v1/cities/1/parks", "{\"nameZh\":\"越权园区\"}").status());
            long park = id(parks(1).get(0));
            assertEquals(403, other.put("/api/v1/cities/1/parks/" + park, "{\"nameZh\":\"越权\",\"version\":0}").status());
            assertEquals(403, other.delete("/api/v1/cities/1/parks/" + park).status());
            assertEquals(403, other.put("/api/v1/cities/1/parks/" + park + "/years/2019",
                    "{\"inventionPatentsPer10k\":1,\"hasIpDepartment\":false,\"fullTimeIpStaff\":0}").status());
            assertEquals(403, other.delete("/api/v1/cities/1/parks/" + park + "/years/2017").status());
        }
        assertEquals("张家港市", cityReporter.get("/api/v1/cities/1").json().getString("nameZh"));
        assertEquals(3, parks(1).size());
    }

    @Test
    void badInputIsRefusedNamingEveryFieldAndNothingIsStored() {
        Api.Answer empty = admin.post("/api/v1/cities", "{}");
        assertEquals(400, empty.status(), empty::toString);
        assertEquals(Set.of("divisionCode", "nameZh", "nameEn", "provinceId", "level", "batch", "pilotStartYear",
                "pilotEndYear", "status"), fields(empty));

        Api.Answer wrong = admin.post("/api/v1/cities", """
                {"divisionCode":"41ab","nameZh":"错误市","nameEn":"Wrong","provinceId":999999,"level":"TOWN",
                 "batch":0,"pilotStartYear":2020,"pilotEndYear":2018,"status":"GONE"}""");
        assertEquals(400, wrong.status(), wrong::toString);
        assertEquals(Set.of("divisionCode", "provinceId", "level", "batch", "pilotEndYear", "status"), fields(wrong));

        Api.Answer outside = admin.post("/api/v1/cities", cityJson("420102", 410000, "错省市", "ACTIVE", null));
        assertEquals(Set.of("divisionCode"), fields(outside), "a Hubei code in Henan: " + outside);

        Api.Answer types = admin.post("/api/v1/cities", """
                {"divisionCode":410102,"nameZh":"类型市","nameEn":"Types","provinceId":"410000","level":"COUNTY",
                 "batch":1,"pilotStartYear":2017,"pilotEndYear":2020,"status":"ACTIVE","nmaeEn":"typo"}""");
        assertEquals(400, types.status(), types::toString);
        assertEquals(Set.of("divisionCode", "provinceId", "nmaeEn"), fields(types));

        int province = Fixtures.province();
        long id = id(createCity(province, code(province)));
        String parks = "/api/v1/cities/" + id + "/parks";
        assertEquals(Set.of("nameZh"), fields(admin.post(parks, "{\"nameEn\":\"No Chinese name\"}")));
        Api.Answer withFigures = admin.post(parks, "{\"nameZh\":\"带数据的园区\",\"inventionPatentsPer10k\":50}");
        assertEquals(400, withFigures.status(), withFigures::toString);
        assertEquals(Set.of("inventionPatentsPer10k"), fields(withFigures), "figures are a year's");
        assertEquals(0, parks(id).size(), "nothing stored");

        long park = id(admin.post(parks, "{\"nameZh\":\"测试园区\"}").json());
        String years = parks + "/" + park + "/years/";
        assertEquals(Set.of("inventionPatentsPer10k", "hasIpDepartment", "fullTimeIpStaff"), fields(admin.put(years + "2019", "{}")));
        assertEquals(Set.of("inventionPatentsPer10k", "hasIpDepartment", "fullTimeIpStaff"), fields(admin.put(years + "2019",
                "{\"inventionPatentsPer10k\":-1,\"hasIpDepartment\":\"yes\",\"fullTimeIpStaff\":1.5}")));
        assertEquals(Set.of("inventionPatentsPer10k"), fields(admin.put(years + "2019",
                "{\"inventionPatentsPer10k\":\"48.401\",\"hasIpDepartment\":true,\"fullTimeIpStaff\":1}")));
        assertEquals(Set.of("year"), fields(admin.put(years + "2016",
                "{\"inventionPatentsPer10k\":50,\"hasIpDepartment\":true,\"fullTimeIpStaff\":1}")),
                "outside the pilot period 2017–2020");
        assertEquals(Set.of("year"), fields(admin.put(years + "2019",
                "{\"year\":2018,\"inventionPatentsPer10k\":50,\"hasIpDepartment\":true,\"fullTimeIpStaff\":1}")));
        assertEquals(0, parks(id).get(0).getJsonArray("years").size(), "nothing stored");
        assertEquals(400, admin.get("/api/v1/cities?year=twenty").status());
    }

    @Test
    void aDivisionCodeIsRegisteredOnce() {
        int province = Fixtures.province();
        String code = code(province);
        createCity(province, code);
        Api.Answer again = admin.post("/api/v1/cities", cityJson(code, province, "重复市", "ACTIVE", null));
        assertEquals(409, again.status(), again::toString);
        assertEquals(Set.of("divisionCode"), fields(again));

        Api.Answer zhangjiagang = admin.post("/api/v1/cities", cityJson("320582", 320000, "重复张家港", "ACTIVE", null));
        assertEquals(409, zhangjiagang.status(), zhangjiagang::toString);

        JsonObject other = createCity(province, code(province));
        Api.Answer renumbered = admin.put("/api/v1/cities/" + id(other), cityJson(code, province, "改号市", "ACTIVE",
                other.getJsonNumber("version").longValue()));
        assertEquals(409, renumbered.status(), renumbered::toString);
        assertEquals(Set.of("divisionCode"), fields(renumbered));
    }

    @Test
    void unknownCitiesParksAndYearsAreNotFound() {
        int province = Fixtures.province();
        long id = id(createCity(province, code(province)));
        long park = id(admin.post("/api/v1/cities/" + id + "/parks", "{\"nameZh\":\"测试园区\"}").json());
        String figures = "{\"inventionPatentsPer10k\":50,\"hasIpDepartment\":true,\"fullTimeIpStaff\":1}";

        assertEquals(404, admin.put("/api/v1/cities/999999", cityJson(code(province), province, "无此市", "ACTIVE", 0L)).status());
        assertEquals(404, admin.post("/api/v1/cities/999999/parks", "{\"nameZh\":\"无城之园\"}").status());
        assertEquals(404, admin.put("/api/v1/cities/" + id + "/parks/999999", "{\"nameZh\":\"无\",\"version\":0}").status());
        assertEquals(404, admin.delete("/api/v1/cities/" + id + "/parks/999999").status());
        assertEquals(404, admin.put("/api/v1/cities/" + id + "/parks/999999/years/2019", figures).status());
        assertEquals(404, admin.delete("/api/v1/cities/" + id + "/parks/" + park + "/years/2019").status(),
                "no 2019 figures to remove");
        long zjgPark = id(parks(1).get(0));
        assertEquals(404, admin.get("/api/v1/cities/" + id + "/parks/" + zjgPark).status(), "another city's park");
        assertEquals(404, admin.put("/api/v1/cities/" + id + "/parks/" + zjgPark + "/years/2019", figures).status());
        assertEquals(404, admin.delete("/api/v1/cities/" + id + "/parks/" + zjgPark).status());
        assertEquals(404, admin.get("/api/v1/cities/999999?year=2019").status());
    }

    /** A division code of the province that is not the province's own: its two digits and four more. */
    private static String code(int province) {
        return Integer.toString(province).substring(0, 2)
                + String.format("%04d", ThreadLocalRandom.current().nextInt(1, 10_000));
    }

    private static String cityJson(String code, int province, String nameZh, String status, Long version) {
        return """
                {"divisionCode":"%s","nameZh":"%s","nameEn":"Test City","provinceId":%d,"level":"PREFECTURE",
                 "batch":2,"pilotStartYear":2017,"pilotEndYear":2020,"status":"%s"%s}"""
                .formatted(code, nameZh, province, status, version == null ? "" : ",\"version\":" + version);
    }

    private JsonObject createCity(int province, String code) {
        Api.Answer created = admin.post("/api/v1/cities", cityJson(code, province, "测试市", "ACTIVE", null));
        assertEquals(201, created.status(), created::toString);
        assertTrue(created.header("Location").endsWith("/api/v1/cities/" + id(created.json())));
        assertEquals(code, created.json().getString("divisionCode"));
        return created.json();
    }

    private JsonObject figures(long city, long park, int year, String density, boolean department, int staff,
                               Long version) {
        Api.Answer saved = admin.put("/api/v1/cities/" + city + "/parks/" + park + "/years/" + year,
                "{\"inventionPatentsPer10k\":%s,\"hasIpDepartment\":%s,\"fullTimeIpStaff\":%d%s}".formatted(
                        density, department, staff, version == null ? "" : ",\"version\":" + version));
        assertEquals(200, saved.status(), saved::toString);
        return saved.json();
    }

    private List<JsonObject> parks(long city) {
        return ((JsonArray) admin.get("/api/v1/cities/" + city + "/parks").structure()).getValuesAs(JsonObject.class);
    }

    private static long id(JsonObject object) {
        return object.getJsonNumber("id").longValue();
    }

    private static List<String> flags(JsonObject city) {
        return city.getJsonArray("complianceFlags").getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }

    private static Set<String> fields(Api.Answer answer) {
        assertTrue(answer.status() == 400 || answer.status() == 409, answer::toString);
        Set<String> fields = new HashSet<>();
        answer.json().getJsonArray("violations").getValuesAs(JsonObject.class).forEach(v -> fields.add(v.getString("field")));
        return fields;
    }

    /** How many audit entries the administrator left with this action on this subject. */
    private static int audited(String subject, long subjectId, String action) throws SQLException {
        return count("subject_id", subject, subjectId, action);
    }

    /** How many audit entries the administrator left with this action on subjects of this kind in a city. */
    private static int auditedInCity(String subject, long city, String action) throws SQLException {
        return count("city_id", subject, city, action);
    }

    private static int count(String column, String subject, long value, String action) throws SQLException {
        try (Connection c = TestEnvironment.database().dataSource().getConnection();
             PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM audit_entry WHERE subject_type = ? "
                     + "AND action = ? AND actor = 'admin' AND " + column + " = ?")) {
            s.setString(1, subject);
            s.setString(2, action);
            s.setLong(3, value);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        }
    }

    /** A protection centre in the park, as a city would log it: a record that names the park. */
    private static void protectionCentreIn(long city, long park) throws SQLException {
        try (Connection c = TestEnvironment.database().dataSource().getConnection();
             PreparedStatement s = c.prepareStatement("INSERT INTO protection_centre (city_id, year, source, "
                     + "created_by, created_at, updated_by, updated_at, name, kind, park_id, status, opening_date) "
                     + "VALUES (?, 2019, 'CITY', 'it', UTC_TIMESTAMP(3), 'it', UTC_TIMESTAMP(3), '测试快速维权中心', "
                     + "'RAPID_RIGHTS_PROTECTION', ?, 'OPERATING', '2019-05-01')")) {
            s.setLong(1, city);
            s.setLong(2, park);
            s.executeUpdate();
        }
    }
}
