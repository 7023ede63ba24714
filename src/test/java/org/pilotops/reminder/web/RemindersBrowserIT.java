package org.pilotops.reminder.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.pilotops.testing.Api;
import org.pilotops.testing.Browser;
import org.pilotops.testing.BrowserTest;

/**
 * Reminders in the portal, as the three people who meet them: the administrator runs the daily job from
 * the jobs page (a day after today is refused beside its field) and finds the mails in the outbox; the
 * city reporter sees the bell's count, reads the notification and follows it to the summary; a national
 * reviewer edits a rule, and a malformed one is refused beside its field.
 */
@BrowserTest
class RemindersBrowserIT {

    private static final By REMINDER_ROW = By.xpath("//tbody[@id='jobs:table_data']/tr[contains(., 'ReminderJob')]");

    @Test
    void theDailyJobRunsFromItsPageAndItsNotificationsReachTheCity() {
        try (Browser admin = new Browser(); Browser city = new Browser(); Browser national = new Browser()) {
            admin.signIn("admin");
            admin.open("/operations/jobs.xhtml");
            // The demo clock reads 2020-12-01: a day after it is refused.
            admin.type("jobs:asOf", "2020-12-05");
            admin.click(By.xpath("//tbody[@id='jobs:table_data']/tr[contains(., 'ReminderJob')]//button[contains(@id, ':run')]"));
            admin.waitForText(By.id("jobs"), "不能晚于今天");

            admin.type("jobs:asOf", "2020-12-01");
            admin.click(By.xpath("//tbody[@id='jobs:table_data']/tr[contains(., 'ReminderJob')]//button[contains(@id, ':run')]"));
            admin.waitForText(By.id("jobs:messages"), "已开始执行");
            new WebDriverWait(admin.driver(), Duration.ofSeconds(60)).until(d -> {
                admin.click("jobs:refresh");
                admin.settle();
                return admin.text(REMINDER_ROW).contains("成功");
            });
            admin.screenshot("jobs");

            // 张家港市 has not submitted its 2020 summary: 30 days before the due date its reporter is reminded.
            city.signIn("city-zjg");
            long unread = Api.as("city-zjg").get("/api/v1/notifications?unread=true").json().getJsonNumber("unread").longValue();
            assertTrue(unread > 0, "the reporter has unread notifications");
            assertEquals(String.valueOf(unread), city.text(By.id("header:unread")), "the bell counts them");
            city.click("header:bell");
            city.waitForUrl("notifications/list.xhtml");
            assertTrue(city.text(By.id("notifications:table")).contains("2020 年度"), "the summary's reminder");
            city.screenshot("notifications");
            city.click(By.cssSelector("[id='notifications:table_data'] a[id$=':read']"));
            city.waitForText(By.id("header:bell"), unread == 1 ? "" : String.valueOf(unread - 1));
            assertEquals(unread - 1, Api.as("city-zjg").get("/api/v1/notifications?unread=true").json()
                    .getJsonNumber("unread").longValue(), "one marked read");
            city.click(By.xpath("//tbody[@id='notifications:table_data']/tr[contains(., '2020 年度')]//a[contains(@id, ':open')]"));
            city.waitForUrl("summary/edit.xhtml");

            admin.open("/operations/outbox.xhtml");
            assertTrue(admin.text(By.id("outbox:table")).contains("city-zjg@pilotops.example"), "its mail is in the outbox");
            admin.screenshot("outbox");

            national.signIn("national");
            national.click("menu:reminderRules");
            national.waitForUrl("reminder/rules.xhtml");
            national.type("r1:offsets", "-30, 两周");
            national.click("r1:save");
            national.waitForText(By.id("r1"), "“两周”不是整数天数");
            national.type("r1:offsets", "-30, -14, -7, -1, 0");
            national.click("r1:save");
            national.waitForText(By.id("r1:messages"), "已保存");
            national.screenshot("reminder-rules");
        }
    }
}
