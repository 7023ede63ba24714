package org.pilotops.dashboard.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.pilotops.city.boundary.CityDirectory;
import org.pilotops.city.boundary.CityDto;
import org.pilotops.city.boundary.ProvinceDto;
import org.pilotops.platform.document.Document;
import org.pilotops.platform.document.FileFormat;
import org.pilotops.platform.problem.NotFoundException;
import org.pilotops.platform.record.RecordKind;
import org.pilotops.platform.security.Actor;
import org.pilotops.records.boundary.RecordKinds;
import org.pilotops.records.boundary.RecordTallies.Breakdown;
import org.pilotops.records.boundary.RecordTallies.Scope;
import org.pilotops.records.boundary.RecordTallies;
import org.pilotops.summary.boundary.AnnualSummaryService;
import org.pilotops.summary.boundary.IndicatorTrend;
import org.pilotops.summary.boundary.SummaryOverview;

/**
 * The figures of the dashboards and of {@code GET /api/v1/overview}. Record counts come from the live
 * aggregates, a few rows per city and year however many records there are; the indicators, the summaries'
 * states and the rates come from the annual summaries' boundary, which also decides who sees what: the
 * nation for national reviewers, a province for its reviewers and national ones, a city for whoever may
 * see its summaries (403 or 404 otherwise, before anything is counted).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class DashboardService {

    @Inject
    AnnualSummaryService summaries;

    @Inject
    RecordTallies tallies;

    @Inject
    RecordKinds kinds;

    @Inject
    CityDirectory cities;

    /** The pilot years, oldest first: what dashboards and overviews may be asked for. */
    public List<Integer> years() {
        return summaries.years();
    }

    /** The year a dashboard shows: the one asked for when it is a pilot year, else the current one. */
    public int yearInView(Integer asked) {
        return summaries.yearInView(asked);
    }

    /**
     * Each city the actor follows, for one year: its records and amounts per kind, its summary's state and
     * timeliness, its compliance flags; with the reporting and on-time rates of those cities.
     */
    public Overview overview(Actor actor, int year) {
        SummaryOverview seen = summaries.overview(actor, year);
        return new Overview(seen, figures(seen.cities(), year));
    }

    /** A year's overview: the summaries' overview and each city's figures, in the same order. */
    public record Overview(SummaryOverview summaries, List<CityFigures> cities) {
    }

    /** The dashboard of the nation. */
    public Dashboard nation(Actor actor, int year) {
        return dashboard(actor, Dashboard.Level.NATION, null, null, year);
    }

    /** The dashboard of a province: 404 for one that does not exist. */
    public Dashboard province(Actor actor, int provinceId, int year) {
        ProvinceDto province = cities.provinces().stream().filter(p -> p.id() == provinceId).findFirst()
                .orElseThrow(NotFoundException::new);
        return dashboard(actor, Dashboard.Level.PROVINCE, province, null, year);
    }

    /** The dashboard of a city: 404 for one the actor may not see, as everywhere. */
    public Dashboard city(Actor actor, long cityId, int year) {
        IndicatorTrend indicators = summaries.indicatorTrend(actor, cityId, null); // refuses first
        CityDto city = cities.city(cityId).orElseThrow(NotFoundException::new);
        ProvinceDto province = cities.provinces().stream().filter(p -> p.id() == city.provinceId()).findFirst()
                .orElseThrow();
        return assemble(actor, Dashboard.Level.CITY, province, city, year, indicators);
    }

    private Dashboard dashboard(Actor actor, Dashboard.Level level, ProvinceDto province, CityDto city, int year) {
        IndicatorTrend indicators = summaries.indicatorTrend(actor, null, province == null ? null : province.id());
        return assemble(actor, level, province, city, year, indicators);
    }

    private Dashboard assemble(Actor actor, Dashboard.Level level, ProvinceDto province, CityDto city, int year,
                               IndicatorTrend indicators) {
        List<Integer> years = years();
        if (!years.contains(year)) {
            throw new NotFoundException();
        }
        Scope scope = city != null ? Scope.city(city.id()) : province != null ? Scope.province(province.id()) : Scope.nation();
        Predicate<SummaryOverview.Line> inScope = line -> city != null ? line.city().id() == city.id()
                : province == null || line.province().id() == province.id();

        List<String> paths = kinds.all().stream().map(RecordKind::path).toList();
        Map<String, Map<Integer, Long>> records = new LinkedHashMap<>();
        Map<String, Map<Integer, BigDecimal>> amounts = new LinkedHashMap<>();
        for (RecordTallies.Tally t : tallies.tallies(scope, Breakdown.NONE, years.get(0), years.get(years.size() - 1))) {
            records.computeIfAbsent(t.kind(), k -> new TreeMap<>()).put(t.year(), t.records());
            if (t.amount() != null) {
                amounts.computeIfAbsent(t.kind(), k -> new TreeMap<>()).put(t.year(), t.amount());
            }
        }

        Map<Integer, SummaryOverview.Rates> rates = new TreeMap<>();
        SummaryOverview focus = null;
        for (int y : years) {
            SummaryOverview overview = summaries.overview(actor, y);
            rates.put(y, SummaryOverview.Rates.of(overview.cities().stream().filter(inScope).toList()));
            if (y == year) {
                focus = overview;
            }
        }
        List<SummaryOverview.Line> lines = focus.cities().stream().filter(inScope).toList();
        List<CityFigures> perCity = figures(lines, year);
        return new Dashboard(level, province, city, year, years, paths, records, amounts, indicators, rates,
                parts(level, perCity), perCity);
    }

    /** A dashboard's tables as a workbook in the reader's language. */
    public Document workbook(Dashboard dashboard, Locale locale) {
        String scope = switch (dashboard.level()) {
            case NATION -> "nation";
            case PROVINCE -> "province-" + dashboard.province().id();
            case CITY -> "city-" + dashboard.city().divisionCode();
        };
        return Document.write("dashboard-" + scope + "-" + dashboard.year(), FileFormat.XLSX,
                out -> DashboardWorkbook.write(dashboard, locale, out));
    }

    /** The comparison: per province for the nation, per city for a province, none for a city. */
    private static List<Dashboard.Part> parts(Dashboard.Level level, List<CityFigures> perCity) {
        if (level == Dashboard.Level.CITY) {
            return List.of();
        }
        if (level == Dashboard.Level.PROVINCE) {
            return perCity.stream().map(c -> new Dashboard.Part(c.city().id(), c.city().nameZh(), c.city().nameEn(),
                    c.records(), SummaryOverview.Rates.of(List.of(c.summary())))).toList();
        }
        Map<Integer, List<CityFigures>> byProvince = new LinkedHashMap<>();
        perCity.forEach(c -> byProvince.computeIfAbsent(c.province().id(), p -> new ArrayList<>()).add(c));
        return byProvince.values().stream().map(own -> {
            ProvinceDto p = own.get(0).province();
            Map<String, Long> records = new TreeMap<>();
            own.forEach(c -> c.records().forEach((kind, n) -> records.merge(kind, n, Long::sum)));
            return new Dashboard.Part(p.id(), p.nameZh(), p.nameEn(), records,
                    SummaryOverview.Rates.of(own.stream().map(CityFigures::summary).toList()));
        }).toList();
    }

    /** Each line's records and amounts of the year, from one query over the tallies of the lines' cities. */
    private List<CityFigures> figures(List<SummaryOverview.Line> lines, int year) {
        if (lines.isEmpty()) {
            return List.of();
        }
        Scope scope = lines.size() == 1 ? Scope.city(lines.get(0).city().id())
                : lines.stream().allMatch(l -> l.province().id() == lines.get(0).province().id())
                ? Scope.province(lines.get(0).province().id()) : Scope.nation();
        Map<Long, Map<String, Long>> records = new HashMap<>();
        Map<Long, Map<String, BigDecimal>> amounts = new HashMap<>();
        List<String> paths = kinds.all().stream().map(RecordKind::path).toList();
        lines.forEach(line -> paths.forEach(kind ->
                records.computeIfAbsent(line.city().id(), c -> new TreeMap<>()).put(kind, 0L)));
        for (RecordTallies.Tally t : tallies.tallies(scope, Breakdown.CITY, year, year)) {
            records.computeIfAbsent(t.key(), c -> new TreeMap<>()).put(t.kind(), t.records());
            if (t.amount() != null) {
                amounts.computeIfAbsent(t.key(), c -> new TreeMap<>()).put(t.kind(), t.amount());
            }
        }
        return lines.stream().map(line -> new CityFigures(line, records.getOrDefault(line.city().id(), Map.of()),
                amounts.getOrDefault(line.city().id(), Map.of()))).toList();
    }
}
