package org.pilotops.home.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.pilotops.testing.Api;
import org.pilotops.testing.Browser;
import org.pilotops.testing.BrowserTest;

/**
 * Chinese text survives the portal's posts that are not Ajax (issue 21 §10): a plain form post (the sign-in
 * form, whose refused user name is shown again) and a multipart upload whose file name is Chinese. Both
 * were decoded as ISO-8859-1 when anything read a parameter before JSF set the encoding.
 */
@BrowserTest
class ChineseFormPostsBrowserIT {

    /** The smallest PNG: one transparent pixel. */
    private static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    @Test
    void aPlainPostKeepsChineseText() {
        try (Browser browser = new Browser()) {
            browser.open("/login.xhtml");
            browser.type("login:username", "张家港市填报员");
            browser.type("login:password", "不是这个密码不是这个密码");
            browser.click("login:submit");
            browser.waitForText(By.id("login:messages"), "。"); // refused: wrong password, or too many tries
            assertEquals("张家港市填报员", browser.byId("login:username").getAttribute("value"));
        }
    }

    @Test
    void aMultipartUploadKeepsAChineseFileName() throws Exception {
        Api reporter = Api.as("city-zjg");
        long id = reporter.post("/api/v1/cities/1/cases", "{\"title\": \"中文文件名案例\"}").json().getJsonNumber("id").longValue();
        Path file = Files.write(Files.createTempDirectory("upload").resolve("成效证明.png"), PNG);
        try (Browser browser = new Browser()) {
            browser.signIn("city-zjg");
            browser.open("/cases/edit.xhtml?id=" + id);
            browser.driver().findElement(By.id("files:upload_input")).sendKeys(file.toString());
            browser.waitForRows("files:attachments", 1);
            browser.waitForText(By.id("files:attachments"), "成效证明.png");
        }
        JsonObject stored = reporter.get("/api/v1/cases/" + id).json();
        assertEquals("成效证明.png", stored.getJsonArray("attachments").getJsonObject(0).getString("fileName"));
    }
}
