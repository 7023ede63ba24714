package org.pilotops.cases.control;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.pilotops.platform.i18n.Messages;
import org.pilotops.platform.time.ApplicationClock;

/** The compilation's words in one language, the same for the PDF and the DOCX. */
final class CompilationText {

    enum Section {
        BACKGROUND("background"), MEASURES("measures"), RESULTS("results"), BACKING("backing");

        private final String key;

        Section(String key) {
            this.key = key;
        }
    }

    private final Locale locale;
    private final DateTimeFormatter dates;
    private final List<String> numerals;

    CompilationText(Locale locale) {
        this.locale = Messages.supported(locale);
        this.dates = DateTimeFormatter.ofPattern(text("cases.compilation.datePattern"), this.locale);
        this.numerals = List.of(text("cases.compilation.numerals").split(","));
    }

    String text(String key, Object... args) {
        return Messages.text(locale, key, List.of(args));
    }

    /** 中小企业知识产权战略推进工程试点城市典型成功案例汇编（2020年）. */
    String title(int year) {
        return text("cases.compilation.title", String.valueOf(year));
    }

    /** The title as the cover sets it, in lines. */
    List<String> coverTitle(int year) {
        return List.of(text("cases.compilation.coverTitle", String.valueOf(year)).split("\\R"));
    }

    /** The cover's facts under the title: when compiled, when the cases were due, how many. */
    List<String> coverLines(CompilationContent content) {
        String compiled = text("cases.compilation.compiledAt", date(content.compiledAt()));
        String count = text("cases.compilation.count", content.cases().size());
        return content.dueDate() == null ? List.of(compiled, count)
                : List.of(compiled, text("cases.compilation.dueDate", dates.format(content.dueDate())), count);
    }

    String date(Instant at) {
        return dates.format(LocalDate.ofInstant(at, ApplicationClock.ZONE));
    }

    /** 一、专利导航 or 1. Patent navigation. */
    String chapter(CompilationContent.Chapter chapter) {
        int n = chapter.number();
        String numeral = n <= numerals.size() ? numerals.get(n - 1).strip() : String.valueOf(n);
        return text("cases.compilation.chapter", numeral, text("enum.CaseArea." + chapter.area().name()));
    }

    /** 张家港市（江苏省）; the city alone when the province is unknown or is the city (北京市). */
    String place(CompiledCase c) {
        String province = c.provinceName();
        if (province == null || province.isBlank() || province.strip().equals(c.cityName().strip())) {
            return c.cityName();
        }
        return text("cases.compilation.place", c.cityName(), province);
    }

    String section(Section section) {
        return text("cases.compilation.section." + section.key);
    }

    String page(int number) {
        return text("cases.compilation.page", number);
    }
}
