package org.pilotops.cases.control;

import com.lowagie.text.BadElementException;
import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfDestination;
import com.lowagie.text.pdf.PdfOutline;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.pilotops.cases.control.CompilationContent.Chapter;
import org.pilotops.cases.control.CompilationText.Section;
import org.pilotops.platform.document.PdfFonts;
import org.pilotops.platform.document.PdfLayout;

/**
 * The compilation as the PDF the national offices circulate: a cover, a table of contents with page
 * numbers, then one chapter per content area with its cases, city by city. Chinese is set in the embedded
 * Noto Sans SC ({@link PdfFonts}); every chapter and case is a bookmark, and every contents line a link.
 *
 * <p>Written in one pass: the contents come before the chapters, so each of its page numbers is a small
 * template that is filled in when the heading it points to is laid out (the templates are written out
 * when the document closes). The contents' length does not depend on the numbers, so nothing moves.
 */
public final class CaseCompilationPdf {

    /** Wide enough for a four-digit page number. */
    private static final float NUMBER_WIDTH = 36;
    private static final float NUMBER_HEIGHT = 14;
    private static final float NUMBER_BASELINE = 3;
    /** Below a heading, room for at least two lines of what it heads; else the heading starts the next page. */
    private static final float SECTION_ROOM = 60;
    private static final float CASE_ROOM = 110;

    private CaseCompilationPdf() {
    }

    public static void write(CompilationContent content, Locale locale, OutputStream out) {
        CompilationText text = new CompilationText(locale);
        List<Chapter> chapters = content.chapters();
        Document document = new Document(PageSize.A4, 64, 64, 64, 72);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setViewerPreferences(PdfWriter.PageModeUseOutlines);
            Anchors anchors = new Anchors();
            writer.setPageEvent(anchors);
            writer.setPageEvent(PdfLayout.pageNumbers(2, text::page));
            document.addTitle(text.title(content.year()));
            document.addCreator("PilotOps");
            document.open();
            cover(document, content, text);
            if (!chapters.isEmpty()) {
                document.newPage();
                contents(document, writer, anchors, chapters, text);
                body(document, writer, chapters, text);
            }
        } catch (DocumentException e) {
            throw new IllegalStateException("Cannot write the case compilation's PDF", e);
        } finally {
            document.close();
        }
    }

    private static void cover(Document document, CompilationContent content, CompilationText text)
            throws DocumentException {
        Paragraph title = PdfLayout.paragraph(String.join("\n", text.coverTitle(content.year())),
                PdfFonts.strong(22), 48);
        title.setAlignment(Element.ALIGN_CENTER);
        title.setSpacingBefore(180);
        title.setLeading(34);
        document.add(title);
        for (String line : text.coverLines(content)) {
            Paragraph fact = PdfLayout.paragraph(line, PdfFonts.body(), 8);
            fact.setAlignment(Element.ALIGN_CENTER);
            document.add(fact);
        }
        if (content.isEmpty()) {
            Paragraph none = PdfLayout.paragraph(text.text("cases.compilation.empty"), PdfFonts.strong(), 0);
            none.setAlignment(Element.ALIGN_CENTER);
            none.setSpacingBefore(36);
            document.add(none);
        }
    }

    /** The contents: each chapter and each case, with the page it starts on, linked to it. */
    private static void contents(Document document, PdfWriter writer, Anchors anchors, List<Chapter> chapters,
                                 CompilationText text) throws DocumentException {
        anchors.title(Anchors.CONTENTS, text.text("cases.compilation.contents"));
        Paragraph heading = new Paragraph(new Chunk(text.text("cases.compilation.contents"), PdfFonts.heading(1))
                .setGenericTag(Anchors.CONTENTS));
        heading.setAlignment(Element.ALIGN_CENTER);
        heading.setSpacingAfter(18);
        document.add(heading);
        PdfPTable table = new PdfPTable(new float[] {10, 1});
        table.setWidthPercentage(100);
        table.setSplitLate(false);
        int index = 0;
        for (Chapter chapter : chapters) {
            String tag = Anchors.chapter(chapter);
            anchors.title(tag, text.chapter(chapter));
            addLine(table, writer, anchors, tag, text.chapter(chapter), PdfFonts.strong(), 0, 6);
            for (CompiledCase c : chapter.cases()) {
                String caseTag = Anchors.compiledCase(++index);
                anchors.title(caseTag, c.title());
                addLine(table, writer, anchors, caseTag, c.title() + "  " + text.place(c), PdfFonts.body(), 21, 2);
            }
        }
        document.add(table);
    }

    private static void addLine(PdfPTable table, PdfWriter writer, Anchors anchors, String tag, String line, Font font,
                                float indent, float before) {
        PdfPCell entry = new PdfPCell(new Phrase(new Chunk(line, font).setLocalGoto(tag)));
        entry.setBorder(Rectangle.NO_BORDER);
        entry.setPaddingLeft(indent);
        entry.setPaddingTop(before);
        table.addCell(entry);
        PdfTemplate number = writer.getDirectContent().createTemplate(NUMBER_WIDTH, NUMBER_HEIGHT);
        anchors.pageNumber(tag, number, font);
        PdfPCell page;
        try {
            page = new PdfPCell(new Phrase(new Chunk(Image.getInstance(number), 0, -NUMBER_BASELINE)));
        } catch (BadElementException e) {
            throw new IllegalStateException(e);
        }
        page.setBorder(Rectangle.NO_BORDER);
        page.setPaddingTop(before);
        page.setHorizontalAlignment(Element.ALIGN_RIGHT);
        table.addCell(page);
    }

    private static void body(Document document, PdfWriter writer, List<Chapter> chapters, CompilationText text)
            throws DocumentException {
        int index = 0;
        for (Chapter chapter : chapters) {
            document.newPage();
            String tag = Anchors.chapter(chapter);
            Paragraph heading = new Paragraph(new Chunk(text.chapter(chapter), PdfFonts.heading(1))
                    .setGenericTag(tag).setLocalDestination(tag));
            heading.setSpacingAfter(12);
            document.add(heading);
            for (CompiledCase c : chapter.cases()) {
                String caseTag = Anchors.compiledCase(++index);
                keepRoom(document, writer, CASE_ROOM);
                Paragraph title = new Paragraph(new Chunk(c.title(), PdfFonts.heading(2))
                        .setGenericTag(caseTag).setLocalDestination(caseTag));
                title.setSpacingBefore(index == 1 ? 0 : 12);
                title.setSpacingAfter(2);
                document.add(title);
                document.add(PdfLayout.paragraph(text.place(c), PdfFonts.small(), 6));
                addSection(document, writer, text.section(Section.BACKGROUND), c.background(), text);
                addSection(document, writer, text.section(Section.MEASURES), c.measures(), text);
                addSection(document, writer, text.section(Section.RESULTS), c.results(), text);
                keepRoom(document, writer, SECTION_ROOM);
                document.add(PdfLayout.paragraph(text.section(Section.BACKING), PdfFonts.heading(3), 4));
                if (c.backingFacts().isEmpty()) {
                    document.add(PdfLayout.narrative(null, text.text("cases.compilation.noBacking")).get(0));
                }
                int number = 0;
                for (String fact : c.backingFacts()) {
                    Paragraph line = PdfLayout.paragraph(++number + ". " + fact, PdfFonts.body(), 2);
                    line.setIndentationLeft(21);
                    document.add(line);
                }
            }
        }
    }

    private static void addSection(Document document, PdfWriter writer, String label, String narrative,
                                   CompilationText text) throws DocumentException {
        keepRoom(document, writer, SECTION_ROOM);
        document.add(PdfLayout.paragraph(label, PdfFonts.heading(3), 4));
        for (Paragraph paragraph : PdfLayout.narrative(narrative, text.text("cases.compilation.noText"))) {
            document.add(paragraph);
        }
    }

    /** OpenPDF cannot keep a heading with the next paragraph: start a new page when too little room is left. */
    private static void keepRoom(Document document, PdfWriter writer, float room) {
        if (writer.getVerticalPosition(false) - document.bottom() < room) {
            document.newPage();
        }
    }

    /**
     * Where the contents and the headings land: on the first placement of a heading it becomes a bookmark
     * (cases under their chapter) and its page number is written into the contents' template.
     */
    private static final class Anchors extends PdfPageEventHelper {

        static final String CONTENTS = "contents";

        private final Map<String, String> titles = new HashMap<>();
        private final Map<String, PdfTemplate> numbers = new HashMap<>();
        private final Map<String, Font> fonts = new HashMap<>();
        private final Set<String> placed = new HashSet<>();
        private PdfOutline currentChapter;

        static String chapter(Chapter chapter) {
            return "area-" + chapter.area().name();
        }

        static String compiledCase(int index) {
            return "case-" + index;
        }

        void title(String tag, String title) {
            titles.put(tag, title);
        }

        void pageNumber(String tag, PdfTemplate template, Font font) {
            numbers.put(tag, template);
            fonts.put(tag, font);
        }

        @Override
        public void onGenericTag(PdfWriter writer, Document document, Rectangle where, String tag) {
            if (!placed.add(tag)) {
                return; // a heading that wraps is reported once per line; its first line counts
            }
            PdfDestination destination = new PdfDestination(PdfDestination.FITH, where.getTop() + 12);
            if (CONTENTS.equals(tag)) {
                new PdfOutline(writer.getRootOutline(), destination, titles.get(tag), true);
                return;
            }
            if (tag.startsWith("area-")) {
                currentChapter = new PdfOutline(writer.getRootOutline(), destination, titles.get(tag), true);
            } else {
                new PdfOutline(currentChapter == null ? writer.getRootOutline() : currentChapter, destination,
                        titles.get(tag), true);
            }
            PdfTemplate number = numbers.get(tag);
            if (number != null) {
                number.beginText();
                number.setFontAndSize(fonts.get(tag).getBaseFont(), fonts.get(tag).getSize());
                number.showTextAligned(PdfContentByte.ALIGN_RIGHT, String.valueOf(writer.getPageNumber()),
                        NUMBER_WIDTH, NUMBER_BASELINE, 0);
                number.endText();
            }
        }
    }
}
