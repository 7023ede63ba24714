package org.pilotops.summary.control;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.pilotops.summary.entity.SummarySection;
import org.pilotops.summary.entity.SummaryStep;

/**
 * A summary as a workbook for reviewers who compare cities in a spreadsheet: the texts on one sheet, the
 * indicators as numbers (not text) on another, the review's history on a third.
 */
public final class SummaryWorkbook {

    private SummaryWorkbook() {
    }

    public static void write(SummaryReport report, OutputStream out) {
        try (Workbook workbook = new XSSFWorkbook()) {
            CellStyle wrapped = workbook.createCellStyle();
            wrapped.setWrapText(true);
            Sheet texts = workbook.createSheet(report.text("summary.doc.sheet.texts"));
            texts.setColumnWidth(0, 24 * 256);
            texts.setColumnWidth(1, 100 * 256);
            row(texts, report.title());
            row(texts, report.text("summary.doc.status"), report.text("enum.SummaryStatus." + report.summary().getStatus().name()));
            row(texts, report.text("summary.doc.dueDate"), String.valueOf(report.dueDate()));
            row(texts, report.text("summary.doc.submittedAt"), report.when(report.summary().getFirstSubmittedAt()));
            for (SummarySection section : SummarySection.values()) {
                Row row = row(texts, report.text("enum.SummarySection." + section.name()), text(report.summary().section(section)));
                row.getCell(1).setCellStyle(wrapped);
            }
            row(texts, report.text("summary.doc.plan", String.valueOf(report.summary().getYear() + 1)),
                    text(report.summary().getNextYearPlan())).getCell(1).setCellStyle(wrapped);

            Sheet figures = workbook.createSheet(report.text("summary.doc.indicators"));
            figures.setColumnWidth(0, 40 * 256);
            row(figures, column(report, "indicator"), column(report, "thisYear"), column(report, "lastYear"),
                    column(report, "target"));
            for (IndicatorLine line : report.indicators().lines()) {
                Row row = row(figures, report.text("indicator." + line.indicator().name()));
                number(row, 1, line.figure());
                number(row, 2, line.previous());
                number(row, 3, line.target());
            }

            Sheet history = workbook.createSheet(report.text("summary.doc.history"));
            row(history, column(report, "at"), column(report, "action"), column(report, "actor"), column(report, "comment"));
            for (SummaryStep step : report.summary().getHistory()) {
                row(history, report.when(step.getAt()), report.text("enum.SummaryAction." + step.getAction()),
                        step.getActor(), text(step.getComment()));
            }
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String column(SummaryReport report, String name) {
        return report.text("summary.doc.column." + name);
    }

    /** A text cell: a string cell is never read as a formula, whatever it starts with. */
    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static Row row(Sheet sheet, String... values) {
        Row row = sheet.createRow(sheet.getPhysicalNumberOfRows());
        for (int i = 0; i < values.length; i++) {
            row.createCell(i).setCellValue(values[i]);
        }
        return row;
    }

    private static void number(Row row, int column, BigDecimal value) {
        Cell cell = row.createCell(column);
        if (value != null) {
            cell.setCellValue(value.doubleValue());
        }
    }
}
