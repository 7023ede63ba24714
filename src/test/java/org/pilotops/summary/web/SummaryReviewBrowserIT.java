package org.pilotops.summary.web;

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
import org.pilotops.testing.RecordSamples;

/**
 * The review path in the portal, as its three people take it: 张家港市 completes and submits its 2020
 * summary, Jiangsu returns it with a comment, the city resubmits, Jiangsu endorses, the national office
 * accepts (and the city's 2020 records refuse changes), then reopens it with a reason.
 */
@BrowserTest
class SummaryReviewBrowserIT {

    private static final String PAGE = "/summary/edit.xhtml?city=1&year=2020";

    @Test
    void submitReturnResubmitEndorseAcceptLockAndReopen() {
        Api city = Api.as("city-zjg");
        long recordId = city.post("/api/v1/cities/1/navigation-projects", RecordSamples.body("navigation-projects", 1)
                .replace("2019-03-01", "2020-03-01").replace("2019-12-31", "2020-12-31")).json().getJsonNumber("id").longValue();
        try (Browser reporter = new Browser(); Browser province = new Browser(); Browser national = new Browser()) {
            reporter.signIn("city-zjg");
            reporter.open(PAGE);
            List<WebElement> tabs = reporter.driver().findElements(By.cssSelector("[id='summary:tabs'] .ui-tabs-header"));
            assertEquals(7, tabs.size(), "six sections and the plan");
            for (int i = 0; i < tabs.size(); i++) {
                reporter.driver().findElements(By.cssSelector("[id='summary:tabs'] .ui-tabs-header")).get(i).click();
                WebElement text = reporter.driver().findElements(By.cssSelector("[id='summary:tabs'] textarea")).get(i);
                reporter.waitVisible(text);
                if (text.getDomProperty("value").isBlank()) {
                    assertTrue(reporter.driver().findElements(By.cssSelector("[id='summary:tabs'] .ui-tabs-header"))
                            .get(i).getText().contains("未填写"), "an unwritten section says so in its tab");
                    text.sendKeys("浏览器测试：本部分工作已完成。");
                }
            }
            reporter.click("summary:save");
            reporter.waitForText(By.id("summary:messages"), "已保存");
            assertTrue(reporter.driver().findElements(By.cssSelector("[id='summary:tabs'] .ui-tabs-header")).stream()
                    .noneMatch(tab -> tab.getText().contains("未填写")), "every tab written");
            submit(reporter);
            assertEquals("已提交", reporter.text(By.id("summary:status")));

            province.signIn("province-js");
            assertTrue(province.text(By.id("review")).contains("2020"), "the home page says a summary waits");
            province.open(PAGE);
            step(province, "RETURN", "");
            assertTrue(!province.text(By.id("summary:messages")).isBlank(), "a return without a comment is refused");
            assertEquals("已提交", province.text(By.id("summary:status")));
            step(province, "RETURN", "请补充知识产权保护部分的案件数据。");
            assertEquals("已退回", province.text(By.id("summary:status")));

            reporter.open(PAGE);
            assertTrue(reporter.text(By.id("summary:history")).contains("请补充知识产权保护部分的案件数据"));
            submit(reporter);

            province.open(PAGE);
            step(province, "ENDORSE", "同意报送。");
            assertEquals("省级已审核", province.text(By.id("summary:status")));

            national.signIn("national");
            national.open(PAGE);
            step(national, "ACCEPT", "");
            assertEquals("已验收", national.text(By.id("summary:status")));

            // The accepted year is shown as locked: a notice, fields that cannot be typed in, nothing to
            // save; in the list a badge and no delete. The API refuses what the page does not offer.
            reporter.open("/records/edit.xhtml?kind=navigation-projects&city=1&id=" + recordId);
            assertTrue(reporter.text(By.id("record:locked")).contains("2020 年度已锁定"));
            assertFalse(reporter.driver().findElement(By.id("record:f_title")).isEnabled(), "title locked");
            assertTrue(reporter.driver().findElements(By.id("record:save")).isEmpty(), "no save button");
            reporter.screenshot("record-locked");
            reporter.open("/records/list.xhtml?kind=navigation-projects&city=1&year=2020");
            assertTrue(reporter.text(By.id("records:yearLocked")).contains("2020 年度的记录已锁定"));
            assertTrue(reporter.driver().findElements(By.id("records:newRecord")).isEmpty(), "nothing new in a locked year");
            assertTrue(reporter.driver().findElements(By.cssSelector("[id='records:table_data'] a.po-delete")).isEmpty());
            assertTrue(reporter.text(By.id("records:table_data")).contains("已锁定"));
            assertEquals(409, city.put("/api/v1/cities/1/navigation-projects/" + recordId,
                    city.get("/api/v1/cities/1/navigation-projects/" + recordId).body()).status(), "locked");
            national.screenshot("summary-accepted");

            national.open(PAGE);
            step(national, "REOPEN", "数据需更正，重新打开。");
            assertEquals("草稿", national.text(By.id("summary:status")));
            assertEquals(200, city.put("/api/v1/cities/1/navigation-projects/" + recordId,
                    city.get("/api/v1/cities/1/navigation-projects/" + recordId).body()).status(), "unlocked again");
        }
    }

    private static void submit(Browser reporter) {
        reporter.click("summary:submit");
        reporter.click(By.cssSelector(".ui-confirmdialog-yes"));
        reporter.waitForText(By.id("summary:status"), "已提交");
    }

    private static void step(Browser browser, String action, String comment) {
        browser.type("summary:comment", comment);
        browser.click(By.cssSelector("button.po-step-" + action));
        browser.settle();
        browser.waitForUrl("summary/edit.xhtml");
    }
}
