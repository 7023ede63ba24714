package org.pilotops.records.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.pilotops.testing.Browser;

/**
 * The portal's import: a dry run lists every bad row with its field and message and allows no import;
 * a clean file, once checked, imports. Headless Chromium against the packaged WAR.
 */
class RecordImportBrowserIT {

    static final String HEADER = "title,type,industry,leadOrganisation,startDate,endDate,budget,status,smesReached";
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

    static Path file(String... lines) throws IOException {
        Path file = Files.createTempFile("pilotops-import-", ".csv");
        Files.writeString(file, String.join("\n", lines), StandardCharsets.UTF_8);
        return file;
    }

    void upload(Path file) {
        browser.driver().findElement(By.id("import:file_input")).sendKeys(file.toString());
        browser.waitForText(By.id("import:fileName"), file.getFileName().toString());
    }

    @Test
    void aDryRunListsTheBadRowsThenACleanFileImports() throws IOException {
        String tag = "页面导入" + UUID.randomUUID().toString().substring(0, 6);
        browser.open("/records/list.xhtml?kind=navigation-projects&city=1");
        browser.click("records:importFile");
        browser.waitForUrl("import.xhtml");

        upload(file(HEADER, tag + "好,INDUSTRY_PLANNING,新材料,科学技术局,2019-01-01,,100,ONGOING,1",
                tag + "坏,INDUSTRY,新材料,科学技术局,2019-01-01,,100,ONGOING,1"));
        browser.click("import:check");
        browser.waitForText(By.id("import:problems"), "“INDUSTRY”不是允许的取值");
        browser.screenshot("import-dry-run");
        String problems = browser.text(By.id("import:problems"));
        assertTrue(problems.contains("2") && problems.contains("type"), problems);
        assertFalse(browser.byId("import:store").isEnabled(), "a file with bad rows cannot be imported");

        upload(file(HEADER, tag + "一,INDUSTRY_PLANNING,新材料,科学技术局,2019-01-01,,100,ONGOING,1",
                tag + "二,ENTERPRISE_OPERATION,新材料,科学技术局,2019-02-01,,200,ONGOING,2"));
        browser.click("import:check");
        browser.waitForText(By.id("import:report"), "2 行可以导入");
        browser.click("import:store");
        browser.waitForText(By.id("import:stored"), "已导入 2 条记录");

        browser.open("/records/list.xhtml?kind=navigation-projects&city=1");
        browser.type(By.cssSelector("[id='records:table'] thead input.ui-column-filter"), tag);
        browser.waitForRows("records:table", 2);
    }
}
