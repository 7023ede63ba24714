package org.pilotops.cases.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.pilotops.testing.Browser;
import org.pilotops.testing.BrowserTest;

/**
 * A typical case's way through the portal, as its two people take it: 张家港市's reporter writes a case,
 * links a record that backs it, attaches a PDF (and has a renamed program refused), submits it; the
 * national reviewer sees it waiting on the home page, selects it, and downloads the 2020 compilation,
 * whose text holds the case under its content area.
 */
@BrowserTest
class CasesBrowserIT {

    @Test
    void writeSubmitSelectAndDownloadTheCompilation() throws IOException {
        String title = "浏览器测试案例：专利质押融资破解中小企业融资难 " + UUID.randomUUID().toString().substring(0, 6);
        try (Browser reporter = new Browser(); Browser national = new Browser()) {
            reporter.signIn("city-zjg");
            assertTrue(reporter.text(By.id("dueCases")).contains("典型案例（2020年）"), "the home page counts the cases");
            reporter.click("menu:cases");
            reporter.waitForUrl("cases/list.xhtml");
            reporter.click("list:create");
            reporter.waitForUrl("cases/edit.xhtml");

            // Saved without a title first: the refusal stands beside the field and nothing is stored.
            reporter.click("case:save");
            reporter.settle();
            assertFalse(reporter.text(By.cssSelector("[id='case:title'] + .ui-message-error, .ui-message-error")).isBlank(),
                    "a case needs its title");
            assertTrue(reporter.driver().getCurrentUrl().contains("city="), "still the new case");

            reporter.type("case:title", title);
            reporter.choose("case:area", "知识产权运营");
            reporter.type("case:background", "张家港市中小企业轻资产、缺抵押，融资难。");
            reporter.type("case:measures", "设立专利质押融资风险补偿资金池；\n银行、评估机构、担保机构联动。");
            reporter.type("case:results", "2020年专利质押融资 3.2 亿元，惠及中小企业 86 家。");
            reporter.click("case:links");
            reporter.click(By.cssSelector("[id='case:links_panel'] li.ui-selectcheckboxmenu-item .ui-chkbox-box"));
            reporter.click(By.cssSelector("[id='case:links_panel'] .ui-selectcheckboxmenu-close"));
            reporter.click("case:save");
            reporter.waitForUrl("id=");
            assertEquals("草稿", reporter.text(By.id("case:status")));
            reporter.waitForRows("case:linked", 1);

            Path pdf = Files.createTempFile("成效材料", ".pdf");
            Files.writeString(pdf, "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n",
                    StandardCharsets.ISO_8859_1);
            reporter.driver().findElement(By.id("files:upload_input")).sendKeys(pdf.toString());
            reporter.waitForRows("files:attachments", 1);
            Path renamed = Files.createTempFile("program", ".pdf");
            Files.write(renamed, new byte[]{'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0});
            reporter.driver().findElement(By.id("files:upload_input")).sendKeys(renamed.toString());
            reporter.waitForText(By.id("case:messages"), "PDF");
            reporter.waitForRows("files:attachments", 1);

            reporter.click("case:submit");
            reporter.click(By.cssSelector(".ui-confirmdialog-yes"));
            reporter.waitForText(By.id("case:status"), "已提交");
            assertTrue(reporter.driver().findElements(By.id("case:save")).isEmpty(), "a submitted case is not edited");
            reporter.screenshot("case-submitted");
            String caseUrl = reporter.driver().getCurrentUrl();

            national.signIn("national");
            assertTrue(national.text(By.id("reviewCases")).contains("篇典型案例待审核入选"));
            national.driver().get(caseUrl);
            national.type("review:comment", "做法可复制，选入汇编。");
            national.click(By.cssSelector("button.po-step-SELECT"));
            national.waitForText(By.id("case:status"), "已入选");
            assertTrue(national.text(By.id("review:history")).contains("做法可复制"));

            national.open("/cases/compilation.xhtml?year=2020");
            assertTrue(national.text(By.id("compilation:selected")).contains(title));
            byte[] compiled = national.download("compilation:pdf");
            try (PDDocument document = Loader.loadPDF(compiled)) {
                String text = new PDFTextStripper().getText(document).replaceAll("\\s+", "");
                int area = text.lastIndexOf("知识产权运营", text.indexOf(title.replaceAll("\\s+", "")));
                assertTrue(text.contains(title.replaceAll("\\s+", "")), "the selected case is compiled");
                assertTrue(area >= 0, "under its content area");
            }
            national.screenshot("case-compilation");
        }
    }
}
