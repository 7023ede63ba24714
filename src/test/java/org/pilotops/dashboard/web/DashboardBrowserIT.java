package org.pilotops.dashboard.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.pilotops.testing.Browser;
import org.pilotops.testing.BrowserTest;
import org.pilotops.testing.Fixtures;

/**
 * The dashboards as their readers use them, on the demo data: the national reviewer drills down from the
 * nation to 江苏省, to 张家港市 and to the records behind a figure, and takes the workbook; the Jiangsu
 * reviewer reads the province's dashboard in English and is refused another province's; 张家港市's
 * reporter sees the city's own. Every figure checked here is compared with the records in the database.
 */
@BrowserTest
class DashboardBrowserIT {

    private static final String NAVIGATION_LABEL = "专利导航项目";

    @Test
    void nationalReviewerDrillsDownFromTheNationToTheRecords() throws IOException {
        try (Browser national = new Browser()) {
            national.signIn("national");
            national.click("menu:dashboard");
            national.waitForUrl("dashboard/view.xhtml");
            assertTrue(national.text(By.id("heading")).contains("数据看板 · 全国"));
            national.open("/dashboard/view.xhtml?year=2019");
            assertTrue(chartLabels(national, "comparisonChart").contains("江苏省"), "provinces compared");
            assertEquals(7, chartDatasets(national, "recordsChart"), "one dataset per kind of record");
            assertEquals(Fixtures.count("SELECT COUNT(*) FROM navigation_project WHERE year = 2019"),
                    Long.parseLong(cell(national, "dashboard:records", NAVIGATION_LABEL, 4)), "the nation's 2019 projects");

            national.click(By.xpath("//*[@id='dashboard:parts']//a[normalize-space()='江苏省']"));
            national.waitForUrl("province=320000");
            assertTrue(national.text(By.id("heading")).contains("江苏省"));
            assertTrue(chartLabels(national, "comparisonChart").contains("张家港市"), "the province's cities compared");
            assertEquals(Fixtures.count("SELECT COUNT(*) FROM navigation_project n JOIN pilot_city c ON c.id = n.city_id "
                            + "WHERE c.province_id = 320000 AND n.year = 2019"),
                    Long.parseLong(cell(national, "dashboard:records", NAVIGATION_LABEL, 4)), "Jiangsu's 2019 projects");

            national.click(By.xpath("//*[@id='dashboard:parts']//a[normalize-space()='张家港市']"));
            national.waitForUrl("city=1");
            assertTrue(national.text(By.id("heading")).contains("张家港市"));
            assertTrue(national.driver().findElements(By.id("dashboard:comparisonChart")).isEmpty(), "a city has no comparison");
            assertFalse(national.text(By.id("dashboard:indicators")).isBlank(), "the city's indicators");
            long projects2019 = Fixtures.count("SELECT COUNT(*) FROM navigation_project WHERE city_id = 1 AND year = 2019");
            assertEquals(Long.toString(projects2019), cell(national, "dashboard:records", NAVIGATION_LABEL, 4));

            byte[] workbook = national.download("dashboard:workbook");
            try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
                Sheet records = book.getSheet("工作记录");
                Row projects = java.util.stream.IntStream.rangeClosed(1, records.getLastRowNum()).mapToObj(records::getRow)
                        .filter(r -> r != null && r.getCell(0) != null && NAVIGATION_LABEL.equals(r.getCell(0).getStringCellValue()))
                        .findFirst().orElseThrow(() -> new AssertionError("no row of " + NAVIGATION_LABEL));
                assertEquals(projects2019, (long) projects.getCell(3).getNumericCellValue(), "the workbook's 2019 projects");
                assertTrue(book.getSheet("指标") != null && book.getSheet("报送率") != null);
            }

            national.click(By.xpath("//*[@id='dashboard:records']//tr[td[normalize-space()='" + NAVIGATION_LABEL
                    + "']]/td[4]/a"));
            national.waitForUrl("records/list.xhtml");
            String url = national.driver().getCurrentUrl();
            assertTrue(url.contains("kind=navigation-projects") && url.contains("city=1") && url.contains("year=2019"), url);
            national.screenshot("dashboard-records-behind-a-figure");
        }
    }

    @Test
    void provinceReviewerReadsTheProvinceInEnglish() {
        try (Browser province = new Browser()) {
            province.signIn("province-js");
            province.open("/dashboard/view.xhtml?lang=en&year=2019");
            province.waitForText(By.id("heading"), "Dashboard · Jiangsu");
            assertTrue(chartLabels(province, "comparisonChart").contains("Zhangjiagang"));
            assertTrue(province.text(By.id("dashboard:records")).contains("Patent navigation projects"), "kinds named in English");
            assertTrue(province.text(By.tagName("body")).contains("Annual summaries: reporting and on-time rates"));
            province.screenshot("dashboard-province-en");

            province.open("/dashboard/view.xhtml?province=330000&year=2019");
            assertEquals("无权访问", province.text(By.tagName("h1")), "another province's dashboard is refused");
        }
    }

    @Test
    void cityReporterSeesItsOwnCity() {
        try (Browser reporter = new Browser()) {
            reporter.signIn("city-zjg");
            reporter.click("menu:dashboard");
            reporter.waitForUrl("dashboard/view.xhtml");
            assertTrue(reporter.text(By.id("heading")).contains("张家港市"));
            assertFalse(reporter.driver().findElements(By.id("dashboard:indicatorChart")).isEmpty());
            assertTrue(!reporter.driver().findElements(By.id("dashboard:targetChart")).isEmpty()
                    || !reporter.driver().findElements(By.id("dashboard:noTargets")).isEmpty(), "target vs actual");

            reporter.open("/dashboard/view.xhtml?city=2");
            assertEquals("未找到", reporter.text(By.tagName("h1")), "another city's dashboard is not found");
        }
    }

    /** The administrator's check of the aggregates the dashboards read: a difference made by hand is listed, then rebuilt. */
    @Test
    void administratorChecksAndRebuildsTheTallies() {
        Fixtures.execute("UPDATE record_tally SET records = records + 3 WHERE city_id = 1 AND kind = 'vouchers' AND year = 2018");
        try (Browser admin = new Browser()) {
            admin.signIn("admin");
            admin.open("/operations/tallies.xhtml");
            admin.click("tallies:check");
            admin.waitForText(By.id("differences"), "1");
            String row = admin.text(By.id("tallies:table"));
            assertTrue(row.contains("张家港市") && row.contains("创新券") && row.contains("2018"), row);
            admin.click("tallies:rebuild");
            admin.click(By.cssSelector(".ui-confirmdialog-yes"));
            admin.waitForText(By.id("differences"), "0");
            assertTrue(admin.driver().findElements(By.id("tallies:table")).isEmpty());
            admin.screenshot("tallies-rebuilt");
        }
        assertEquals(Fixtures.count("SELECT COUNT(*) FROM voucher WHERE city_id = 1 AND year = 2018"),
                Fixtures.count("SELECT records FROM record_tally WHERE city_id = 1 AND kind = 'vouchers' AND year = 2018"));
    }

    /** The labels of a Chart.js chart, read from the chart PrimeFaces drew. */
    @SuppressWarnings("unchecked")
    private static List<String> chartLabels(Browser browser, String widget) {
        return (List<String>) script(browser, "return PF('" + widget + "').chart.data.labels;");
    }

    private static long chartDatasets(Browser browser, String widget) {
        return (Long) script(browser, "return PF('" + widget + "').chart.data.datasets.length;");
    }

    private static Object script(Browser browser, String script) {
        browser.settle();
        return ((JavascriptExecutor) browser.driver()).executeScript(script);
    }

    /** The text of a table's cell in the row whose first cell is {@code first}; columns count from 1. */
    private static String cell(Browser browser, String table, String first, int column) {
        return browser.text(By.xpath("//*[@id='" + table + "']//tr[td[1][normalize-space()='" + first + "']]/td[" + column + "]"));
    }
}
