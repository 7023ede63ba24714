package org.pilotops.cases.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.pilotops.testing.Api;
import org.pilotops.testing.Fixtures;

/**
 * {@code GET /api/v1/case-compilations/{year}?format=pdf|docx} against the packaged portal: a case this
 * test writes, submits and has selected is in both documents under its content area (read back with
 * PDFBox and POI); a case only submitted is not; only national reviewers get the compilation; a format
 * other than PDF or DOCX is refused naming {@code format}, and a year that is not a reporting year is 404.
 */
class CaseCompilationApiIT {

    final Api national = Api.as("national");

    @Test
    void theSelectedCasesCompiledByAreaInPdfAndDocxForNationalReviewersOnly() throws IOException {
        int province = Fixtures.someProvince();
        long city = Fixtures.city(province, "汇编测试市");
        Fixtures.Account reporter = Fixtures.reporter(city, false);
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String selected = "知识产权保护中心快速维权案例" + suffix;
        String submitted = "仅提交未选定的培训案例" + suffix;
        long selectedId = submittedCase(reporter.api(), city, "PROTECTION", selected);
        submittedCase(reporter.api(), city, "TALENT", submitted);
        Api.Answer select = national.post("/api/v1/cases/" + selectedId + "/select", "{\"comment\": \"选入汇编。\"}");
        assertEquals(200, select.status(), select::toString);

        HttpResponse<byte[]> pdf = national.download("/api/v1/case-compilations/2020?format=pdf");
        assertEquals(200, pdf.statusCode());
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
        assertTrue(pdf.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"));
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", "");
            int title = text.lastIndexOf(selected);
            assertTrue(title > 0, "the selected case is compiled");
            assertTrue(text.lastIndexOf("知识产权保护", title) >= 0, "under its area");
            assertTrue(text.indexOf("汇编测试市", title) > title, "with its city under the title");
            assertTrue(!text.contains(submitted), "a case only submitted is not compiled");
        }

        HttpResponse<byte[]> docx = national.download("/api/v1/case-compilations/2020?format=docx");
        assertEquals(200, docx.statusCode());
        assertEquals("application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                docx.headers().firstValue("Content-Type").orElse(""));
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx.body()))) {
            List<XWPFParagraph> paragraphs = document.getParagraphs();
            String area = null;
            String areaOfCase = null;
            for (XWPFParagraph p : paragraphs) {
                if ("Heading1".equals(p.getStyleID())) {
                    area = p.getText();
                } else if ("Heading2".equals(p.getStyleID()) && p.getText().contains(selected)) {
                    areaOfCase = area;
                }
                assertTrue(!p.getText().contains(submitted), "a case only submitted is not compiled");
            }
            assertTrue(areaOfCase != null && areaOfCase.contains("知识产权保护"), "a heading of its own under its area: " + areaOfCase);
        }

        for (Api other : List.of(reporter.api(), Fixtures.provinceReviewer(province).api(), Api.as("admin"))) {
            assertEquals(403, other.get("/api/v1/case-compilations/2020?format=pdf").status());
        }
        Api.Answer xlsx = national.get("/api/v1/case-compilations/2020?format=xlsx");
        assertEquals(400, xlsx.status(), xlsx::toString);
        assertTrue(xlsx.body().contains("\"format\""), xlsx::toString);
        assertEquals(404, national.get("/api/v1/case-compilations/2031?format=pdf").status());
    }

    private static long submittedCase(Api reporter, long city, String area, String title) {
        Api.Answer created = reporter.post("/api/v1/cities/" + city + "/cases", """
                {"area": "%s", "title": "%s", "background": "背景。", "measures": "做法一。\\n做法二。",
                 "results": "成效：服务企业 30 家。"}""".formatted(area, title));
        assertEquals(201, created.status(), created::toString);
        long id = created.json().getJsonNumber("id").longValue();
        Api.Answer submit = reporter.post("/api/v1/cases/" + id + "/submit", "{}");
        assertEquals(200, submit.status(), submit::toString);
        return id;
    }
}
