package org.pilotops.summary.boundary;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.pilotops.city.boundary.CityDto;
import org.pilotops.city.boundary.ProvinceDto;
import org.pilotops.platform.i18n.Messages;
import org.pilotops.platform.time.ApplicationClock;

/**
 * A year's overview as a workbook, for reviewers who report the programme's progress onwards: each
 * city's state and timeliness on one sheet, the counts and rates per province and in all on another.
 * Counts are numbers and rates are numbers formatted as percentages, so the sheet sums and charts.
 */
public final class SummaryOverviewWorkbook {

    private SummaryOverviewWorkbook() {
    }

    public static void write(SummaryOverview overview, Locale locale, OutputStream out) {
        boolean english = "en".equals(locale.getLanguage());
        try (Workbook workbook = new XSSFWorkbook()) {
            CellStyle percent = workbook.createCellStyle();
            percent.setDataFormat(workbook.createDataFormat().getFormat("0.0%"));

            Sheet cities = workbook.createSheet(text(locale, "summary.overview.sheet.cities"));
            cities.setColumnWidth(0, 16 * 256);
            cities.setColumnWidth(1, 16 * 256);
            cities.setColumnWidth(4, 18 * 256);
            header(cities, locale, "province", "city", "status", "timeliness", "submittedAt");
            for (SummaryOverview.Line line : overview.cities()) {
                Row row = cities.createRow(cities.getPhysicalNumberOfRows());
                row.createCell(0).setCellValue(name(line.province(), english));
                row.createCell(1).setCellValue(name(line.city(), english));
                row.createCell(2).setCellValue(text(locale, "enum.SummaryStatus." + line.status().name()));
                row.createCell(3).setCellValue(text(locale, "enum.SubmissionTimeliness." + line.timeliness().name()));
                row.createCell(4).setCellValue(line.submittedAt() == null ? "" : ApplicationClock.MINUTE.format(line.submittedAt()));
            }

            Sheet rates = workbook.createSheet(text(locale, "summary.overview.sheet.rates"));
            rates.setColumnWidth(0, 16 * 256);
            header(rates, locale, "province", "expected", "submitted", "onTime", "late", "missing", "reportingRate", "onTimeRate");
            for (SummaryOverview.ProvinceRates province : overview.provinces()) {
                rates(rates, name(province.province(), english), province.rates(), percent);
            }
            rates(rates, text(locale, "summary.overview.all"), overview.all(), percent);
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void rates(Sheet sheet, String name, SummaryOverview.Rates rates, CellStyle percent) {
        Row row = sheet.createRow(sheet.getPhysicalNumberOfRows());
        row.createCell(0).setCellValue(name);
        List<Integer> counts = List.of(rates.expected(), rates.submitted(), rates.onTime(), rates.late(), rates.missing());
        for (int i = 0; i < counts.size(); i++) {
            row.createCell(1 + i).setCellValue(counts.get(i));
        }
        rate(row, 6, rates.reportingRate(), percent);
        rate(row, 7, rates.onTimeRate(), percent);
    }

    private static void rate(Row row, int column, BigDecimal rate, CellStyle percent) {
        if (rate != null) {
            var cell = row.createCell(column);
            cell.setCellValue(rate.doubleValue());
            cell.setCellStyle(percent);
        }
    }

    private static void header(Sheet sheet, Locale locale, String... columns) {
        Row row = sheet.createRow(sheet.getPhysicalNumberOfRows());
        for (int i = 0; i < columns.length; i++) {
            row.createCell(i).setCellValue(text(locale, "summary.overview.column." + columns[i]));
        }
    }

    private static String name(CityDto city, boolean english) {
        return english && city.nameEn() != null ? city.nameEn() : city.nameZh();
    }

    private static String name(ProvinceDto province, boolean english) {
        return english && province.nameEn() != null ? province.nameEn() : province.nameZh();
    }

    private static String text(Locale locale, String key) {
        return Messages.text(locale, key, List.of());
    }
}
