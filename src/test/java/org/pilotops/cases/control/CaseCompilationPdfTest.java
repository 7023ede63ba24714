package org.pilotops.cases.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pilotops.cases.control.CompilationSamples.NB_TALENT;
import static org.pilotops.cases.control.CompilationSamples.NJ_PROTECTION;
import static org.pilotops.cases.control.CompilationSamples.SZ_NAVIGATION;
import static org.pilotops.cases.control.CompilationSamples.ZJG_NAVIGATION;
import static org.pilotops.cases.control.CompilationSamples.ZJG_NAVIGATION_2;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The compiled PDF read back with PDFBox: cover, contents with true page numbers, chapters, bookmarks, font. */
class CaseCompilationPdfTest {

    private static byte[] write(CompilationContent content, Locale locale) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CaseCompilationPdf.write(content, locale, out);
        return out.toByteArray();
    }

    /** Chinese text as written, without the line breaks the layout put in. */
    private static String joined(String text) {
        return text.replaceAll("\\s*\\R\\s*", "");
    }

    private static List<String> pages(PDDocument pdf) throws IOException {
        List<String> pages = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper();
        for (int i = 1; i <= pdf.getNumberOfPages(); i++) {
            stripper.setStartPage(i);
            stripper.setEndPage(i);
            pages.add(stripper.getText(pdf));
        }
        return pages;
    }

    /** The bookmarks, depth first: "title@page" with 1-based pages, children indented by two spaces. */
    private static List<String> bookmarks(PDDocument pdf) throws IOException {
        List<String> lines = new ArrayList<>();
        for (PDOutlineItem top : pdf.getDocumentCatalog().getDocumentOutline().children()) {
            lines.add(top.getTitle() + "@" + page(pdf, top));
            for (PDOutlineItem child : top.children()) {
                lines.add("  " + child.getTitle() + "@" + page(pdf, child));
            }
        }
        return lines;
    }

    private static int page(PDDocument pdf, PDOutlineItem item) throws IOException {
        PDPage page = item.findDestinationPage(pdf);
        return pdf.getPages().indexOf(page) + 1;
    }

    @Test
    void casesAreGroupedByAreaThenCityAfterACoverAndContents() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(write(CompilationSamples.sample(), Locale.SIMPLIFIED_CHINESE))) {
            List<String> pages = pages(pdf);
            List<String> bookmarks = bookmarks(pdf);
            assertTrue(joined(pages.get(0)).contains("中小企业知识产权战略推进工程试点城市典型成功案例汇编（2020年）"), pages.get(0));
            assertTrue(pages.get(0).contains("2020年12月20日"), "compiled on, in Beijing time");
            assertTrue(pages.get(0).contains("2020年12月31日"), "the due date");
            assertTrue(pages.get(0).contains("收录案例：5 个"), pages.get(0));

            assertEquals("目录@2", bookmarks.get(0));
            int firstChapter = Integer.parseInt(bookmarks.get(1).substring(bookmarks.get(1).indexOf('@') + 1));
            assertTrue(bookmarks.get(1).startsWith("一、专利导航@"), bookmarks.toString());
            assertTrue(firstChapter > 2, "the contents come before the first chapter");

            String contents = String.join("", pages.subList(1, firstChapter - 1));
            assertTrue(contents.contains("目录"));
            for (String heading : List.of("一、专利导航", "二、知识产权保护", "三、知识产权人才培养")) {
                assertTrue(contents.contains(heading), heading + " in " + contents);
            }
            for (CompiledCase c : List.of(ZJG_NAVIGATION, ZJG_NAVIGATION_2, SZ_NAVIGATION, NJ_PROTECTION, NB_TALENT)) {
                Matcher line = Pattern.compile(Pattern.quote(c.title()) + "[^\\n]*?(\\d+)\\s*$", Pattern.MULTILINE)
                        .matcher(contents);
                assertTrue(line.find(), c.title() + " listed with its page in " + contents);
                int listedPage = Integer.parseInt(line.group(1));
                assertTrue(listedPage >= firstChapter && pages.get(listedPage - 1).contains(c.title()),
                        c.title() + " is on the page the contents give, " + listedPage);
                assertTrue(bookmarks.contains("  " + c.title() + "@" + listedPage), c.title() + " bookmarked: " + bookmarks);
            }

            String body = String.join("", pages.subList(firstChapter - 1, pages.size()));
            int navigation = body.indexOf("一、专利导航");
            int protection = body.indexOf("二、知识产权保护");
            int talent = body.indexOf("三、知识产权人才培养");
            assertTrue(navigation >= 0 && navigation < protection && protection < talent, "chapters in the notice's order");
            assertFalse(body.contains("知识产权运营"), "an area without a selected case has no chapter");
            int zjg = body.indexOf(ZJG_NAVIGATION.title());
            int zjg2 = body.indexOf(ZJG_NAVIGATION_2.title());
            int sz = body.indexOf(SZ_NAVIGATION.title());
            assertTrue(navigation < zjg && zjg < zjg2 && zjg2 < sz && sz < protection,
                    "张家港市's two cases together, before 苏州市's, in the navigation chapter");
            int nj = body.indexOf(NJ_PROTECTION.title());
            assertTrue(protection < nj && nj < talent);
            assertTrue(talent < body.indexOf(NB_TALENT.title()));

            assertTrue(body.contains("张家港市（江苏省）") && body.contains("南京市（江苏省）") && body.contains("宁波市（浙江省）"));
            for (String label : List.of("背景", "主要做法", "取得成效", "支撑记录")) {
                assertTrue(body.contains(label), label);
            }
            assertTrue(body.contains("专利导航项目 · 2019 · 张家港市冶金产业专利导航 · 预算 50 万元"), "a backing record's facts");
            assertTrue(body.contains("维权援助 · 2019 · 快速维权中心受理纠纷 · 案件 56 件"));
            assertTrue(body.contains("知识产权保护 · 2020 · 展会执法 · 案件 12 件"));
            assertTrue(body.contains("二〇一八年起开展产业专利导航"), "the second paragraph of a background");
            assertTrue(body.contains("未关联支撑记录"), "a case without backing records says so");
            assertTrue(body.contains("（未填写）"), "a text not written");
            assertTrue(pages.get(firstChapter - 1).contains("第 " + firstChapter + " 页"), "page numbers at the foot");
            assertFalse(pages.get(0).contains("第 1 页"), "a clean cover");
        }
    }

    @Test
    void chineseIsSetInTheEmbeddedFont() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(write(CompilationSamples.sample(), Locale.SIMPLIFIED_CHINESE))) {
            int fonts = 0;
            for (PDPage page : pdf.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    PDFont font = resources.getFont(name);
                    assertTrue(font.isEmbedded(), "the font travels with the PDF: " + font.getName());
                    assertTrue(font.getName().matches("[A-Z]{6}\\+NotoSansSC-.*"), "a subset of Noto Sans SC: " + font.getName());
                    fonts++;
                }
            }
            assertTrue(fonts > 0);
        }
    }

    @Test
    void englishGivesEnglishLabels() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(write(CompilationSamples.sample(), Locale.ENGLISH))) {
            String text = new PDFTextStripper().getText(pdf);
            for (String label : List.of("Typical Successful Cases of the Pilot Cities", "(2020)", "Compiled on 20 December 2020",
                    "Due 31 December 2020", "5 cases", "Contents", "1. Patent navigation", "2. IP protection", "Background",
                    "Measures", "Results", "Backing records", "张家港市 (江苏省)", "No backing record linked.", "Page 3")) {
                assertTrue(text.contains(label), label + " in " + text);
            }
            for (String chinese : List.of("背景", "主要做法", "目录", "支撑记录")) {
                assertFalse(text.contains(chinese), chinese);
            }
            assertTrue(text.contains(ZJG_NAVIGATION.title()), "the cases' own words stay as written");
        }
    }

    @Test
    void anEmptyCompilationIsACoverSayingNoCaseWasSelected() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(write(CompilationSamples.empty(), Locale.SIMPLIFIED_CHINESE))) {
            assertEquals(1, pdf.getNumberOfPages());
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(joined(text).contains("典型成功案例汇编（2020年）"), text);
            assertTrue(text.contains("本年度尚无入选的典型成功案例。"), text);
            assertTrue(text.contains("收录案例：0 个"), text);
            assertFalse(text.contains("报送截止日期"), "no due date given");
            assertFalse(text.contains("目录"));
            assertNull(pdf.getDocumentCatalog().getDocumentOutline());
        }
    }

    @Test
    void sixtyCasesWrite() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(write(CompilationSamples.many(60), Locale.SIMPLIFIED_CHINESE))) {
            List<String> bookmarks = bookmarks(pdf);
            assertEquals(60, bookmarks.stream().filter(b -> b.startsWith("  ")).count());
            assertEquals(1 + 6, bookmarks.stream().filter(b -> !b.startsWith("  ")).count(), "contents and six chapters");
            List<String> pages = pages(pdf);
            int firstChapter = Integer.parseInt(bookmarks.get(1).substring(bookmarks.get(1).indexOf('@') + 1));
            assertTrue(firstChapter > 3, "contents over more than one page: " + firstChapter);
            String contents = String.join("", pages.subList(1, firstChapter - 1));
            for (String bookmark : bookmarks.stream().filter(b -> b.startsWith("  ")).toList()) {
                String title = bookmark.substring(2, bookmark.indexOf('@'));
                int page = Integer.parseInt(bookmark.substring(bookmark.indexOf('@') + 1));
                assertTrue(pages.get(page - 1).contains(title), title + " on its bookmark's page " + page);
                assertTrue(Pattern.compile(Pattern.quote(title) + "[^\\n]*? " + page + "\\s*$", Pattern.MULTILINE)
                        .matcher(contents).find(), title + " listed with page " + page);
            }
        }
    }
}
