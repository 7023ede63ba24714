package org.pilotops.agency.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.pilotops.platform.field.CreditCodes;
import org.pilotops.testing.Browser;
import org.pilotops.testing.BrowserTest;

/**
 * The administrator registers a service agency (its credit code must check) and adds an attorney; other
 * roles cannot open the pages.
 */
@BrowserTest
class AgencyPagesBrowserIT {

    static String validCode() {
        String body = "91320582MA" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000));
        return body + CreditCodes.expectedCheck(body + "0");
    }

    @Test
    void theAdministratorRegistersAnAgencyAndItsAttorney() {
        try (Browser admin = new Browser()) {
            admin.signIn("admin");
            admin.click("agencies");
            admin.click("newAgency");
            admin.waitForUrl("agency/edit.xhtml");

            String code = validCode();
            char wrong = code.charAt(17) == '0' ? '1' : '0';
            admin.type("agency:name", "浏览器测试代理事务所");
            admin.type("agency:creditCode", code.substring(0, 17) + wrong);
            admin.choose("agency:kind", "专利代理机构");
            admin.click("agency:save");
            admin.waitForText(By.cssSelector("[id='agency:creditCode'] + div, .ui-message-error"), "校验位不符");

            admin.type("agency:creditCode", code);
            admin.click("agency:save");
            admin.waitForText(By.id("attorney:attorneys"), "");
            admin.type("attorney:name", "测试代理人");
            admin.type("attorney:licenceNumber", "TEST" + code.substring(10));
            admin.click("attorney:saveAttorney");
            admin.waitForText(By.id("attorney:attorneys"), "测试代理人");

            admin.open("/agency/list.xhtml");
            assertTrue(admin.text(By.id("agencies")).contains(code));
        }
    }

    @Test
    void otherRolesMayNotOpenTheAgencyPages() {
        try (Browser city = new Browser()) {
            city.signIn("city-zjg");
            city.open("/agency/list.xhtml");
            assertTrue(city.text(By.tagName("h1")).contains("无权访问"));
        }
    }
}
