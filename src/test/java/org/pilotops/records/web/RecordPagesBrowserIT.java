package org.pilotops.records.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.pilotops.testing.Api;
import org.pilotops.testing.Browser;
import org.pilotops.testing.RecordSamples;
import org.pilotops.testing.BrowserTest;

/**
 * A city reporter logs a navigation project in the portal and finds it in the list; a bad amount is
 * refused next to its field. Headless Chromium against the packaged WAR.
 */
@BrowserTest
class RecordPagesBrowserIT {

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
    void cityReporterLogsANavigationProjectAndSeesItListed() {
        String title = "浏览器测试导航项目 " + UUID.randomUUID().toString().substring(0, 6);
        browser.open("/records/list.xhtml?kind=navigation-projects&city=1");
        browser.click("records:newRecord");
        browser.waitForUrl("edit.xhtml");

        browser.type("record:f_title", title);
        browser.choose("record:f_type", "企业运营类");
        browser.type("record:f_industry", "高端装备");
        browser.type("record:f_leadOrganisation", "张家港市科学技术局");
        browser.typeDate("record:f_startDate", "2020-04-01");
        browser.typeDate("record:f_endDate", "2020-10-31");
        browser.type("record:f_budget", "88000.5");
        browser.choose("record:f_status", "已完成");
        browser.type("record:f_smesReached", "15");
        browser.screenshot("navigation-edit");
        browser.click("record:save");

        browser.waitForUrl("list.xhtml");
        // The first column is the title; its filter narrows the lazy list in the database.
        browser.type(By.cssSelector("[id='records:table'] thead input.ui-column-filter"), title.substring(title.length() - 6));
        browser.waitForRows("records:table", 1);
        browser.waitForText(By.id("records:table_data"), title);
        browser.screenshot("navigation-list");
        String row = browser.text(By.id("records:table_data"));
        assertTrue(row.contains("企业运营类") && row.contains("88,000.50") && row.contains("已完成"), row);

        browser.driver().findElement(By.cssSelector("[id='records:table_data'] a.po-delete")).click();
        browser.driver().findElement(By.cssSelector(".ui-confirmdialog-yes")).click();
        browser.waitForRows("records:table", 0);
        browser.waitForText(By.id("records:growlHolder"), "已删除");
    }

    @Test
    void aBadAmountIsRefusedNextToItsFieldAndNothingIsSaved() {
        browser.open("/records/edit.xhtml?kind=navigation-projects&city=1");
        browser.type("record:f_title", "金额错误的项目");
        browser.type("record:f_budget", "十万元");
        browser.click("record:save");
        browser.waitForText(By.id("record:m_budget"), "不是金额");
        browser.screenshot("navigation-invalid");
        assertTrue(browser.text(By.id("record:m_industry")).contains("必填"));
        assertTrue(browser.driver().getCurrentUrl().contains("edit.xhtml"), "stays on the form");
    }

    @Test
    void anotherCitysListIsNotFoundEnglishIsOneClickAwayAndSigningOutEndsTheSession() {
        try (Browser own = new Browser()) {
            own.signIn("city-2");
            own.open("/records/list.xhtml?kind=navigation-projects&city=1");
            assertTrue(own.text(By.tagName("h1")).contains("未找到"), "张家港市 is not city-2's to see");

            own.open("/records/list.xhtml?kind=navigation-projects&city=2");
            own.click("header:language");
            own.waitForText(By.id("header:language"), "中文");
            assertTrue(own.text(By.tagName("h1")).contains("Patent navigation projects"),
                    "the list itself, in English: the switch keeps the page's kind and city");
            own.screenshot("navigation-list-english");

            own.click("header:user"); // the user menu holds changing the password and signing out
            own.click("header:signOut");
            own.waitForUrl("login.xhtml");
            own.open("/records/list.xhtml?kind=navigation-projects&city=2");
            own.waitForUrl("login.xhtml");
        }
    }

    @Test
    void theCityPageShowsItsParksAndComplianceFlags() {
        browser.open("/index.xhtml");
        browser.click("cityPage"); // the reporter's home links its city's page
        browser.waitForUrl("city/view.xhtml");
        assertTrue(browser.text(By.id("flags")).contains("低于 48.4"));
        assertTrue(browser.text(By.id("parks")).contains("44.80"));
    }

    @Test
    void everyKindHasAListAndAFormInThePortal() {
        for (String kind : org.pilotops.testing.RecordSamples.KINDS) {
            browser.open("/records/list.xhtml?kind=" + kind + "&city=1");
            browser.waitForText(By.id("records:table"), " / "); // the paginator of a rendered lazy list
            browser.click("records:newRecord");
            browser.waitForUrl("edit.xhtml");
            browser.click("record:save");
            browser.waitForText(By.id("record:messages"), "未保存");
        }
        browser.screenshot("free-filing-form");
        browser.choose("record:f_attorneyId", RecordFormBrowserIT.WANG_MING);
        browser.open("/records/list.xhtml?kind=free-filings&city=1");
        browser.waitForText(By.id("records:table_data"), "王明（演示）"); // references shown by name
    }

    /** Reference and choice columns filter by a drop-down of names, matched exactly in the database. */
    @Test
    void referenceAndChoiceColumnsFilterByNames() {
        browser.open("/records/list.xhtml?kind=free-filings&city=1");
        browser.waitForText(By.id("records:table"), " / ");
        String attorney = RecordFormBrowserIT.WANG_MING;
        browser.choose("records:filter_attorneyId", attorney);
        browser.waitForText(By.id("records:table_data"), "王明（演示）");
        browser.screenshot("free-filings-filtered");
        for (var row : browser.driver().findElements(By.cssSelector("[id='records:table_data'] > tr[data-ri]"))) {
            assertTrue(row.getText().contains("王明（演示）"), row.getText());
        }

        browser.open("/records/list.xhtml?kind=navigation-projects&city=1");
        browser.waitForText(By.id("records:table"), " / ");
        browser.choose("records:filter_status", "已完成");
        browser.waitForText(By.id("records:table_data"), "已完成");
        for (var row : browser.driver().findElements(By.cssSelector("[id='records:table_data'] > tr[data-ri]"))) {
            assertTrue(row.getText().contains("已完成") && !row.getText().contains("进行中"), row.getText());
        }
    }

    /** The record's page shows who changed what and when, newest first. */
    @Test
    void theRecordPageShowsItsHistory() {
        Api city = Api.as("city-zjg");
        var created = city.post("/api/v1/cities/1/navigation-projects", RecordSamples.body("navigation-projects", 1)).json();
        long id = created.getJsonNumber("id").longValue();
        String title = created.getString("title");
        String renamed = title + "（改名）";
        assertEquals(200, city.put("/api/v1/cities/1/navigation-projects/" + id, created.toString()
                .replace("\"title\":\"" + title + "\"", "\"title\":\"" + renamed + "\"")).status());

        browser.open("/records/edit.xhtml?kind=navigation-projects&city=1&id=" + id);
        browser.waitForText(By.id("historyTable"), "修改");
        browser.screenshot("record-history");
        String history = browser.text(By.id("historyTable_data"));
        assertTrue(history.contains("名称: " + title + " → " + renamed) || history.contains(title + " → " + renamed), history);
        assertTrue(history.indexOf("修改") < history.indexOf("新增"), "newest first: " + history);
        assertTrue(history.contains("city-zjg") && history.contains("接口"), history);
    }

    /** Every page carries the menu: the record kinds one click away, the footer says the version. */
    @Test
    void theMenuLeadsToEveryKindAndTheFooterShowsTheVersion() {
        browser.open("/records/list.xhtml?kind=vouchers&city=1");
        browser.waitForText(By.id("records:table"), " / ");
        assertTrue(browser.text(By.cssSelector(".po-footer")).matches("(?s).*PilotOps.*\\d+\\.\\d+.*"),
                "the version from the WAR's manifest");
        browser.driver().findElement(By.xpath("//*[@id='menu']//span[normalize-space(text())='工作记录']")).click();
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(10))
                .until(org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable(
                        By.xpath("//*[@id='menu']//a[normalize-space(.)='专利导航项目']"))).click();
        browser.waitForUrl("kind=navigation-projects");
        assertTrue(browser.driver().getCurrentUrl().contains("city=1"), "the menu keeps the city the user looks at");
        assertTrue(browser.driver().findElements(By.xpath("//*[@id='menu']//span[normalize-space(text())='管理']")).isEmpty(),
                "a city reporter has no administration entry");
    }
}
