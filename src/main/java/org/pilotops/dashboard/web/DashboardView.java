package org.pilotops.dashboard.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.pilotops.dashboard.boundary.CityFigures;
import org.pilotops.dashboard.boundary.Dashboard;
import org.pilotops.dashboard.boundary.DashboardService;
import org.pilotops.platform.document.Document;
import org.pilotops.platform.i18n.Messages;
import org.pilotops.platform.problem.NotFoundException;
import org.pilotops.platform.security.Actor;
import org.pilotops.platform.security.CurrentActor;
import org.pilotops.platform.security.Role;
import org.pilotops.platform.web.DocumentDownloads;
import org.pilotops.platform.web.LanguageSwitch;
import org.pilotops.summary.boundary.IndicatorTrend;
import org.primefaces.event.ItemSelectEvent;
import org.primefaces.model.StreamedContent;

/**
 * {@code dashboard/view.xhtml?province=…|city=…&year=…}: the dashboard of the nation, a province or a city.
 * Without a scope it opens the widest one the user follows: the nation for national reviewers, the
 * province for its reviewers, the city for its reporters. Charts are Chart.js configurations written by
 * {@link ChartConfig}; every chart has its table beside it, and the whole as a workbook. A bar of the
 * comparison, like a row of its table, opens the province's or city's dashboard; a city's record counts open
 * the records behind them.
 */
@Named
@ViewScoped
public class DashboardView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    DashboardService dashboards;

    @Inject
    CurrentActor current;

    @Inject
    LanguageSwitch language;

    private Integer province;
    private Long city;
    private Integer year;
    private String indicator;
    private Dashboard dashboard;

    public void load() {
        Actor actor = current.get();
        year = dashboards.yearInView(year);
        if (city == null && province == null && !actor.has(Role.NATIONAL_REVIEWER)) {
            province = actor.has(Role.PROVINCE_REVIEWER) ? actor.provinceId() : null;
            city = province == null ? actor.cityId() : null;
            if (province == null && city == null) {
                throw new NotFoundException();
            }
        }
        dashboard = city != null ? dashboards.city(actor, city, year)
                : province != null ? dashboards.province(actor, province, year) : dashboards.nation(actor, year);
        if (indicator == null || main().stream().noneMatch(s -> s.code().equals(indicator))) {
            indicator = main().get(0).code();
        }
    }

    public Dashboard getDashboard() {
        return dashboard;
    }

    /** The scope's name: 全国, the province's or the city's, in the reader's language. */
    public String getScopeName() {
        return switch (dashboard.level()) {
            case NATION -> text("dashboard.nation");
            case PROVINCE -> language.name(dashboard.province().nameZh(), dashboard.province().nameEn());
            case CITY -> language.name(dashboard.city().nameZh(), dashboard.city().nameEn());
        };
    }

    public boolean isNational() {
        return current.get().has(Role.NATIONAL_REVIEWER);
    }

    /** The province in the breadcrumb: shown above a city to whoever may open the province's dashboard. */
    public boolean isProvinceLink() {
        Actor actor = current.get();
        return dashboard.level() == Dashboard.Level.CITY && (actor.has(Role.NATIONAL_REVIEWER)
                || actor.has(Role.PROVINCE_REVIEWER) && Integer.valueOf(dashboard.province().id()).equals(actor.provinceId()));
    }

    public List<IndicatorTrend.Series> main() {
        return dashboard.indicators().main();
    }

    public IndicatorTrend.Series getSelected() {
        return main().stream().filter(s -> s.code().equals(indicator)).findFirst().orElseThrow();
    }

    /** The indicators that are shown in the table: main ones and their parts, not the supporting counts. */
    public List<IndicatorTrend.Series> getIndicatorLines() {
        return dashboard.indicators().series().stream()
                .filter(s -> s.main() || s.parent() != null).toList();
    }

    // --- charts ---

    public String getRecordsChart() {
        ChartConfig chart = ChartConfig.bar(years(), true);
        for (String kind : dashboard.kinds()) {
            chart.dataset(text("kind." + kind), dashboard.years().stream()
                    .map(y -> (Number) dashboard.records(kind, y)).toList());
        }
        return chart.json();
    }

    public String getIndicatorChart() {
        IndicatorTrend.Series series = getSelected();
        ChartConfig chart = ChartConfig.line(years());
        chart.dataset(text("indicator." + series.code()), dashboard.years().stream()
                .map(y -> (Number) series.figure(y)).toList());
        if (dashboard.level() == Dashboard.Level.CITY) {
            chart.dataset(text("dashboard.target"), dashboard.years().stream().map(y -> (Number) series.target(y)).toList());
        }
        return chart.json();
    }

    /** Target vs actual for the year in focus: the city's main indicators that had a target. */
    public List<IndicatorTrend.Series> getTargeted() {
        return main().stream().filter(s -> s.target(dashboard.year()) != null).toList();
    }

    public String getTargetChart() {
        List<IndicatorTrend.Series> targeted = getTargeted();
        ChartConfig chart = ChartConfig.horizontalBar(targeted.stream().map(s -> text("indicator." + s.code())).toList());
        chart.dataset(text("dashboard.actual"), targeted.stream().map(s -> (Number) s.figure(dashboard.year())).toList());
        chart.dataset(text("dashboard.target"), targeted.stream().map(s -> (Number) s.target(dashboard.year())).toList());
        return chart.json();
    }

    public String getComparisonChart() {
        ChartConfig chart = ChartConfig.horizontalBar(dashboard.parts().stream()
                .map(p -> language.name(p.nameZh(), p.nameEn())).toList());
        chart.stacked();
        for (String kind : dashboard.kinds()) {
            chart.dataset(text("kind." + kind), dashboard.parts().stream().map(p -> (Number) p.records(kind)).toList());
        }
        return chart.json();
    }

    public String getRatesChart() {
        ChartConfig chart = ChartConfig.bar(years(), false);
        chart.percent();
        chart.dataset(text("summary.list.reportingRate"), dashboard.years().stream()
                .map(y -> (Number) percentOf(dashboard.rates().get(y).reportingRate())).toList());
        chart.dataset(text("summary.list.onTimeRate"), dashboard.years().stream()
                .map(y -> (Number) percentOf(dashboard.rates().get(y).onTimeRate())).toList());
        return chart.json();
    }

    /** A bar of the comparison chosen: that province's or city's dashboard. */
    public void drillDown(ItemSelectEvent event) {
        Dashboard.Part part = dashboard.parts().get(event.getItemIndex());
        String target = (dashboard.level() == Dashboard.Level.NATION ? "province=" : "city=") + part.id();
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath()
                    + "/dashboard/view.xhtml?" + target + "&year=" + dashboard.year());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // --- tables ---

    public StreamedContent getWorkbook() {
        Document document = dashboards.workbook(dashboard, language.getLocale());
        return DocumentDownloads.of(document);
    }

    public List<CityFigures> getCities() {
        return dashboard.cities();
    }

    public String percent(BigDecimal rate) {
        BigDecimal p = percentOf(rate);
        return p == null ? "—" : p.toPlainString() + " %";
    }

    /** A figure as the page writes it: thousands separated, an amount with its two decimals, a ratio in per cent. */
    public String figure(IndicatorTrend.Series series, BigDecimal value) {
        if (value == null) {
            return "—";
        }
        return switch (series.unit()) {
            case "RATIO" -> percent(value);
            case "AMOUNT" -> String.format("%,.2f", value);
            default -> String.format("%,d", value.longValue());
        };
    }

    public String amount(BigDecimal value) {
        return value == null ? "—" : String.format("%,.2f", value);
    }

    private static BigDecimal percentOf(BigDecimal rate) {
        return rate == null ? null : rate.movePointRight(2).setScale(1, RoundingMode.HALF_UP);
    }

    private List<String> years() {
        return new ArrayList<>(dashboard.years().stream().map(String::valueOf).toList());
    }

    private String text(String key) {
        return Messages.text(language.getLocale(), key, List.of());
    }

    public Integer getProvince() {
        return province;
    }

    public void setProvince(Integer province) {
        this.province = province;
    }

    public Long getCity() {
        return city;
    }

    public void setCity(Long city) {
        this.city = city;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public String getIndicator() {
        return indicator;
    }

    public void setIndicator(String indicator) {
        this.indicator = indicator;
    }
}
