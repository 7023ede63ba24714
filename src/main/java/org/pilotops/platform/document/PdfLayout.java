package org.pilotops.platform.document;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPageEvent;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * The paragraph styles and page furniture the platform's PDFs share, so an annual summary and the case
 * compilation read as documents of one programme: a narrative set paragraph by paragraph with a
 * two-character first-line indent, as Chinese prose is printed, and page numbers at the foot.
 */
public final class PdfLayout {

    /** Two characters of body text: the first-line indent of Chinese prose. */
    private static final float INDENT = 21;
    private static final float LEADING = 18;

    private PdfLayout() {
    }

    /** One line or block of text in one font, with the space it leaves below. */
    public static Paragraph paragraph(String text, Font font, float spacingAfter) {
        Paragraph paragraph = new Paragraph(new Chunk(text, font));
        paragraph.setSpacingAfter(spacingAfter);
        return paragraph;
    }

    /** A narrative, paragraph by paragraph as it was typed; {@code whenEmpty} when nothing was written. */
    public static List<Paragraph> narrative(String text, String whenEmpty) {
        String shown = text == null || text.isBlank() ? whenEmpty : text.strip();
        List<Paragraph> paragraphs = new ArrayList<>();
        for (String part : shown.split("\\R+")) {
            if (part.isBlank()) {
                continue;
            }
            Paragraph paragraph = paragraph(part.strip(), PdfFonts.body(), 4);
            paragraph.setFirstLineIndent(INDENT);
            paragraph.setLeading(LEADING);
            paragraphs.add(paragraph);
        }
        return paragraphs;
    }

    /** A narrative with a dash where nothing was written yet. */
    public static List<Paragraph> narrative(String text) {
        return narrative(text, "—");
    }

    /**
     * Page numbers centred below the text of every page from {@code firstNumbered} on (a cover stays
     * clean), written by {@code label} (e.g. 第 3 页); the number is the reader's page number, the one a
     * table of contents and a PDF viewer show.
     */
    public static PdfPageEvent pageNumbers(int firstNumbered, IntFunction<String> label) {
        return new PdfPageEventHelper() {
            @Override
            public void onEndPage(PdfWriter writer, Document document) {
                int page = writer.getPageNumber();
                if (page >= firstNumbered) {
                    ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_CENTER,
                            new Phrase(label.apply(page), PdfFonts.small()),
                            (document.left() + document.right()) / 2, document.bottom() - 28, 0);
                }
            }
        };
    }
}
