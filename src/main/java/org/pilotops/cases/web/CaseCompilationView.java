package org.pilotops.cases.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.pilotops.cases.boundary.CaseCompilation;
import org.pilotops.cases.boundary.TypicalCaseService.CaseLine;
import org.pilotops.platform.document.Document;
import org.pilotops.platform.document.FileFormat;
import org.pilotops.platform.security.CurrentActor;
import org.pilotops.platform.web.DocumentDownloads;
import org.pilotops.platform.web.LanguageSwitch;
import org.primefaces.model.StreamedContent;

/**
 * {@code cases/compilation.xhtml?year=…}: the national reviewers' compilation of the selected typical
 * cases (SPEC §8): what it holds now, grouped as the document groups it (content area, then city), how
 * many submitted cases still wait for a decision, its due date, and the document as PDF or DOCX — the
 * same files {@code GET /api/v1/case-compilations/{year}} serves.
 */
@Named
@ViewScoped
public class CaseCompilationView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CaseCompilation cases;

    @Inject
    CurrentActor current;

    @Inject
    LanguageSwitch language;

    private Integer year;
    private List<CaseLine> selected;
    private long waiting;
    private LocalDate dueDate;

    /** The page's view action; the boundary refuses everyone but national reviewers. */
    public void load() {
        if (year == null) {
            year = CaseListView.COMPILATION_YEAR;
        }
        var compilation = cases.compilationStatus(current.get(), year);
        selected = compilation.selected();
        waiting = compilation.waiting();
        dueDate = compilation.dueDate();
    }

    public StreamedContent document(String format) {
        return DocumentDownloads.of(cases.compilation(current.get(), year, FileFormat.named(format),
                language.getLocale()));
    }

    public List<CaseLine> getSelected() {
        return selected;
    }

    public long getWaiting() {
        return waiting;
    }

    public String getDueDate() {
        return dueDate == null ? "" : dueDate.toString();
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }
}
