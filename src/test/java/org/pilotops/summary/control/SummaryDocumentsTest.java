package org.pilotops.summary.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.pilotops.summary.entity.AnnualSummary;
import org.pilotops.summary.entity.Indicator;
import org.pilotops.summary.entity.ReportingYear;
import org.pilotops.summary.entity.SubmissionTimeliness;
import org.pilotops.summary.entity.SummaryDraft;
import org.pilotops.summary.entity.SummarySection;

/** A summary's PDF and workbook read back: the Chinese text is there, in a font the PDF carries itself. */
class SummaryDocumentsTest {

    private static final Clock DECEMBER = Clock.fixed(Instant.parse("2019-12-20T02:00:00Z"), ZoneId.of("Asia/Shanghai"));

    private static SummaryReport report(Locale locale) {
        ReportingYear year = ReportingYear.withDefaults(2019);
        AnnualSummary summary = new AnnualSummary(1, 2019);
        Map<SummarySection, String> sections = new EnumMap<>(SummarySection.class);
        for (SummarySection section : SummarySection.values()) {
            sections.put(section, "本年度" + section.name() + "工作稳步推进。\n第二段：完成既定目标。");
        }
        sections.put(SummarySection.NAVIGATION, "围绕高端装备产业开展专利导航，形成导航报告三份。");
        summary.revise(year, "city-zjg", DECEMBER, new SummaryDraft(sections, "二〇二〇年继续深化专利导航。",
                Map.of(Indicator.PLEDGE_FINANCINGS, new BigDecimal("8"))));
        Map<Indicator, BigDecimal> now = new EnumMap<>(Indicator.class);
        now.put(Indicator.PLEDGE_FINANCINGS, new BigDecimal("6"));
        now.put(Indicator.PLEDGE_AMOUNT, new BigDecimal("1234567.5"));
        Map<Indicator, BigDecimal> before = new EnumMap<>(Indicator.class);
        before.put(Indicator.PLEDGE_FINANCINGS, new BigDecimal("4"));
        IndicatorTable table = new IndicatorTable(Indicators.measured(2019, now), Indicators.measured(2018, before),
                Map.of(Indicator.PLEDGE_FINANCINGS, new BigDecimal("5")));
        summary.submit(year, "city-zjg", DECEMBER, table.toJson(), null);
        return new SummaryReport(summary, "张家港市", table, LocalDate.of(2019, 12, 31), SubmissionTimeliness.ON_TIME, locale);
    }

    @Test
    void thePdfCarriesTheChineseTextInAnEmbeddedFont() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SummaryPdf.write(report(Locale.SIMPLIFIED_CHINESE), out);
        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.contains("张家港市 2019 年度知识产权工作总结和 2020 年度工作计划"), text);
            assertTrue(text.contains("围绕高端装备产业开展专利导航"), "a section's words");
            assertTrue(text.contains("二〇二〇年继续深化专利导航"), "the plan");
            assertTrue(text.contains("1,234,567.50"), "amounts grouped");
            assertTrue(text.contains("+50.0 %"), "the change on last year");
            assertTrue(text.contains("按时提交"), "on time");
            PDFont font = pdf.getPage(0).getResources().getFont(pdf.getPage(0).getResources().getFontNames().iterator().next());
            assertTrue(font.isEmbedded(), "the font travels with the PDF: " + font.getName());
            assertTrue(font.getName().contains("NotoSansSC"), font.getName());
        }
    }

    @Test
    void theWorkbookHasTheTextsTheFiguresAsNumbersAndTheHistory() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SummaryWorkbook.write(report(Locale.ENGLISH), out);
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertEquals(3, workbook.getNumberOfSheets());
            assertEquals("张家港市: work summary 2019 and work plan 2020", workbook.getSheetAt(0).getRow(0).getCell(0).getStringCellValue());
            var figures = workbook.getSheetAt(1);
            boolean found = false;
            for (var row : figures) {
                if (row.getRowNum() > 0 && row.getCell(1) != null && row.getCell(1).getNumericCellValue() == 1234567.5) {
                    found = true;
                }
            }
            assertTrue(found, "the pledged amount as a number");
            assertEquals("Edit", workbook.getSheetAt(2).getRow(1).getCell(1).getStringCellValue(), "the draft begun");
            assertEquals("Submit", workbook.getSheetAt(2).getRow(2).getCell(1).getStringCellValue());
        }
    }
}
