package org.pilotops.cases.control;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import java.util.Locale;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLanguage;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.pilotops.cases.control.CompilationContent.Chapter;
import org.pilotops.cases.control.CompilationText.Section;
import org.pilotops.platform.i18n.Messages;

/**
 * The compilation as a Word document the national offices can still edit before it is printed: the same
 * cover, contents and chapters as the PDF, built on real heading styles (标题 1 per content area, 标题 2 per
 * case, 标题 3 per section, each with its outline level), so Word's navigation pane shows the structure and
 * its table-of-contents field, which the document asks Word to update on opening, lists it with page
 * numbers. Until then the field shows the chapters and cases without numbers, for readers that never
 * update fields.
 *
 * <p>Chinese text names 宋体 (body) and 黑体 (headings) as its East Asian fonts, the faces every Chinese
 * Word installation has; the document embeds no font.
 */
public final class CaseCompilationDocx {

    static final String TITLE = "Title";
    static final String HEADING_1 = "Heading1";
    static final String HEADING_2 = "Heading2";
    static final String HEADING_3 = "Heading3";
    static final String TOC_HEADING = "TOCHeading";
    static final String TOC_1 = "TOC1";
    static final String TOC_2 = "TOC2";
    /** The field Word fills with headings of levels 1–3 as hyperlinks ({@code \h}), no tab leaders in web view. */
    static final String TOC_FIELD = " TOC \\o \"1-3\" \\h \\z \\u ";

    private static final String BODY_FONT = "宋体";
    private static final String HEADING_FONT = "黑体";
    private static final String LATIN_FONT = "Times New Roman";

    private CaseCompilationDocx() {
    }

    public static void write(CompilationContent content, Locale locale, OutputStream out) {
        CompilationText text = new CompilationText(locale);
        List<Chapter> chapters = content.chapters();
        try (XWPFDocument document = new XWPFDocument()) {
            styles(document, locale);
            page(document);
            document.getProperties().getCoreProperties().setTitle(text.title(content.year()));
            document.getProperties().getCoreProperties().setCreator("PilotOps");
            cover(document, content, text);
            if (!chapters.isEmpty()) {
                contents(document, chapters, text);
                body(document, chapters, text);
                document.enforceUpdateFields();
            }
            footer(document, text);
            document.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void cover(XWPFDocument document, CompilationContent content, CompilationText text) {
        XWPFParagraph title = document.createParagraph();
        title.setStyle(TITLE);
        title.setSpacingBefore(3600);
        XWPFRun titleRun = run(title, "", HEADING_FONT);
        List<String> lines = text.coverTitle(content.year());
        for (int i = 0; i < lines.size(); i++) {
            if (i > 0) {
                titleRun.addBreak();
            }
            titleRun.setText(lines.get(i));
        }
        for (String line : text.coverLines(content)) {
            XWPFParagraph fact = document.createParagraph();
            fact.setAlignment(ParagraphAlignment.CENTER);
            run(fact, line, BODY_FONT);
        }
        if (content.isEmpty()) {
            XWPFParagraph none = document.createParagraph();
            none.setAlignment(ParagraphAlignment.CENTER);
            none.setSpacingBefore(720);
            run(none, text.text("cases.compilation.empty"), BODY_FONT).setBold(true);
        }
    }

    /**
     * A TOC field over the heading levels 1–3. Its result, until Word updates it, lists the chapters and the
     * cases as the field would, without page numbers.
     */
    private static void contents(XWPFDocument document, List<Chapter> chapters, CompilationText text) {
        XWPFParagraph heading = document.createParagraph();
        heading.setStyle(TOC_HEADING);
        heading.setPageBreak(true);
        run(heading, text.text("cases.compilation.contents"), HEADING_FONT);

        XWPFParagraph first = document.createParagraph();
        first.setStyle(TOC_1);
        fieldChar(first, STFldCharType.BEGIN);
        CTText instruction = first.createRun().getCTR().addNewInstrText();
        instruction.setStringValue(TOC_FIELD);
        instruction.setSpace(SpaceAttribute.Space.PRESERVE);
        fieldChar(first, STFldCharType.SEPARATE);
        XWPFRun pending = run(first, text.text("cases.compilation.contentsPending"), BODY_FONT);
        pending.setColor("7F7F7F");
        XWPFParagraph last = first;
        for (Chapter chapter : chapters) {
            last = document.createParagraph();
            last.setStyle(TOC_1);
            run(last, text.chapter(chapter), BODY_FONT);
            for (CompiledCase c : chapter.cases()) {
                last = document.createParagraph();
                last.setStyle(TOC_2);
                run(last, c.title(), BODY_FONT);
            }
        }
        fieldChar(last, STFldCharType.END);
    }

    private static void body(XWPFDocument document, List<Chapter> chapters, CompilationText text) {
        for (Chapter chapter : chapters) {
            heading(document, HEADING_1, text.chapter(chapter));
            for (CompiledCase c : chapter.cases()) {
                heading(document, HEADING_2, c.title());
                XWPFParagraph place = document.createParagraph();
                place.setAlignment(ParagraphAlignment.CENTER);
                run(place, text.place(c), BODY_FONT).setColor("404040");
                section(document, text.section(Section.BACKGROUND), c.background(), text);
                section(document, text.section(Section.MEASURES), c.measures(), text);
                section(document, text.section(Section.RESULTS), c.results(), text);
                heading(document, HEADING_3, text.section(Section.BACKING));
                if (c.backingFacts().isEmpty()) {
                    narrative(document, text.text("cases.compilation.noBacking"));
                }
                int number = 0;
                for (String fact : c.backingFacts()) {
                    XWPFParagraph line = document.createParagraph();
                    line.setIndentationLeft(480);
                    run(line, ++number + ". " + fact, BODY_FONT);
                }
            }
        }
    }

    private static void section(XWPFDocument document, String label, String narrative, CompilationText text) {
        heading(document, HEADING_3, label);
        String shown = narrative == null || narrative.isBlank() ? text.text("cases.compilation.noText") : narrative;
        for (String part : shown.strip().split("\\R+")) {
            if (!part.isBlank()) {
                narrative(document, part.strip());
            }
        }
    }

    /** A paragraph of prose, its first line indented by two characters as Chinese prose is printed. */
    private static void narrative(XWPFDocument document, String paragraph) {
        XWPFParagraph p = document.createParagraph();
        var properties = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
        properties.addNewInd().setFirstLineChars(BigInteger.valueOf(200));
        run(p, paragraph, BODY_FONT);
    }

    private static void heading(XWPFDocument document, String style, String text) {
        XWPFParagraph p = document.createParagraph();
        p.setStyle(style);
        run(p, text, HEADING_FONT);
    }

    private static XWPFRun run(XWPFParagraph paragraph, String text, String eastAsianFont) {
        XWPFRun run = paragraph.createRun();
        if (!text.isEmpty()) {
            run.setText(text);
        }
        run.setFontFamily(eastAsianFont, XWPFRun.FontCharRange.eastAsia);
        return run;
    }

    private static void fieldChar(XWPFParagraph paragraph, STFldCharType.Enum type) {
        var fieldChar = paragraph.createRun().getCTR().addNewFldChar();
        fieldChar.setFldCharType(type);
        if (type == STFldCharType.BEGIN) {
            fieldChar.setDirty(true);
        }
    }

    /** 第 3 页 at the foot of every page but the cover, the number a PAGE field. */
    private static void footer(XWPFDocument document, CompilationText text) {
        document.createFooter(HeaderFooterType.FIRST); // the cover's: empty
        XWPFFooter footer = document.createFooter(HeaderFooterType.DEFAULT);
        XWPFParagraph p = footer.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        String[] around = text.text("cases.compilation.page", "\u0000").split("\u0000", -1);
        run(p, around[0], BODY_FONT);
        var field = p.getCTP().addNewFldSimple();
        field.setInstr("PAGE");
        field.addNewR().addNewT().setStringValue("1");
        run(p, around.length > 1 ? around[1] : "", BODY_FONT);
        CTSectPr section = document.getDocument().getBody().isSetSectPr() ? document.getDocument().getBody().getSectPr()
                : document.getDocument().getBody().addNewSectPr();
        if (!section.isSetTitlePg()) {
            section.addNewTitlePg();
        }
    }

    /** A4 with the margins of Chinese official documents (about 3.7 cm top, 2.8 cm sides). */
    private static void page(XWPFDocument document) {
        CTSectPr section = document.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        CTPageMar margins = section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(2098));
        margins.setBottom(BigInteger.valueOf(1984));
        margins.setLeft(BigInteger.valueOf(1588));
        margins.setRight(BigInteger.valueOf(1474));
        margins.setHeader(BigInteger.valueOf(851));
        margins.setFooter(BigInteger.valueOf(992));
    }

    /**
     * The styles the document uses, defined in it: Word recognises the headings by their names (heading 1–3)
     * and puts them in the navigation pane and the TOC by their outline levels (0–2).
     */
    private static void styles(XWPFDocument document, Locale locale) {
        XWPFStyles styles = document.createStyles();
        CTRPr defaults = styles.getCtStyles().addNewDocDefaults().addNewRPrDefault().addNewRPr();
        CTFonts fonts = defaults.addNewRFonts();
        fonts.setAscii(LATIN_FONT);
        fonts.setHAnsi(LATIN_FONT);
        fonts.setEastAsia(BODY_FONT);
        CTLanguage language = defaults.addNewLang();
        language.setVal(Messages.supported(locale).equals(Messages.CHINESE) ? "zh-CN" : "en-GB");
        language.setEastAsia("zh-CN");

        CTStyle normal = style("Normal", "Normal", STStyleType.PARAGRAPH, null, BODY_FONT, 24, false);
        normal.setDefault(true);
        normal.getPPr().getSpacing().setAfter(BigInteger.valueOf(60));
        normal.getPPr().getSpacing().setLine(BigInteger.valueOf(360));
        styles.addStyle(new XWPFStyle(normal, styles));

        CTStyle title = style(TITLE, "Title", STStyleType.PARAGRAPH, "Normal", HEADING_FONT, 44, true);
        title.getPPr().addNewJc().setVal(STJc.CENTER);
        title.getPPr().getSpacing().setAfter(BigInteger.valueOf(720));
        styles.addStyle(new XWPFStyle(title, styles));

        styles.addStyle(new XWPFStyle(heading(HEADING_1, "heading 1", 0, 32, true), styles));
        styles.addStyle(new XWPFStyle(heading(HEADING_2, "heading 2", 1, 30, false), styles));
        styles.addStyle(new XWPFStyle(heading(HEADING_3, "heading 3", 2, 24, false), styles));

        CTStyle tocHeading = style(TOC_HEADING, "TOC Heading", STStyleType.PARAGRAPH, "Normal", HEADING_FONT, 32, true);
        tocHeading.getPPr().addNewJc().setVal(STJc.CENTER);
        tocHeading.getPPr().getSpacing().setAfter(BigInteger.valueOf(360));
        styles.addStyle(new XWPFStyle(tocHeading, styles));
        styles.addStyle(new XWPFStyle(toc(TOC_1, "toc 1", 0), styles));
        styles.addStyle(new XWPFStyle(toc(TOC_2, "toc 2", 420), styles));
    }

    private static CTStyle heading(String id, String name, int outlineLevel, int halfPoints, boolean newPage) {
        CTStyle style = style(id, name, STStyleType.PARAGRAPH, "Normal", HEADING_FONT, halfPoints, true);
        style.addNewUiPriority().setVal(BigInteger.valueOf(9));
        CTPPrGeneral paragraph = style.getPPr();
        paragraph.addNewKeepNext();
        paragraph.addNewKeepLines();
        if (newPage) {
            paragraph.addNewPageBreakBefore();
        }
        paragraph.getSpacing().setBefore(BigInteger.valueOf(outlineLevel == 0 ? 0 : 240));
        paragraph.getSpacing().setAfter(BigInteger.valueOf(120));
        paragraph.addNewOutlineLvl().setVal(BigInteger.valueOf(outlineLevel));
        return style;
    }

    private static CTStyle toc(String id, String name, int indent) {
        CTStyle style = style(id, name, STStyleType.PARAGRAPH, "Normal", BODY_FONT, 24, false);
        style.addNewUiPriority().setVal(BigInteger.valueOf(39));
        style.getPPr().getSpacing().setAfter(BigInteger.valueOf(60));
        style.getPPr().addNewInd().setLeft(BigInteger.valueOf(indent));
        return style;
    }

    private static CTStyle style(String id, String name, STStyleType.Enum type, String basedOn, String eastAsianFont,
                                 int halfPoints, boolean bold) {
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId(id);
        style.setType(type);
        style.addNewName().setVal(name);
        if (basedOn != null) {
            style.addNewBasedOn().setVal(basedOn);
            style.addNewNext().setVal("Normal");
        }
        style.addNewQFormat();
        style.addNewPPr().addNewSpacing();
        CTRPr run = style.addNewRPr();
        CTFonts fonts = run.addNewRFonts();
        fonts.setEastAsia(eastAsianFont);
        if (bold) {
            run.addNewB();
        }
        run.addNewSz().setVal(BigInteger.valueOf(halfPoints));
        run.addNewSzCs().setVal(BigInteger.valueOf(halfPoints));
        return style;
    }
}
