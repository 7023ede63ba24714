package org.pilotops.summary.control;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.OutputStream;
import org.pilotops.platform.document.PdfFonts;
import org.pilotops.platform.document.PdfLayout;
import org.pilotops.summary.entity.SummarySection;
import org.pilotops.summary.entity.SummaryStep;

/**
 * A summary as the PDF a reviewer files or prints: title, status and dates, the six sections and the
 * next year's plan, the indicators with last year and the targets, and the history of its review.
 * Chinese is set in the embedded Noto Sans SC ({@link PdfFonts}).
 */
public final class SummaryPdf {

    private static final Color RULE = new Color(0xDD, 0xDD, 0xDD);
    private static final Color HEAD = new Color(0xF3, 0xF3, 0xF3);

    private SummaryPdf() {
    }

    public static void write(SummaryReport report, OutputStream out) {
        Document document = new Document(PageSize.A4, 56, 56, 56, 56);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle(report.title());
            document.addCreator("PilotOps");
            document.open();
            document.add(PdfLayout.paragraph(report.title(), PdfFonts.heading(1), 12));
            document.add(PdfLayout.paragraph(facts(report), PdfFonts.small(), 12));
            for (SummarySection section : SummarySection.values()) {
                document.add(PdfLayout.paragraph(report.text("enum.SummarySection." + section.name()), PdfFonts.heading(2), 6));
                addText(document, report.summary().section(section));
            }
            document.add(PdfLayout.paragraph(report.text("summary.doc.plan", String.valueOf(report.summary().getYear() + 1)),
                    PdfFonts.heading(2), 6));
            addText(document, report.summary().getNextYearPlan());
            document.add(PdfLayout.paragraph(report.text("summary.doc.indicators"), PdfFonts.heading(2), 6));
            document.add(indicators(report));
            document.add(PdfLayout.paragraph(report.text("summary.doc.history"), PdfFonts.heading(2), 6));
            document.add(history(report));
        } catch (DocumentException e) {
            throw new IllegalStateException("Cannot write the summary's PDF", e);
        } finally {
            document.close();
        }
    }

    private static String facts(SummaryReport report) {
        var s = report.summary();
        StringBuilder facts = new StringBuilder()
                .append(report.text("summary.doc.status")).append(": ")
                .append(report.text("enum.SummaryStatus." + s.getStatus().name()))
                .append("    ").append(report.text("summary.doc.dueDate")).append(": ").append(report.dueDate());
        if (s.getFirstSubmittedAt() != null) {
            facts.append("    ").append(report.text("summary.doc.submittedAt")).append(": ")
                    .append(report.when(s.getFirstSubmittedAt()))
                    .append(" (").append(report.text("enum.SubmissionTimeliness." + report.timeliness().name())).append(')');
        }
        return facts.toString();
    }

    /** A narrative, paragraph by paragraph as it was typed; a dash when it is still empty. */
    private static void addText(Document document, String text) throws DocumentException {
        for (Paragraph paragraph : PdfLayout.narrative(text)) {
            document.add(paragraph);
        }
    }

    private static PdfPTable indicators(SummaryReport report) {
        PdfPTable table = table(new float[] {4.5f, 2, 2, 1.5f, 2, 1.5f});
        for (String column : new String[] {"indicator", "thisYear", "lastYear", "change", "target", "attainment"}) {
            table.addCell(cell(report.text("summary.doc.column." + column), PdfFonts.strong(), true));
        }
        for (IndicatorLine line : report.indicators().lines()) {
            if (line.figure() == null && line.previous() == null && line.target() == null) {
                continue;
            }
            var unit = line.indicator().unit();
            table.addCell(cell(report.text("indicator." + line.indicator().name()), PdfFonts.small(), false));
            table.addCell(number(SummaryReport.figure(unit, line.figure())));
            table.addCell(number(SummaryReport.figure(unit, line.previous())));
            table.addCell(number(SummaryReport.percent(line.relativeChange(), true)));
            table.addCell(number(SummaryReport.figure(unit, line.target())));
            table.addCell(number(SummaryReport.percent(line.attainment(), false)));
        }
        return table;
    }

    private static PdfPTable history(SummaryReport report) {
        PdfPTable table = table(new float[] {2.2f, 1.6f, 1.8f, 5});
        for (String column : new String[] {"at", "action", "actor", "comment"}) {
            table.addCell(cell(report.text("summary.doc.column." + column), PdfFonts.strong(), true));
        }
        for (SummaryStep step : report.summary().getHistory()) {
            table.addCell(cell(report.when(step.getAt()), PdfFonts.small(), false));
            table.addCell(cell(report.text("enum.SummaryAction." + step.getAction()), PdfFonts.small(), false));
            table.addCell(cell(step.getActor(), PdfFonts.small(), false));
            table.addCell(cell(step.getComment() == null ? "" : step.getComment(), PdfFonts.small(), false));
        }
        return table;
    }

    private static PdfPTable table(float[] widths) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        table.setSpacingAfter(12);
        return table;
    }

    private static PdfPCell cell(String text, Font font, boolean head) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setBorderColor(RULE);
        cell.setPadding(4);
        if (head) {
            cell.setBackgroundColor(HEAD);
        }
        return cell;
    }

    private static PdfPCell number(String text) {
        PdfPCell cell = cell(text, PdfFonts.small(), false);
        cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
        return cell;
    }
}
