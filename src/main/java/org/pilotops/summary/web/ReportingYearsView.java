package org.pilotops.summary.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.pilotops.platform.problem.InvalidInputException;
import org.pilotops.platform.problem.PilotOpsException;
import org.pilotops.platform.problem.Violation;
import org.pilotops.platform.security.CurrentActor;
import org.pilotops.platform.security.Role;
import org.pilotops.platform.web.PageMessages;
import org.pilotops.summary.boundary.AnnualSummaryService;
import org.pilotops.summary.entity.ReportingYear;

/**
 * {@code summary/years.xhtml}: the pilot years as national reviewers set them up — when summaries are
 * due, whether provinces endorse them, when the 2020 typical cases are due. Everyone who follows
 * summaries reads it; national reviewers change one year at a time, with the version they read, so two
 * reviewers never overwrite each other unseen.
 */
@Named
@ViewScoped
public class ReportingYearsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AnnualSummaryService summaries;

    @Inject
    CurrentActor current;

    @Inject
    PageMessages messages;

    private List<YearForm> years;

    /** One year as the page edits it: dates as the ISO text the picker keeps. */
    public static final class YearForm implements Serializable {

        private static final long serialVersionUID = 1L;

        private final int year;
        private long version;
        private String summaryDueDate;
        private boolean provinceEndorsement;
        private String caseCompilationDueDate;

        YearForm(ReportingYear year) {
            this.year = year.getYear();
            show(year);
        }

        void show(ReportingYear stored) {
            version = stored.getVersion();
            summaryDueDate = stored.getSummaryDueDate().toString();
            provinceEndorsement = stored.isProvinceEndorsement();
            caseCompilationDueDate = stored.getCaseCompilationDueDate() == null ? ""
                    : stored.getCaseCompilationDueDate().toString();
        }

        public int getYear() {
            return year;
        }

        public String getSummaryDueDate() {
            return summaryDueDate;
        }

        public void setSummaryDueDate(String summaryDueDate) {
            this.summaryDueDate = summaryDueDate;
        }

        public boolean isProvinceEndorsement() {
            return provinceEndorsement;
        }

        public void setProvinceEndorsement(boolean provinceEndorsement) {
            this.provinceEndorsement = provinceEndorsement;
        }

        public String getCaseCompilationDueDate() {
            return caseCompilationDueDate;
        }

        public void setCaseCompilationDueDate(String caseCompilationDueDate) {
            this.caseCompilationDueDate = caseCompilationDueDate;
        }
    }

    public void load() {
        years = summaries.reportingYears().stream().map(YearForm::new).toList();
    }

    /** Saves one year's settings; a refusal is shown beside the field it concerns and changes nothing. */
    public void save(YearForm form) {
        String prefix = "y" + form.year + ":";
        try {
            ReportingYear saved = summaries.updateReportingYear(current.get(), form.year,
                    date("summaryDueDate", form.summaryDueDate), form.provinceEndorsement,
                    date("caseCompilationDueDate", form.caseCompilationDueDate), form.version);
            form.show(saved);
            messages.info("summary.years.saved", String.valueOf(form.year));
        } catch (PilotOpsException refusal) {
            messages.refused(refusal, prefix);
        }
    }

    /** A date the picker kept as text; blank is none. */
    private static LocalDate date(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(Violation.of(field, "field.date-format", text));
        }
    }

    public List<YearForm> getYears() {
        return years;
    }

    /** Only national reviewers set the years up (SPEC §1); the others read them. */
    public boolean isMayChange() {
        return current.get().has(Role.NATIONAL_REVIEWER);
    }
}
