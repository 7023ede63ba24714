package org.pilotops.dashboard.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.pilotops.summary.boundary.IndicatorTrend;
import org.pilotops.summary.boundary.SummaryOverview;

/** The dashboard's workbook holds the page's tables as numbers, in the reader's language. */
class DashboardWorkbookTest {

    private static final List<Integer> YEARS = List.of(2017, 2018, 2019, 2020);

    @Test
    void theNationsTablesAsNumbersInChinese() throws IOException {
        try (Workbook book = write(Locale.SIMPLIFIED_CHINESE)) {
            Sheet records = book.getSheet("工作记录");
            assertEquals("2019", records.getRow(0).getCell(3).getStringCellValue());
            Row vouchers = find(records, "创新券 / 专利服务券");
            assertEquals(12, vouchers.getCell(3).getNumericCellValue());
            assertEquals(0, vouchers.getCell(1).getNumericCellValue(), "a year without records is 0");
            assertEquals(12 + 5, find(records, "合计").getCell(3).getNumericCellValue());
            assertEquals(5000.5, find(records, "券面金额").getCell(3).getNumericCellValue());

            Sheet indicators = book.getSheet("指标");
            Row projects = find(indicators, "专利导航项目数");
            assertEquals(3, projects.getCell(3).getNumericCellValue());
            assertNull(projects.getCell(1), "not reported stays empty, never 0");

            Sheet provinces = book.getSheet("各省对比");
            Row jiangsu = find(provinces, "江苏省");
            assertEquals(0.5, jiangsu.getCell(jiangsu.getLastCellNum() - 2).getNumericCellValue(), "reporting rate as a share");
            assertNotNull(book.getSheet("报送率"));
        }
    }

    @Test
    void englishNames() throws IOException {
        try (Workbook book = write(Locale.ENGLISH)) {
            assertNotNull(find(book.getSheet("Provinces"), "Jiangsu"));
            assertNotNull(find(book.getSheet("Records"), "Innovation and patent-service vouchers"));
        }
    }

    private static Workbook write(Locale locale) throws IOException {
        Map<Integer, BigDecimal> projects = new TreeMap<>(Map.of(2019, new BigDecimal("3")));
        IndicatorTrend trend = new IndicatorTrend(YEARS, List.of(new IndicatorTrend.Series("NAVIGATION_PROJECTS",
                "NAVIGATION", "COUNT", true, null, projects, Map.of())));
        SummaryOverview.Rates half = new SummaryOverview.Rates(2, 1, 1, 0);
        Dashboard dashboard = new Dashboard(Dashboard.Level.NATION, null, null, 2019, YEARS,
                List.of("navigation-projects", "vouchers"),
                Map.of("vouchers", Map.of(2019, 12L), "navigation-projects", Map.of(2019, 5L)),
                Map.of("vouchers", Map.of(2019, new BigDecimal("5000.50"))), trend,
                new TreeMap<>(Map.of(2017, half, 2018, half, 2019, half, 2020, half)),
                List.of(new Dashboard.Part(320000, "江苏省", "Jiangsu", Map.of("vouchers", 12L), half)), List.of());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DashboardWorkbook.write(dashboard, locale, out);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    private static Row find(Sheet sheet, String first) {
        for (Row row : sheet) {
            if (row.getCell(0) != null && first.equals(row.getCell(0).getStringCellValue().strip())) {
                return row;
            }
        }
        throw new AssertionError("no row " + first + " in " + sheet.getSheetName());
    }
}
