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
import java.util.List;
import org.pilotops.testing.Api;
import org.pilotops.testing.Browser;
import org.pilotops.testing.BrowserTest;

/**
 * The portal's import: a dry run lists every bad row with its field and message and allows no import;
 * a clean file, once checked, imports. Headless Chromium against the packaged WAR.
 */
@BrowserTest
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
        // The previous step's answer may still be replacing the upload input; a file given to the old one is lost.
        browser.settle();
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
        browser.waitForText(By.id("import:report"), "新增 2 条，更新 0 条，未变 0 条，有误 0 行");
        browser.click("import:store");
        browser.waitForText(By.id("import:stored"), "已导入：新增 2 条");

        browser.open("/records/list.xhtml?kind=navigation-projects&city=1");
        browser.type(By.cssSelector("[id='records:table'] thead input.ui-column-filter"), tag);
        browser.waitForRows("records:table", 2);
    }

    /** A corrected export shows, before the user confirms, what it will add, update and leave as it is. */
    @Test
    void theCheckOfACorrectedExportCountsWhatItAddsUpdatesAndLeaves() throws IOException {
        String tag = "页面往返" + UUID.randomUUID().toString().substring(0, 6);
        Api city = Api.as("city-zjg");
        List<Long> ids = new java.util.ArrayList<>();
        for (String suffix : List.of("甲", "乙")) {
            ids.add(city.post("/api/v1/cities/1/navigation-projects", """
                    {"title": "%s", "type": "INDUSTRY_PLANNING", "industry": "新材料", "leadOrganisation": "科学技术局",
                     "startDate": "2019-01-01", "budget": "100", "status": "ONGOING", "smesReached": 1}"""
                    .formatted(tag + suffix)).json().getJsonNumber("id").longValue());
        }
        browser.open("/records/import.xhtml?kind=navigation-projects&city=1");
        upload(file("id," + HEADER,
                ids.get(0) + "," + tag + "甲改,INDUSTRY_PLANNING,新材料,科学技术局,2019-01-01,,100,ONGOING,1",
                ids.get(1) + "," + tag + "乙,INDUSTRY_PLANNING,新材料,科学技术局,2019-01-01,,100,ONGOING,1",
                "," + tag + "丙,INDUSTRY_PLANNING,新材料,科学技术局,2019-01-01,,100,ONGOING,1"));
        browser.click("import:check");
        try {
            browser.waitForText(By.id("import:report"), "共 3 行：新增 1 条，更新 1 条，未变 1 条，有误 0 行");
        } finally {
            browser.screenshot("import-round-trip-check");
        }
        browser.screenshot("import-round-trip");
        browser.click("import:store");
        browser.waitForText(By.id("import:stored"), "已导入：新增 1 条，更新 1 条，未变 1 条");
        assertTrue(city.get("/api/v1/cities/1/navigation-projects/" + ids.get(0)).json().getString("title").endsWith("甲改"));
    }
}
