package org.pilotops.cases.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pilotops.cases.control.CompilationSamples.NB_TALENT;
import static org.pilotops.cases.control.CompilationSamples.NJ_PROTECTION;
import static org.pilotops.cases.control.CompilationSamples.SZ_NAVIGATION;
import static org.pilotops.cases.control.CompilationSamples.ZJG_NAVIGATION;
import static org.pilotops.cases.control.CompilationSamples.ZJG_NAVIGATION_2;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.junit.jupiter.api.Test;

/** The compiled DOCX read back with POI: real heading styles with outline levels, a TOC field, the groups. */
class CaseCompilationDocxTest {

    private static XWPFDocument write(CompilationContent content, Locale locale) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CaseCompilationDocx.write(content, locale, out);
        return new XWPFDocument(new ByteArrayInputStream(out.toByteArray()));
    }

    /** The paragraphs of the given style, as text, in document order. */
    private static List<String> styled(XWPFDocument docx, String style) {
        return docx.getParagraphs().stream().filter(p -> style.equals(p.getStyleID())).map(XWPFParagraph::getText).toList();
    }

    /** Where a paragraph of the given style and text stands among the document's paragraphs; -1 if nowhere. */
    private static int at(XWPFDocument docx, String style, String text) {
        List<XWPFParagraph> paragraphs = docx.getParagraphs();
        for (int i = 0; i < paragraphs.size(); i++) {
            if (style.equals(paragraphs.get(i).getStyleID()) && text.equals(paragraphs.get(i).getText())) {
                return i;
            }
        }
        return -1;
    }

    private static String all(XWPFDocument docx) {
        StringBuilder text = new StringBuilder();
        docx.getParagraphs().forEach(p -> text.append(p.getText()).append('\n'));
        return text.toString();
    }

    @Test
    void headingsAreRealStylesThatWordsNavigationPaneSees() throws IOException {
        try (XWPFDocument docx = write(CompilationSamples.sample(), Locale.SIMPLIFIED_CHINESE)) {
            String[][] headings = {{"Heading1", "heading 1", "0"}, {"Heading2", "heading 2", "1"}, {"Heading3", "heading 3", "2"}};
            for (String[] heading : headings) {
                XWPFStyle style = docx.getStyles().getStyle(heading[0]);
                assertNotNull(style, heading[0]);
                assertEquals(heading[1], style.getName(), "Word knows its built-in headings by name");
                assertEquals(heading[2], style.getCTStyle().getPPr().getOutlineLvl().getVal().toString(), heading[0]);
                assertEquals("黑体", style.getCTStyle().getRPr().getRFontsArray(0).getEastAsia(), "a Chinese heading face");
            }
            assertEquals(List.of("一、专利导航", "二、知识产权保护", "三、知识产权人才培养"), styled(docx, "Heading1"),
                    "one chapter per area with cases, in the notice's order");
            assertEquals(List.of(ZJG_NAVIGATION.title(), ZJG_NAVIGATION_2.title(), SZ_NAVIGATION.title(),
                    NJ_PROTECTION.title(), NB_TALENT.title()), styled(docx, "Heading2"),
                    "each case a level-2 heading; 张家港市's two together, as the caller ordered the cities");
            assertEquals(List.of("背景", "主要做法", "取得成效", "支撑记录"), styled(docx, "Heading3").subList(0, 4));
            assertEquals(5 * 4, styled(docx, "Heading3").size());
            for (XWPFParagraph p : docx.getParagraphs()) {
                for (XWPFRun run : p.getRuns()) {
                    if (!run.text().isEmpty()) {
                        assertNotNull(run.getFontFamily(XWPFRun.FontCharRange.eastAsia), "an East Asian font for " + run.text());
                    }
                }
            }
        }
    }

    @Test
    void casesStandInTheirAreasWithTheirCitiesAndBackingRecords() throws IOException {
        try (XWPFDocument docx = write(CompilationSamples.sample(), Locale.SIMPLIFIED_CHINESE)) {
            int navigation = at(docx, "Heading1", "一、专利导航");
            int protection = at(docx, "Heading1", "二、知识产权保护");
            int talent = at(docx, "Heading1", "三、知识产权人才培养");
            assertTrue(navigation >= 0 && navigation < protection && protection < talent);
            for (CompiledCase c : List.of(ZJG_NAVIGATION, ZJG_NAVIGATION_2, SZ_NAVIGATION)) {
                int i = at(docx, "Heading2", c.title());
                assertTrue(navigation < i && i < protection, c.title());
            }
            int nj = at(docx, "Heading2", NJ_PROTECTION.title());
            assertTrue(protection < nj && nj < talent);
            assertTrue(talent < at(docx, "Heading2", NB_TALENT.title()));

            String text = all(docx);
            String cover = docx.getParagraphs().get(0).getText();
            assertTrue(cover.contains("试点城市典型成功案例汇编") && cover.contains("（2020年）"), cover);
            assertTrue(text.contains("编制日期：2020年12月20日") && text.contains("收录案例：5 个"));
            assertTrue(text.contains("张家港市（江苏省）") && text.contains("苏州市（江苏省）") && text.contains("宁波市（浙江省）"));
            assertTrue(text.contains("专利导航项目 · 2019 · 张家港市冶金产业专利导航 · 预算 50 万元"));
            assertTrue(text.contains("维权援助 · 2019 · 快速维权中心受理纠纷 · 案件 56 件"));
            assertTrue(text.contains("知识产权保护 · 2020 · 展会执法 · 案件 12 件"));
            assertTrue(text.contains("未关联支撑记录。"));
            assertEquals("二〇一八年起开展产业专利导航。",
                    docx.getParagraphs().get(at(docx, "Heading3", "背景") + 2).getText(), "a paragraph per line typed");
        }
    }

    @Test
    void aTableOfContentsFieldThatWordUpdatesOnOpening() throws IOException {
        try (XWPFDocument docx = write(CompilationSamples.sample(), Locale.SIMPLIFIED_CHINESE)) {
            String body = docx.getDocument().xmlText();
            assertTrue(body.contains("TOC \\o \"1-3\" \\h \\z \\u"), "a TOC field over heading levels 1-3");
            assertTrue(body.indexOf("fldCharType=\"begin\"") < body.indexOf("fldCharType=\"end\""));
            assertTrue(docx.isEnforcedUpdateFields(), "Word asks to update the fields when the document opens");
            int contents = at(docx, CaseCompilationDocx.TOC_HEADING, "目录");
            int firstChapter = at(docx, "Heading1", "一、专利导航");
            assertTrue(0 < contents && contents < firstChapter, "a cover, then the contents, then the chapters");
            List<String> listed = styled(docx, CaseCompilationDocx.TOC_2);
            assertEquals(List.of(ZJG_NAVIGATION.title(), ZJG_NAVIGATION_2.title(), SZ_NAVIGATION.title(),
                    NJ_PROTECTION.title(), NB_TALENT.title()), listed, "the field's result before Word updates it");
        }
    }

    @Test
    void englishGivesEnglishLabels() throws IOException {
        try (XWPFDocument docx = write(CompilationSamples.sample(), Locale.ENGLISH)) {
            assertEquals(List.of("1. Patent navigation", "2. IP protection", "3. IP talent"), styled(docx, "Heading1"));
            assertEquals(List.of("Background", "Measures", "Results", "Backing records"), styled(docx, "Heading3").subList(0, 4));
            String text = all(docx);
            assertTrue(text.contains("Typical Successful Cases of the Pilot Cities"), text);
            assertTrue(text.contains("Compiled on 20 December 2020") && text.contains("5 cases") && text.contains("Contents"));
            assertTrue(text.contains("张家港市 (江苏省)"));
            assertFalse(text.contains("背景") || text.contains("目录"));
        }
    }

    @Test
    void anEmptyCompilationIsACoverSayingNoCaseWasSelected() throws IOException {
        try (XWPFDocument docx = write(CompilationSamples.empty(), Locale.SIMPLIFIED_CHINESE)) {
            String text = all(docx);
            assertTrue(text.contains("本年度尚无入选的典型成功案例。"), text);
            assertTrue(text.contains("收录案例：0 个"), text);
            assertTrue(styled(docx, "Heading1").isEmpty());
            assertFalse(docx.getDocument().xmlText().contains("TOC \\o"), "nothing to list");
        }
    }

    @Test
    void sixtyCasesWrite() throws IOException {
        try (XWPFDocument docx = write(CompilationSamples.many(60), Locale.SIMPLIFIED_CHINESE)) {
            assertEquals(60, styled(docx, "Heading2").size());
            assertEquals(6, styled(docx, "Heading1").size());
        }
    }
}
