package org.pilotops.summary.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.pilotops.platform.problem.InvalidInputException;
import org.pilotops.platform.problem.Violation;

/**
 * A pilot year as the national reviewers set it up: when the cities' annual summaries are due (31
 * December unless extended), whether provinces endorse them before the national review (on unless
 * switched off, then national reviewers accept submitted summaries directly), and for 2020 when the
 * typical cases are due.
 *
 * <p>Due dates are calendar days in Beijing time: a summary handed in at 23:59 on the due date in
 * Asia/Shanghai is on time wherever the server runs.
 */
@Entity
@Table(name = "reporting_year")
public class ReportingYear {

    /** The programme's time zone: every due date is a day in Beijing. */
    public static final ZoneId PROGRAMME_ZONE = ZoneId.of("Asia/Shanghai");

    /** The year the typical cases of the pilot (典型成功案例) are compiled, due at its end by default. */
    public static final int CASE_COMPILATION_YEAR = 2020;

    @Id
    @Column(name = "year", nullable = false, updatable = false)
    private int year;

    @Column(name = "summary_due_date", nullable = false)
    private LocalDate summaryDueDate;

    @Column(name = "province_endorsement", nullable = false)
    private boolean provinceEndorsement;

    @Column(name = "case_compilation_due_date")
    private LocalDate caseCompilationDueDate;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected ReportingYear() {
    }

    /**
     * A year as it is unless national reviewers change it: summaries due on 31 December, province
     * endorsement on, typical cases due on 31 December of 2020 and not asked for in other years.
     */
    public static ReportingYear withDefaults(int year) {
        ReportingYear defaults = new ReportingYear();
        defaults.year = year;
        defaults.summaryDueDate = LocalDate.of(year, Month.DECEMBER, 31);
        defaults.provinceEndorsement = true;
        defaults.caseCompilationDueDate = year == CASE_COMPILATION_YEAR ? LocalDate.of(year, Month.DECEMBER, 31) : null;
        return defaults;
    }

    /**
     * The national reviewers' settings for the year. A due date lies in the year or the next one (an
     * extension into January or beyond, never a date before the year's work is done); nothing changes
     * when any setting is refused.
     */
    public void configure(LocalDate summaryDueDate, boolean provinceEndorsement, LocalDate caseCompilationDueDate) {
        List<Violation> violations = new ArrayList<>();
        if (summaryDueDate == null) {
            violations.add(Violation.of("summaryDueDate", "field.required"));
        } else if (!withinYearOrNext(summaryDueDate)) {
            violations.add(Violation.of("summaryDueDate", "reporting-year.due-date-range", year, year + 1));
        }
        if (caseCompilationDueDate != null && !withinYearOrNext(caseCompilationDueDate)) {
            violations.add(Violation.of("caseCompilationDueDate", "reporting-year.due-date-range", year, year + 1));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        this.summaryDueDate = summaryDueDate;
        this.provinceEndorsement = provinceEndorsement;
        this.caseCompilationDueDate = caseCompilationDueDate;
    }

    private boolean withinYearOrNext(LocalDate date) {
        return date.getYear() == year || date.getYear() == year + 1;
    }

    /** The first instant that is too late for the summary: midnight after the due date, in Beijing. */
    public Instant summaryDeadline() {
        return summaryDueDate.plusDays(1).atStartOfDay(PROGRAMME_ZONE).toInstant();
    }

    /** A summary first handed in at {@code submittedAt} was on time. */
    public boolean isOnTime(Instant submittedAt) {
        return submittedAt.isBefore(summaryDeadline());
    }

    /** The due date has passed by the application clock. */
    public boolean isSummaryOverdue(Clock clock) {
        return !clock.instant().isBefore(summaryDeadline());
    }

    public int getYear() {
        return year;
    }

    public LocalDate getSummaryDueDate() {
        return summaryDueDate;
    }

    /** True when provinces endorse summaries before the national review; false lets national accept directly. */
    public boolean isProvinceEndorsement() {
        return provinceEndorsement;
    }

    /** When the typical cases are due; null for a year that asks for none. */
    public LocalDate getCaseCompilationDueDate() {
        return caseCompilationDueDate;
    }

    public long getVersion() {
        return version;
    }
}
