package org.pilotops.summary.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.Serializable;
import java.util.List;
import java.util.stream.IntStream;
import org.pilotops.platform.security.CurrentActor;
import org.pilotops.platform.time.ApplicationClock;
import org.pilotops.platform.web.LanguageSwitch;
import org.pilotops.summary.boundary.AnnualSummaryService;
import org.pilotops.summary.control.SummaryReport;

/**
 * {@code summary/list.xhtml?year=…}: the year's summaries of the cities the user sees, with the
 * reporting and on-time rates (DHIS2's reporting-rate summary in spirit). A city reporter sees its own
 * line; each line opens the summary.
 */
@Named
@ViewScoped
public class SummaryListView implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final int FIRST_YEAR = 2017;
    private static final int LAST_YEAR = 2020;


    @Inject
    AnnualSummaryService summaries;

    @Inject
    CurrentActor current;

    @Inject
    ApplicationClock clock;

    @Inject
    LanguageSwitch language;

    private Integer year;
    private transient JsonObject overview;

    public void load() {
        if (year == null || year < FIRST_YEAR || year > LAST_YEAR) {
            year = Math.max(FIRST_YEAR, Math.min(clock.today().getYear(), LAST_YEAR));
        }
        overview = summaries.overview(current.get(), year);
    }

    public List<Integer> getYears() {
        return IntStream.rangeClosed(FIRST_YEAR, LAST_YEAR).boxed().toList();
    }

    public List<JsonObject> getCities() {
        return overview.getJsonArray("cities").getValuesAs(JsonObject.class);
    }

    public String name(JsonObject line) {
        return language.isEnglish() && !line.isNull("nameEn") ? line.getString("nameEn") : line.getString("nameZh");
    }

    public String submittedAt(JsonObject line) {
        return line.isNull("submittedAt") ? "" : ApplicationClock.MINUTE.format(java.time.Instant.parse(line.getString("submittedAt")));
    }

    /** A rate of the whole overview as a percentage; empty when no summary was expected. */
    public String rate(String name) {
        JsonValue value = overview.get(name);
        return value instanceof JsonNumber number ? SummaryReport.percent(number.bigDecimalValue(), false) : "";
    }

    public int count(String name) {
        return overview.getInt(name);
    }

    public String getDueDate() {
        return overview.getString("dueDate");
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }
}
