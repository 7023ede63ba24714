package org.pilotops.records.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.pilotops.testing.Api;
import org.pilotops.testing.Browser;
import org.pilotops.testing.BrowserTest;

/**
 * The record form as a user meets it (issue 7): dates picked in the page's language but saved as ISO
 * dates, references chosen by name from a searchable list, a centre's caseload typed into a table whose
 * bad cell is refused beside it, help under the fields whose rule is not obvious. Each test logs its own
 * records under a unique name and finds them through the API.
 */
@BrowserTest
class RecordFormBrowserIT {

    /** The demo attorney as the drop-downs name him: name, agency, licence number, no id. */
    static final String WANG_MING = "王明（演示） · 苏州知远专利代理事务所（演示） · 3201DEMO0001";

    static Browser browser;

    @BeforeAll
    static void signIn() {
        browser = new Browser();
        browser.signIn("city-zjg");
    }

    @AfterAll
    static void quit() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void aNavigationProjectIsSavedThroughTheChineseDatePicker() {
        String title = "DatePicker-" + UUID.randomUUID().toString().substring(0, 8);
        browser.open("/records/edit.xhtml?kind=navigation-projects&city=1");
        assertTrue(browser.driver().findElements(By.cssSelector("input[type='date']")).isEmpty(),
                "no native date input, which would speak the browser's language and format");

        browser.type("record:f_title", title);
        browser.choose("record:f_type", "企业运营类");
        browser.type("record:f_industry", "高端装备");
        browser.type("record:f_leadOrganisation", "张家港市科学技术局");
        browser.typeDate("record:f_startDate", "2020-04-01");

        // The end date is picked: the panel speaks Chinese, and a day clicked becomes an ISO date.
        browser.click("record:f_endDate_input");
        WebElement panel = browser.byId("record:f_endDate_panel");
        WebElement day15 = panel.findElement(By.cssSelector("td[role='gridcell'][aria-label$=' 15']:not(.ui-datepicker-other-month) > *"));
        String monthOfDay = panel.findElement(By.cssSelector("td[role='gridcell'][aria-label$=' 15']")).getAttribute("aria-label");
        assertTrue(List.of("一月", "二月", "三月", "四月", "五月", "六月", "七月", "八月", "九月", "十月", "十一月", "十二月")
                .contains(monthOfDay.substring(0, monthOfDay.length() - 3)), monthOfDay);
        browser.screenshot("date-picker-chinese");
        day15.click();
        // The focus goes back to the input, which keeps the panel open: Escape closes it, as a user would,
        // before it covers the fields beside the date.
        browser.byId("record:f_endDate_input").sendKeys(org.openqa.selenium.Keys.ESCAPE);
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(10))
                .until(org.openqa.selenium.support.ui.ExpectedConditions.invisibilityOf(panel));
        browser.settle();
        String picked = browser.byId("record:f_endDate_input").getDomProperty("value");
        assertTrue(picked.matches("\\d{4}-\\d{2}-15"), picked);

        browser.choose("record:f_status", "已完成");
        browser.type("record:f_budget", "50000");
        browser.type("record:f_smesReached", "3");
        browser.click("record:save");
        browser.settle();
        browser.screenshot("date-picker-saved");
        assertTrue(browser.driver().getCurrentUrl().contains("list.xhtml"), () -> browser.text(By.id("record")));

        JsonObject saved = only(Api.as("city-zjg").get("/api/v1/cities/1/navigation-projects?title=" + title).json());
        assertEquals("2020-04-01", saved.getString("startDate"));
        assertEquals(picked, saved.getString("endDate"));
    }

    @Test
    void theFreeFilingFormNamesWhatItsReferencesChooseAndTheAttorneyListFiltersByTyping() {
        browser.open("/records/edit.xhtml?kind=free-filings&city=1");
        String form = browser.text(By.id("record"));
        assertTrue(form.contains("专利代理人") && form.contains("代理机构"), form);
        assertFalse(form.contains("编号"), "labelled by what they choose, not by a number: " + form);

        browser.click("record:f_attorneyId");
        WebElement panel = browser.byId("record:f_attorneyId_panel");
        new WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(10))
                .until(ExpectedConditions.attributeContains(panel, "class", "ui-connected-overlay-enter-done"));
        browser.type("record:f_attorneyId_filter", "DEMO0002"); // part of the licence number
        new WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(10)).until(d -> visibleOptions(panel).size() == 1);
        assertTrue(visibleOptions(panel).get(0).startsWith("李华（演示） · "), visibleOptions(panel).toString());
        browser.screenshot("attorney-filtered");
        panel.findElement(By.cssSelector("li[data-label^='李华']")).click();
        browser.settle();
        assertTrue(browser.text(By.id("record:f_attorneyId_label")).startsWith("李华（演示）"));

        assertTrue(browser.text(By.id("record:h_smeCreditCode")).contains("校验"), "help under the credit code");
        assertTrue(browser.text(By.id("record:h_applicationNumber")).contains("201710601862.3"));
    }

    @Test
    void aProtectionCentreLogsItsCaseloadThroughTheTableAndABadCellIsRefusedBesideIt() {
        String name = "CaseloadTable-" + UUID.randomUUID().toString().substring(0, 8);
        browser.open("/records/edit.xhtml?kind=protection-centres&city=1");
        assertTrue(browser.driver().findElements(By.cssSelector("input[type='date']")).isEmpty());
        assertTrue(browser.text(By.id("record:h_activity")).contains("每年一行"));
        browser.type("record:f_name", name);
        browser.choose("record:f_kind", "快速维权中心");
        browser.choose("record:f_status", "运行中");
        browser.typeDate("record:f_openingDate", "2019-03-01");

        typeRow(0, "2019", "120", "100", "30");
        browser.settle();
        browser.click("record:add_activity");
        browser.byId("record:r_activity:1:c_year");
        browser.settle();
        browser.screenshot("caseload-row-added");
        assertEquals("2019", browser.byId("record:r_activity:0:c_year").getDomProperty("value"), "typed rows survive adding one");
        typeRow(1, "2020", "80", "-5", "20");
        browser.settle();
        browser.click("record:save");
        browser.waitForText(By.id("record:r_activity:1:mc_casesClosed"), "第 2 行");
        browser.screenshot("caseload-bad-cell");
        String refusal = browser.text(By.id("record:r_activity:1:mc_casesClosed"));
        assertTrue(refusal.contains("结案数") && refusal.contains("0 或更多"), refusal);
        assertTrue(browser.driver().getCurrentUrl().contains("edit.xhtml"), "stays on the form");

        browser.type("record:r_activity:1:c_casesClosed", "70");
        browser.settle();
        browser.click("record:save");
        browser.waitForUrl("list.xhtml");

        JsonObject saved = only(Api.as("city-zjg").get("/api/v1/cities/1/protection-centres?name=" + name).json());
        var years = saved.getJsonArray("activity").getValuesAs(JsonObject.class);
        assertEquals(2, years.size(), saved.toString());
        assertEquals(2019, years.get(0).getInt("year"));
        assertEquals(100, years.get(0).getInt("casesClosed"));
        assertEquals(2020, years.get(1).getInt("year"));
        assertEquals(70, years.get(1).getInt("casesClosed"));
        assertEquals(20, years.get(1).getInt("disputesMediated"));
    }

    private static void typeRow(int row, String... cells) {
        List<String> columns = List.of("year", "casesAccepted", "casesClosed", "disputesMediated");
        for (int i = 0; i < cells.length; i++) {
            browser.type("record:r_activity:" + row + ":c_" + columns.get(i), cells[i]);
        }
    }

    private static List<String> visibleOptions(WebElement panel) {
        return panel.findElements(By.cssSelector("li.ui-selectonemenu-item")).stream().filter(WebElement::isDisplayed)
                .map(li -> li.getDomAttribute("data-label")).toList();
    }

    private static JsonObject only(JsonObject page) {
        var items = page.getJsonArray("items");
        assertEquals(1, items.size(), page.toString());
        return items.getJsonObject(0);
    }
}
