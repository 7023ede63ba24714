package org.pilotops.dashboard.boundary;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.pilotops.platform.i18n.Messages;
import org.pilotops.summary.boundary.IndicatorTrend;

/**
 * A dashboard's figures as a workbook, the same tables the page shows, one sheet each: records (and main
 * amounts) per kind and year, the indicators per year (with a city's targets), the comparison of the year in
 * focus per province or city, and the reporting and on-time rates per year. Figures are numbers and rates
 * are numbers formatted as percentages, so reviewers can sum and chart them further.
 */
final class DashboardWorkbook {

    private final Dashboard dashboard;
    private final Locale locale;
    private final boolean english;
    private Workbook workbook;
    private CellStyle percent;
    private CellStyle money;

    private DashboardWorkbook(Dashboard dashboard, Locale locale) {
        this.dashboard = dashboard;
        this.locale = locale;
        this.english = "en".equals(locale.getLanguage());
    }

    static void write(Dashboard dashboard, Locale locale, OutputStream out) {
        new DashboardWorkbook(dashboard, locale).write(out);
    }

    private void write(OutputStream out) {
        try (Workbook book = new XSSFWorkbook()) {
            workbook = book;
            percent = style("0.0%");
            money = style("#,##0.00");
            records();
            indicators();
            if (!dashboard.parts().isEmpty()) {
                parts();
            }
            rates();
            book.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void records() {
        Sheet sheet = sheet("dashboard.sheet.records");
        List<String> header = new ArrayList<>(List.of(text("dashboard.column.kind")));
        dashboard.years().forEach(y -> header.add(Integer.toString(y)));
        row(sheet, header);
        for (String kind : dashboard.kinds()) {
            Row row = row(sheet, List.of(text("kind." + kind)));
            for (int i = 0; i < dashboard.years().size(); i++) {
                row.createCell(1 + i).setCellValue(dashboard.records(kind, dashboard.years().get(i)));
            }
        }
        Row total = row(sheet, List.of(text("dashboard.column.total")));
        for (int i = 0; i < dashboard.years().size(); i++) {
            total.createCell(1 + i).setCellValue(dashboard.totalRecords(dashboard.years().get(i)));
        }
        row(sheet, List.of());
        row(sheet, List.of(text("dashboard.amounts")));
        for (String kind : dashboard.kindsWithAmount()) {
            Row row = row(sheet, List.of(text("dashboard.amount." + kind)));
            for (int i = 0; i < dashboard.years().size(); i++) {
                number(row, 1 + i, dashboard.amount(kind, dashboard.years().get(i)), money);
            }
        }
    }

    private void indicators() {
        Sheet sheet = sheet("dashboard.sheet.indicators");
        boolean targets = dashboard.level() == Dashboard.Level.CITY;
        List<String> header = new ArrayList<>(List.of(text("dashboard.column.indicator")));
        for (int year : dashboard.years()) {
            header.add(Integer.toString(year));
            if (targets) {
                header.add(Messages.text(locale, "dashboard.column.target", List.of(year)));
            }
        }
        row(sheet, header);
        for (IndicatorTrend.Series series : dashboard.indicators().series()) {
            String name = text("indicator." + series.code());
            Row row = row(sheet, List.of(series.parent() == null ? name : "    " + name));
            int column = 1;
            for (int year : dashboard.years()) {
                number(row, column++, series.figure(year), style(series));
                if (targets) {
                    number(row, column++, series.target(year), style(series));
                }
            }
        }
    }

    private void parts() {
        Sheet sheet = sheet(dashboard.level() == Dashboard.Level.NATION ? "dashboard.sheet.provinces" : "dashboard.sheet.cities");
        List<String> header = new ArrayList<>(List.of(text(dashboard.level() == Dashboard.Level.NATION
                ? "home.province" : "records.city")));
        dashboard.kinds().forEach(kind -> header.add(text("kind." + kind)));
        header.addAll(List.of(text("dashboard.column.total"), text("summary.overview.column.reportingRate"),
                text("summary.overview.column.onTimeRate")));
        row(sheet, header);
        for (Dashboard.Part part : dashboard.parts()) {
            Row row = row(sheet, List.of(english && part.nameEn() != null ? part.nameEn() : part.nameZh()));
            int column = 1;
            for (String kind : dashboard.kinds()) {
                row.createCell(column++).setCellValue(part.records(kind));
            }
            row.createCell(column++).setCellValue(part.totalRecords());
            number(row, column++, part.rates().reportingRate(), percent);
            number(row, column, part.rates().onTimeRate(), percent);
        }
    }

    private void rates() {
        Sheet sheet = sheet("dashboard.sheet.rates");
        row(sheet, List.of(text("home.year"), text("summary.overview.column.expected"),
                text("summary.overview.column.submitted"), text("summary.overview.column.onTime"),
                text("summary.overview.column.reportingRate"), text("summary.overview.column.onTimeRate")));
        dashboard.rates().forEach((year, rates) -> {
            Row row = row(sheet, List.of(Integer.toString(year)));
            row.createCell(1).setCellValue(rates.expected());
            row.createCell(2).setCellValue(rates.submitted());
            row.createCell(3).setCellValue(rates.onTime());
            number(row, 4, rates.reportingRate(), percent);
            number(row, 5, rates.onTimeRate(), percent);
        });
    }

    private CellStyle style(IndicatorTrend.Series series) {
        return switch (series.unit()) {
            case "AMOUNT" -> money;
            case "RATIO" -> percent;
            default -> null;
        };
    }

    private Sheet sheet(String key) {
        Sheet sheet = workbook.createSheet(text(key));
        sheet.setColumnWidth(0, 36 * 256);
        return sheet;
    }

    private static Row row(Sheet sheet, List<String> texts) {
        Row row = sheet.createRow(sheet.getPhysicalNumberOfRows());
        for (int i = 0; i < texts.size(); i++) {
            row.createCell(i).setCellValue(texts.get(i));
        }
        return row;
    }

    private static void number(Row row, int column, BigDecimal value, CellStyle style) {
        if (value != null) {
            Cell cell = row.createCell(column);
            cell.setCellValue(value.doubleValue());
            if (style != null) {
                cell.setCellStyle(style);
            }
        }
    }

    private CellStyle style(String format) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(workbook.createDataFormat().getFormat(format));
        return style;
    }

    private String text(String key) {
        return Messages.text(locale, key, List.of());
    }
}
