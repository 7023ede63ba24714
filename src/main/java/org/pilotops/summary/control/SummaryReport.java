package org.pilotops.summary.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.pilotops.platform.i18n.Messages;
import org.pilotops.platform.time.ApplicationClock;
import org.pilotops.summary.entity.AnnualSummary;
import org.pilotops.summary.entity.IndicatorUnit;
import org.pilotops.summary.entity.SubmissionTimeliness;

/**
 * What a summary's documents (PDF, XLSX) show, in one language: the summary with its history, the city's
 * name, the indicators (frozen at submission, or live while drafting), the due date and whether it was
 * on time. Figures are written the way a reviewer reads them: counts and amounts grouped by thousands,
 * shares as percentages.
 */
public record SummaryReport(AnnualSummary summary, String cityName, IndicatorTable indicators, LocalDate dueDate,
                            SubmissionTimeliness timeliness, Locale locale) {

    public String text(String key, Object... args) {
        return Messages.text(locale, key, List.of(args));
    }

    /** 南京市 2019 年度知识产权工作总结和 2020 年度工作计划. */
    public String title() {
        return text("summary.doc.title", cityName, String.valueOf(summary.getYear()), String.valueOf(summary.getYear() + 1));
    }

    public String when(Instant at) {
        return at == null ? "" : ApplicationClock.MINUTE.format(at);
    }

    /** A figure as a reviewer reads it; empty when not reported. */
    public static String figure(IndicatorUnit unit, BigDecimal value) {
        if (value == null) {
            return "";
        }
        return switch (unit) {
            case COUNT -> format("#,##0", value);
            case AMOUNT -> format("#,##0.00", value);
            case RATIO -> format("0.0", value.multiply(BigDecimal.valueOf(100))) + " %";
        };
    }

    /** A change or an attainment as a percentage, signed for a change; empty when there is none. */
    public static String percent(BigDecimal share, boolean signed) {
        if (share == null) {
            return "";
        }
        String shown = format("0.0", share.multiply(BigDecimal.valueOf(100))) + " %";
        return signed && share.signum() > 0 ? "+" + shown : shown;
    }

    private static String format(String pattern, BigDecimal value) {
        // DecimalFormat is not thread-safe: one per call is cheap beside a document.
        DecimalFormat format = new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ROOT));
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value);
    }
}
