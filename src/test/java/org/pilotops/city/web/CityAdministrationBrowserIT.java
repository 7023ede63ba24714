package org.pilotops.city.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.pilotops.testing.Browser;
import org.pilotops.testing.BrowserTest;

/**
 * The administrator registers a pilot city in the portal, adds a park and its figures of a year, and
 * finds the city listed with the flags those raise, judged per year; other roles cannot open the pages.
 * The city lies in Henan, where the demo has no pilot city, so no demo city's flags change.
 */
@BrowserTest
class CityAdministrationBrowserIT {

    @Test
    void theAdministratorRegistersACityWithAParkAndItsFiguresAndSeesItsFlags() {
        String code = "41" + String.format("%04d", ThreadLocalRandom.current().nextInt(1, 10_000));
        try (Browser admin = new Browser()) {
            admin.signIn("admin");
            admin.click("cityAdmin");
            admin.waitForUrl("city/admin-list.xhtml");
            admin.click("cities:newCity");
            admin.waitForUrl("city/admin-edit.xhtml");

            admin.type("city:divisionCode", code);
            admin.choose("city:provinceId", "河南省");
            admin.type("city:nameZh", "浏览器测试市");
            admin.type("city:nameEn", "Browser Test City");
            admin.choose("city:level", "地级市");
            admin.type("city:pilotEndYear", "2016");
            admin.click("city:save");
            admin.waitForText(By.cssSelector(".ui-message-error"), "2017 至 2100");

            admin.type("city:pilotEndYear", "2020");
            admin.click("city:save");
            admin.waitForUrl("admin-edit.xhtml?id=");
            String cityId = admin.driver().getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1");
            admin.waitForText(By.id("city:flags"), "园区少于 2 个");

            admin.type("park:nameZh", "浏览器测试园区");
            admin.click("park:savePark");
            admin.waitForText(By.id("park:parks"), "浏览器测试园区");
            admin.driver().findElement(By.cssSelector("[id='park:parks'] a.po-figures")).click();
            admin.waitForUrl("city/admin-park.xhtml");

            admin.choose("figures:year", "2019");
            admin.type("figures:inventionPatentsPer10k", "40.5");
            admin.type("figures:fullTimeIpStaff", "2");
            admin.click("figures:save");
            admin.waitForText(By.id("figures:years"), "40.50");
            assertTrue(admin.text(By.id("figures:years")).contains("低于 48.4"));
            admin.waitForText(By.id("figures:flags"), "园区每万人口发明专利拥有量低于 48.4");
            admin.screenshot("city-admin-park-figures");

            admin.open("/city/admin-list.xhtml");
            String row = rowOf(admin.driver(), code);
            assertTrue(row.contains("浏览器测试市"), row);
            assertTrue(row.contains("园区少于 2 个"), row);
            assertTrue(row.contains("园区每万人口发明专利拥有量低于 48.4"), row);

            admin.choose("cities:year", "2018");
            new WebDriverWait(admin.driver(), Duration.ofSeconds(20))
                    .until(d -> !rowOf(d, code).contains("低于 48.4"));
            assertTrue(rowOf(admin.driver(), code).contains("园区少于 2 个"),
                    "2018 has no figures to judge, but one park is still too few");
            admin.screenshot("city-admin-list-2018");

            admin.open("/city/view.xhtml?id=" + cityId);
            assertTrue(admin.text(By.id("parks")).contains("40.50"), "the city page shows the figures per year");
            assertTrue(admin.text(By.id("flags")).contains("低于 48.4"));
        }
    }

    @Test
    void otherRolesMayNotOpenTheCityAdministration() {
        try (Browser city = new Browser()) {
            city.signIn("city-zjg");
            assertTrue(city.driver().findElements(By.id("cityAdmin")).isEmpty(), "no link on the home page");
            city.open("/city/admin-list.xhtml");
            assertTrue(city.text(By.tagName("h1")).contains("无权访问"));
            city.open("/city/admin-edit.xhtml?id=1");
            assertTrue(city.text(By.tagName("h1")).contains("无权访问"));
            city.open("/city/admin-park.xhtml?id=1");
            assertTrue(city.text(By.tagName("h1")).contains("无权访问"));
            assertFalse(city.driver().getPageSource().contains("city:save"));
        }
    }

    private static String rowOf(WebDriver driver, String code) {
        return driver.findElement(By.xpath("//tbody[@id='cities:table_data']/tr[td[normalize-space(.)='" + code + "']]"))
                .getText();
    }
}
