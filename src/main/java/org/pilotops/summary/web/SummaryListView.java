package org.pilotops.summary.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import org.pilotops.city.boundary.CityDto;
import org.pilotops.city.boundary.ProvinceDto;
import org.pilotops.platform.document.Document;
import org.pilotops.platform.document.FileFormat;
import org.pilotops.platform.security.CurrentActor;
import org.pilotops.platform.time.ApplicationClock;
import org.pilotops.platform.web.DocumentDownloads;
import org.pilotops.platform.web.LanguageSwitch;
import org.pilotops.summary.boundary.AnnualSummaryService;
import org.pilotops.summary.boundary.SummaryOverview;
import org.pilotops.summary.control.SummaryReport;
import org.primefaces.model.StreamedContent;

/**
 * {@code summary/list.xhtml?year=…}: the year's summaries of the cities the user sees, with the
 * reporting and on-time rates in all and per province (DHIS2's reporting-rate summary in spirit), and the
 * same as a workbook. A city reporter sees its own line; each line opens the summary. The table sorts and
 * filters in the page: a year has a few hundred cities at most.
 */
@Named
@ViewScoped
public class SummaryListView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AnnualSummaryService summaries;

    @Inject
    CurrentActor current;


    @Inject
    LanguageSwitch language;

    private Integer year;
    private List<Integer> years;
    private SummaryOverview overview;

    /**
     * The page's view action: the year asked for, else the application clock's year — both kept within
     * the reporting years the national reviewers set up.
     */
    public void load() {
        years = summaries.years();
        year = summaries.yearInView(year);
        overview = summaries.overview(current.get(), year);
    }

    public StreamedContent getWorkbook() {
        return DocumentDownloads.of(summaries.overviewDocument(current.get(), year, FileFormat.XLSX,
                language.getLocale()));
    }

    public List<Integer> getYears() {
        return years;
    }

    public List<SummaryOverview.Line> getCities() {
        return overview.cities();
    }

    public List<SummaryOverview.ProvinceRates> getProvinces() {
        return overview.provinces();
    }

    /** Rates per province are worth a table when the user follows more than one city. */
    public boolean isPerProvince() {
        return overview.cities().size() > 1;
    }

    public SummaryOverview.Rates getAll() {
        return overview.all();
    }

    public String name(CityDto city) {
        return language.name(city.nameZh(), city.nameEn());
    }

    public String name(ProvinceDto province) {
        return language.name(province.nameZh(), province.nameEn());
    }

    public String submittedAt(SummaryOverview.Line line) {
        return line.submittedAt() == null ? "" : ApplicationClock.MINUTE.format(line.submittedAt());
    }

    /** A rate as a percentage; empty when no summary was expected. */
    public String percent(BigDecimal rate) {
        return SummaryReport.percent(rate, false);
    }

    public String getDueDate() {
        return overview.dueDate().toString();
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }
}
