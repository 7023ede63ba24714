package org.pilotops.account.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.pilotops.testing.Api;
import org.pilotops.testing.Browser;
import org.pilotops.testing.BrowserTest;

/**
 * The administrator creates an account in the pages and hands over its one-time password; an account
 * holding a one-time password is held at the password page until its owner chose a password; a disabled
 * account's session ends at its next page.
 */
@BrowserTest
class AccountPagesBrowserIT {

    static String uniqueName(String prefix) {
        return prefix + "-" + Long.toString(System.nanoTime(), 36) + ThreadLocalRandom.current().nextInt(1000);
    }

    @Test
    void theAdministratorCreatesAnAccountAndSeesItListed() {
        String username = uniqueName("web-reporter");
        try (Browser admin = new Browser()) {
            admin.signIn("admin");
            admin.click("accounts");
            admin.waitForUrl("account/list.xhtml");
            admin.click("newAccount");
            admin.waitForUrl("account/edit.xhtml");

            admin.type("account:username", username);
            admin.type("account:displayName", "网页测试填报员");
            admin.type("account:email", username + "@zjg.example.cn");
            // The first role offered is the city reporter.
            admin.driver().findElement(By.cssSelector("label[for='account:roles:0']")).click();
            admin.click("account:save");
            admin.waitForText(By.cssSelector("[id='account:cityId'] ~ div, .ui-message-error"), "试点城市");

            admin.choose("account:cityId", "张家港市");
            admin.click("account:save");
            admin.waitForText(By.id("account:issued"), "一次性密码");
            String oneTimePassword = admin.text(By.id("oneTimePassword")).strip();
            assertTrue(oneTimePassword.length() >= 12, oneTimePassword);
            admin.screenshot("account-created");

            admin.open("/account/list.xhtml");
            String list = admin.text(By.id("accounts"));
            assertTrue(list.contains(username), list);
            assertTrue(list.contains(username + "@zjg.example.cn"), list);
            assertTrue(list.contains("张家港市"), list);

            // What the page created works: the one-time password signs in through the API, for the change only.
            Api.Answer me = Api.withPassword(username, oneTimePassword).get("/api/v1/me");
            assertEquals(200, me.status(), me::toString);
            assertEquals(1, me.json().getJsonNumber("cityId").longValue());
        }
    }

    @Test
    void aUserWithAResetPasswordMustChangeItBeforeAnythingElse() {
        String username = uniqueName("web-reset");
        Api.Answer created = Api.as("admin").post("/api/v1/accounts", """
                {"username": "%s", "displayName": "重置测试", "roles": ["NATIONAL_REVIEWER"]}""".formatted(username));
        assertEquals(201, created.status(), created::toString);
        JsonObject account = created.json().getJsonObject("account");
        Api.Answer reset = Api.as("admin").post("/api/v1/accounts/" + account.getJsonNumber("id").longValue()
                + "/password-reset", "");
        assertEquals(200, reset.status(), reset::toString);
        String oneTimePassword = reset.json().getString("oneTimePassword");

        try (Browser user = new Browser()) {
            user.signIn(username, oneTimePassword);
            user.waitForUrl("account/password.xhtml");
            user.open("/index.xhtml");
            user.waitForUrl("account/password.xhtml");
            assertTrue(user.text(By.id("password:mustChange")).contains("一次性密码"));

            user.type("password:current", oneTimePassword);
            user.type("password:new", "password1234");
            user.type("password:repeat", "password1234");
            user.click("password:submit");
            user.waitForText(By.cssSelector("[id='password:new'] ~ div, .ui-message-error"), "常见密码");

            String chosen = "风筝飞过长江 " + Long.toString(System.nanoTime(), 36);
            user.type("password:current", oneTimePassword);
            user.type("password:new", chosen);
            user.type("password:repeat", chosen);
            user.click("password:submit");
            user.waitForUrl("index.xhtml");
            user.waitForText(By.tagName("h1"), username);
            user.screenshot("password-changed");

            assertEquals(200, Api.withPassword(username, chosen).get("/api/v1/cities").status());
            assertEquals(401, Api.withPassword(username, oneTimePassword).get("/api/v1/me").status());

            // Disabled: the open session ends with the next page, not when it times out.
            long id = account.getJsonNumber("id").longValue();
            long version = Api.as("admin").get("/api/v1/accounts/" + id).json().getJsonNumber("version").longValue();
            Api.Answer disabled = Api.as("admin").put("/api/v1/accounts/" + id, """
                    {"displayName": "重置测试", "roles": ["NATIONAL_REVIEWER"], "enabled": false, "version": %d}"""
                    .formatted(version));
            assertEquals(200, disabled.status(), disabled::toString);
            user.open("/index.xhtml");
            user.waitForUrl("login.xhtml");
        }
    }
}
