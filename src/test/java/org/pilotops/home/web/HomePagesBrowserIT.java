package org.pilotops.home.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.pilotops.testing.Api;
import org.pilotops.testing.Browser;
import org.pilotops.testing.BrowserTest;
import org.pilotops.testing.TestEnvironment;

/**
 * The home page of each role says what it should, from live data: the reporter's counts are the
 * records the API lists, the national table filters by province, the city switch keeps the city in the
 * address (so the back button returns), and the administrator sees the schema the migrations made.
 */
@BrowserTest
class HomePagesBrowserIT {

    @Test
    void aCityReporterSeesItsCountsOfTheYearTheirFlagsAndTheLatestChanges() {
        try (Browser browser = new Browser()) {
            browser.signIn("city-zjg");
            browser.open("/index.xhtml?year=2019");
            long navigation = Api.as("city-zjg").get("/api/v1/cities/1/navigation-projects?year=2019&size=1")
                    .json().getJsonNumber("total").longValue();
            WebElement card = browser.driver().findElement(By.cssSelector("#kindCounts a[href*='kind=navigation-projects']"));
            assertEquals(String.valueOf(navigation), card.findElement(By.className("po-card-count")).getText());
            assertTrue(card.getAttribute("href").contains("year=2019"), "the card opens the year's list");
            assertEquals(7, browser.driver().findElements(By.cssSelector("#kindCounts a.po-card")).size());
            assertTrue(browser.text(By.id("flags")).contains("48.4"), "张家港市 has a park below the floor");
            assertTrue(browser.text(By.id("due")).length() > 0, "the due slot is there");

            card.click();
            browser.waitForUrl("records/list.xhtml");
            assertTrue(browser.text(By.id("crumbs")).contains("张家港市"), "breadcrumbs name the city");
            assertTrue(browser.driver().findElements(By.id("menu:city")).isEmpty(), "one city: no switch");
        }
    }

    @Test
    void theNationalTableFiltersByProvinceAndTheCitySwitchKeepsTheCityInTheAddress() {
        try (Browser browser = new Browser()) {
            browser.signIn("national");
            int all = rows(browser).size();
            browser.choose("citiesForm:cities:province", "江苏省");
            List<String> jiangsu = rows(browser);
            assertTrue(jiangsu.size() < all && !jiangsu.isEmpty(), all + " → " + jiangsu);
            assertTrue(jiangsu.stream().anyMatch(r -> r.contains("张家港市")), jiangsu.toString());
            assertFalse(jiangsu.stream().anyMatch(r -> r.contains("温州市")), jiangsu.toString());

            browser.open("/records/list.xhtml?kind=vouchers&city=1");
            browser.choose("menu:city", "温州市");
            browser.waitForUrl("city=2");
            assertTrue(browser.driver().getCurrentUrl().contains("kind=vouchers"), "the same list, another city");
            assertTrue(browser.text(By.tagName("h1")).contains("温州市"));
            browser.driver().navigate().back();
            browser.waitForUrl("city=1");
            assertTrue(browser.text(By.tagName("h1")).contains("张家港市"), "the back button brings the city back");
        }
    }

    @Test
    void theAdministratorSeesTheSystemStatus() {
        String latest = TestEnvironment.latestMigration();
        try (Browser browser = new Browser()) {
            browser.signIn("admin");
            String status = browser.text(By.id("status"));
            assertTrue(status.contains(latest), "schema version " + latest + " in " + status);
            assertTrue(status.contains("MariaDB"), status);
            assertTrue(status.contains("演示"), "the demo data was seeded: " + status);
            assertTrue(browser.driver().findElements(By.id("kindCounts")).isEmpty(), "no records for an operator");
        }
    }

    /** The rows of the national table as they read, once the filter's answer has been applied. */
    private static List<String> rows(Browser browser) {
        browser.settle();
        return browser.driver().findElements(By.cssSelector("[id='citiesForm:cities_data'] > tr[data-ri]"))
                .stream().map(WebElement::getText).toList();
    }
}
