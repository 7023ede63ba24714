package org.pilotops.account.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.pilotops.testing.Api;
import org.pilotops.testing.Browser;
import org.pilotops.testing.BrowserTest;
import org.pilotops.testing.Fixtures;

/**
 * A new password ends the account's other portal sessions (issue 21 §7): whoever knew the old one and
 * signed in with it elsewhere is out at their next page, whether the owner changed it on the page, through
 * the API, or an administrator reset it. The session that changed it stays signed in.
 */
@BrowserTest
class PasswordSessionsBrowserIT {

    @Test
    void aNewPasswordEndsTheAccountsOtherSessionsButNotTheOneThatChoseIt() {
        Fixtures.Account account = Fixtures.account("{\"roles\": [\"NATIONAL_REVIEWER\"]}", false);
        String username = account.username();
        String second = "Sessions-IT-second-passphrase";
        String third = "Sessions-IT-third-passphrase";
        try (Browser owner = new Browser(); Browser elsewhere = new Browser()) {
            owner.signIn(username, Fixtures.PASSWORD);
            elsewhere.signIn(username, Fixtures.PASSWORD);

            // Changed on the page: the page's own session goes on, the other one is ended.
            owner.open("/account/password.xhtml");
            owner.type("password:current", Fixtures.PASSWORD);
            owner.type("password:new", second);
            owner.type("password:repeat", second);
            owner.click("password:submit");
            owner.waitForUrl("index.xhtml");
            owner.waitForText(By.tagName("h1"), username);
            owner.open("/account/password.xhtml");
            owner.waitForText(By.tagName("h1"), "修改密码");
            assertTrue(owner.driver().getCurrentUrl().contains("account/password.xhtml"), "still signed in");

            elsewhere.open("/index.xhtml");
            elsewhere.waitForUrl("login.xhtml");

            // Changed through the API (which has no session): every portal session of the account ends.
            elsewhere.signIn(username, second);
            Api.Answer changed = Api.withPassword(username, second).put("/api/v1/me/password",
                    "{\"current\": \"%s\", \"new\": \"%s\"}".formatted(second, third));
            assertEquals(204, changed.status(), changed::toString);
            owner.open("/index.xhtml");
            owner.waitForUrl("login.xhtml");
            elsewhere.open("/index.xhtml");
            elsewhere.waitForUrl("login.xhtml");

            // Reset by an administrator: the account's session ends, the administrator's own does not.
            owner.signIn(username, third);
            try (Browser admin = new Browser()) {
                admin.signIn("admin");
                Api.Answer reset = Api.as("admin").post("/api/v1/accounts/" + account.id() + "/password-reset", "");
                assertEquals(200, reset.status(), reset::toString);
                owner.open("/index.xhtml");
                owner.waitForUrl("login.xhtml");
                admin.open("/account/list.xhtml");
                admin.waitForText(By.id("accounts"), username);
            }
        }
    }

    @Test
    void thePasswordPageChecksTheCurrentPasswordThroughTheLoginThrottle() {
        Fixtures.Account account = Fixtures.account("{\"roles\": [\"NATIONAL_REVIEWER\"]}", false);
        try (Browser user = new Browser()) {
            user.signIn(account.username(), Fixtures.PASSWORD);
            user.open("/account/password.xhtml");
            String said = "";
            // Three wrong current passwords are free; the delays after them double, so within a few more
            // tries one comes sooner than its delay allows, however slowly this browser types.
            for (int attempt = 1; attempt <= 12 && !said.contains("秒后再试"); attempt++) {
                user.type("password:current", "wrong-current-" + attempt);
                user.type("password:new", "Sessions-IT-never-set-passphrase");
                user.type("password:repeat", "Sessions-IT-never-set-passphrase");
                user.click("password:submit");
                user.settle();
                user.waitForText(By.id("password:messages"), "。");
                said = user.text(By.id("password"));
            }
            assertTrue(said.contains("秒后再试"), said);
            assertTrue(said.contains("当前密码输错次数过多"), "beside the current password: " + said);
            // Still signed in: guessing the current password costs time, not the session.
            user.open("/index.xhtml");
            user.waitForText(By.tagName("h1"), account.username());
        }
        // From another address: the browser's own is behind the delay now, for sign-ins too.
        Api.Answer unchanged = account.api().send(account.api().request("/api/v1/me")
                .header("X-Forwarded-For", "198.51.100.77").GET());
        assertEquals(200, unchanged.status(), "the password was not changed: " + unchanged);
    }
}
