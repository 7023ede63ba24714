package org.pilotops.summary.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.pilotops.testing.Api;
import org.pilotops.testing.Browser;
import org.pilotops.testing.BrowserTest;

/**
 * The reporting years in the portal: a national reviewer reaches them from the summaries' overview (its
 * rates per province), a due date outside the year or the next is refused beside its field, a good one
 * is saved; a city reporter reads the same settings without a way to change them.
 */
@BrowserTest
class ReportingYearsBrowserIT {

    @Test
    void nationalReviewersSetADueDateAndCitiesReadIt() {
        Api national = Api.as("national");
        JsonObject before = year(national, 2017);
        try (Browser browser = new Browser(); Browser city = new Browser()) {
            browser.signIn("national");
            browser.open("/summary/list.xhtml?year=2017");
            assertTrue(browser.text(By.id("list:provinces")).contains("江苏省"), "rates per province");
            browser.click("list:reportingYears");
            browser.waitForUrl("summary/years.xhtml");

            browser.typeDate("y2017:summaryDueDate", "2016-12-31");
            browser.click("y2017:save");
            browser.waitForText(By.id("y2017"), "2017 年或 2018 年");
            assertEquals("2017-12-31", year(national, 2017).getString("summaryDueDate"), "nothing stored");

            // A fresh page: a picker re-rendered by the refusal's update keeps the focus it had.
            browser.open("/summary/years.xhtml");
            browser.typeDate("y2017:summaryDueDate", "2018-01-15");
            browser.click("y2017:save");
            browser.waitForText(By.id("y2017:messages"), "已保存");
            browser.screenshot("reporting-years");
            assertEquals("2018-01-15", year(national, 2017).getString("summaryDueDate"));

            city.signIn("city-zjg");
            city.open("/summary/years.xhtml");
            assertEquals("2018-01-15", city.byId("y2017:summaryDueDate_input").getDomProperty("value"));
            assertFalse(city.byId("y2017:summaryDueDate_input").isEnabled(), "read, not changed");
            assertTrue(city.driver().findElements(By.id("y2017:save")).isEmpty());
        } finally {
            JsonObject now = year(national, 2017);
            national.put("/api/v1/reporting-years/2017", """
                    {"summaryDueDate": "%s", "provinceEndorsement": %s, "caseCompilationDueDate": null, "version": %d}"""
                    .formatted(before.getString("summaryDueDate"), before.getBoolean("provinceEndorsement"),
                            now.getJsonNumber("version").longValue()));
        }
    }

    private static JsonObject year(Api api, int year) {
        return ((JsonArray) api.get("/api/v1/reporting-years").structure()).getValuesAs(JsonObject.class).stream()
                .filter(y -> y.getInt("year") == year).findFirst().orElseThrow();
    }
}
