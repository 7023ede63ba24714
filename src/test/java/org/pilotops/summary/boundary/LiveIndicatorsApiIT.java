package org.pilotops.summary.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.pilotops.testing.Api;
import org.pilotops.testing.Fixtures;
import org.pilotops.testing.RecordSamples;

/**
 * A city's, a province's and the nation's indicators are kept between requests until anything they are
 * computed from changes (IndicatorCalculator), one kind of records at a time: every write — a new record, a
 * correction that moves nothing but changes a part, a deletion, a record of another kind, a park's figures — is in
 * the very next answer, in the city, the province and the nation, and so is every figure that counts over several
 * kinds (SMEs served).
 */
class LiveIndicatorsApiIT {

    private static final Api NATIONAL = Api.as("national");

    @Test
    void everyWriteIsInTheNextAnswer() {
        int province = Fixtures.someProvince();
        long city = Fixtures.city(province, "指标实时测试市");
        Api reporter = Fixtures.reporter(city, false).api();
        String nation = "/api/v1/indicators?year=2019";
        String ofProvince = "/api/v1/indicators?year=2019&provinceId=" + province;
        String ofCity = "/api/v1/indicators?year=2019&cityId=" + city;
        long nationBefore = figure(nation, "PLEDGE_FINANCINGS");
        long bankBefore = figure(nation, "PLEDGE_FINANCINGS_BANK");
        long insurerBefore = figure(nation, "PLEDGE_FINANCINGS_INSURER");
        long provinceBefore = figure(ofProvince, "PLEDGE_FINANCINGS");
        assertEquals(nationBefore, figure(nation, "PLEDGE_FINANCINGS"), "asked again, the same");
        assertEquals(0, figure(ofCity, "PLEDGE_FINANCINGS"), "a new city has none");
        assertEquals(0, figure(ofCity, "PLEDGE_FINANCINGS"), "asked again, the same");
        assertEquals(0, figure(ofCity, "SMES_SERVED"));

        Api.Answer created = reporter.post("/api/v1/cities/" + city + "/pledge-financings",
                RecordSamples.body("pledge-financings", city));
        assertEquals(201, created.status(), created::toString);
        assertEquals(nationBefore + 1, figure(nation, "PLEDGE_FINANCINGS"), "a new record");
        assertEquals(bankBefore + 1, figure(nation, "PLEDGE_FINANCINGS_BANK"));
        assertEquals(provinceBefore + 1, figure(ofProvince, "PLEDGE_FINANCINGS"), "in its province too");
        assertEquals(1, figure(ofCity, "PLEDGE_FINANCINGS"), "and in its city");
        assertEquals(1, figure(ofCity, "PLEDGE_FINANCINGS_BANK"));
        assertEquals(1, figure(ofCity, "SMES_SERVED"), "its SME, counted over four kinds of records");

        long id = created.json().getJsonNumber("id").longValue();
        Api.Answer corrected = reporter.put("/api/v1/cities/" + city + "/pledge-financings/" + id,
                RecordSamples.withVersion(RecordSamples.body("pledge-financings", city).replace("\"BANK\"", "\"INSURER\""),
                        created.json().getJsonNumber("version").longValue()));
        assertEquals(200, corrected.status(), corrected::toString);
        assertEquals(bankBefore, figure(nation, "PLEDGE_FINANCINGS_BANK"), "a correction of the lender type only");
        assertEquals(insurerBefore + 1, figure(nation, "PLEDGE_FINANCINGS_INSURER"));
        assertEquals(0, figure(ofCity, "PLEDGE_FINANCINGS_BANK"), "the city's correction");
        assertEquals(1, figure(ofCity, "PLEDGE_FINANCINGS_INSURER"));

        Api.Answer deleted = reporter.delete("/api/v1/cities/" + city + "/pledge-financings/" + id);
        assertEquals(204, deleted.status(), deleted::toString);
        assertEquals(nationBefore, figure(nation, "PLEDGE_FINANCINGS"), "a deletion");
        assertEquals(provinceBefore, figure(ofProvince, "PLEDGE_FINANCINGS"));
        assertEquals(0, figure(ofCity, "PLEDGE_FINANCINGS"), "the city's deletion");
        assertEquals(0, figure(ofCity, "SMES_SERVED"));

        // Another kind: its figures are measured again, the pledges' are answered as kept.
        Api.Answer project = reporter.post("/api/v1/cities/" + city + "/navigation-projects",
                RecordSamples.body("navigation-projects", city));
        assertEquals(201, project.status(), project::toString);
        assertEquals(1, figure(ofCity, "NAVIGATION_PROJECTS"), "a navigation project");
        assertEquals(12, figure(ofCity, "NAVIGATION_SMES_REACHED"));
        assertEquals(0, figure(ofCity, "PLEDGE_FINANCINGS"), "the pledges as they were");

        // What the indicators read besides the records: a park below the floor in 2019.
        long parksBefore = figure(nation, "PARKS_BELOW_DENSITY_FLOOR");
        assertEquals(0, figure(ofCity, "PARKS_BELOW_DENSITY_FLOOR"));
        Fixtures.execute("INSERT INTO park (city_id, name_zh) VALUES (" + city + ", '实时测试园区')");
        long park = Fixtures.count("SELECT MAX(id) FROM park WHERE city_id = " + city);
        Fixtures.execute("INSERT INTO park_year (park_id, year, invention_patents_per_10k, has_ip_department, full_time_ip_staff) VALUES ("
                + park + ", 2019, 10.0, FALSE, 0)");
        assertEquals(parksBefore + 1, figure(nation, "PARKS_BELOW_DENSITY_FLOOR"), "a park's figures");
        assertEquals(1, figure(ofCity, "PARKS_BELOW_DENSITY_FLOOR"), "the city's park");
    }

    private static long figure(String path, String indicator) {
        Api.Answer answer = NATIONAL.get(path);
        assertEquals(200, answer.status(), answer::toString);
        JsonObject figures = answer.json().getJsonObject("figures");
        return figures.getJsonNumber(indicator).longValue();
    }
}
