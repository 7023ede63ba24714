package org.pilotops.summary.boundary;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.pilotops.city.boundary.CityDto;
import org.pilotops.city.boundary.ProvinceDto;
import org.pilotops.platform.rest.JsonFactory;
import org.pilotops.summary.entity.SubmissionTimeliness;
import org.pilotops.summary.entity.SummaryStatus;

/**
 * A year's annual summaries as reviewers follow them, in the spirit of a DHIS2 reporting-rate summary:
 * each expected city's state and timeliness, and per province and in all the reporting rate (summaries
 * handed in ÷ expected) and the on-time rate (first handed in by the due date ÷ expected). A summary
 * counts as handed in while it is submitted, endorsed or accepted; a returned one waits for the city
 * again. One value for the API, the list page, its workbook and the home pages.
 */
public record SummaryOverview(int year, LocalDate dueDate, boolean provinceEndorsement, List<Line> cities,
                              List<ProvinceRates> provinces, Rates all) {

    /** States in which the city's summary counts as handed in for the reporting rate. */
    public static final Set<SummaryStatus> RECEIVED = EnumSet.of(SummaryStatus.SUBMITTED, SummaryStatus.ENDORSED,
            SummaryStatus.ACCEPTED);

    /** One expected city's summary: where it stands and whether it came in on time. */
    public record Line(CityDto city, ProvinceDto province, SummaryStatus status, SubmissionTimeliness timeliness,
                       Instant submittedAt) {

        public boolean received() {
            return RECEIVED.contains(status);
        }

        /** Null until first handed in; then whether that was by the due date. */
        public Boolean onTime() {
            return submittedAt == null ? null : timeliness == SubmissionTimeliness.ON_TIME;
        }

        /** The message key naming the summary's state, for pages and documents of other features. */
        public String statusKey() {
            return "enum.SummaryStatus." + status.name();
        }

        /** The message key naming whether it came on time, late, or is still awaited. */
        public String timelinessKey() {
            return "enum.SubmissionTimeliness." + timeliness.name();
        }

        /** The city's line as {@code GET /api/v1/annual-summaries} and the overview write it. */
        public JsonObjectBuilder json() {
            JsonObjectBuilder json = JsonFactory.object()
                    .add("cityId", city.id())
                    .add("nameZh", city.nameZh())
                    .add("provinceId", province.id())
                    .add("status", status.name())
                    .add("timeliness", timeliness.name());
            text(json, "nameEn", city.nameEn());
            text(json, "submittedAt", submittedAt);
            if (onTime() == null) {
                json.addNull("onTime");
            } else {
                json.add("onTime", onTime());
            }
            return json;
        }
    }

    /** The rates of a province's expected cities. */
    public record ProvinceRates(ProvinceDto province, Rates rates) {
    }

    /** Counts of expected, handed in, on time, late and missing summaries, and the two rates. */
    public record Rates(int expected, int submitted, int onTime, int late) {

        /** The rates of the lines given: any selection of cities. */
        public static Rates of(List<Line> lines) {
            int submitted = 0;
            int onTime = 0;
            for (Line line : lines) {
                if (line.received()) {
                    submitted++;
                    if (Boolean.TRUE.equals(line.onTime())) {
                        onTime++;
                    }
                }
            }
            return new Rates(lines.size(), submitted, onTime, submitted - onTime);
        }

        public int missing() {
            return expected - submitted;
        }

        /** Handed in ÷ expected, four decimals; null when no summary was expected. */
        public BigDecimal reportingRate() {
            return rate(submitted);
        }

        /** Handed in on time ÷ expected, four decimals; null when no summary was expected. */
        public BigDecimal onTimeRate() {
            return rate(onTime);
        }

        private BigDecimal rate(int count) {
            return expected == 0 ? null
                    : BigDecimal.valueOf(count).divide(BigDecimal.valueOf(expected), 4, RoundingMode.HALF_UP);
        }

        public JsonObjectBuilder json() {
            JsonObjectBuilder json = JsonFactory.object()
                    .add("expected", expected)
                    .add("submitted", submitted)
                    .add("onTime", onTime)
                    .add("late", late)
                    .add("missing", missing());
            number(json, "reportingRate", reportingRate());
            number(json, "onTimeRate", onTimeRate());
            return json;
        }
    }

    /** The overview of the lines given, with the rates per province in the order the lines name them. */
    public static SummaryOverview of(int year, LocalDate dueDate, boolean provinceEndorsement, List<Line> lines) {
        Map<Integer, List<Line>> byProvince = new LinkedHashMap<>();
        lines.forEach(line -> byProvince.computeIfAbsent(line.province().id(), p -> new java.util.ArrayList<>()).add(line));
        List<ProvinceRates> provinces = byProvince.values().stream()
                .map(own -> new ProvinceRates(own.get(0).province(), Rates.of(own))).toList();
        return new SummaryOverview(year, dueDate, provinceEndorsement, List.copyOf(lines), provinces, Rates.of(lines));
    }

    /** The line of one city, if it is expected and seen. */
    public java.util.Optional<Line> line(long cityId) {
        return cities.stream().filter(l -> l.city().id() == cityId).findFirst();
    }

    /** How many summaries are in the state. */
    public long count(SummaryStatus status) {
        return cities.stream().filter(l -> l.status() == status).count();
    }

    /** Summaries a province reviewer is to endorse: submitted ones, when the year asks provinces to. */
    public long waitingForProvince() {
        return provinceEndorsement ? count(SummaryStatus.SUBMITTED) : 0;
    }

    /** Summaries national reviewers are to accept or return: endorsed ones, or submitted ones without endorsement. */
    public long waitingForNation() {
        return count(provinceEndorsement ? SummaryStatus.ENDORSED : SummaryStatus.SUBMITTED);
    }

    /** The body of {@code GET /api/v1/annual-summaries?year=} (SPEC §9). */
    public JsonObject toJson() {
        JsonArrayBuilder lines = JsonFactory.array();
        cities.forEach(line -> lines.add(line.json()));
        JsonArrayBuilder perProvince = JsonFactory.array();
        for (ProvinceRates p : provinces) {
            JsonObjectBuilder json = p.rates().json().add("provinceId", p.province().id())
                    .add("nameZh", p.province().nameZh());
            text(json, "nameEn", p.province().nameEn());
            perProvince.add(json);
        }
        return all.json()
                .add("year", year)
                .add("dueDate", dueDate.toString())
                .add("provinceEndorsement", provinceEndorsement)
                .add("cities", lines)
                .add("provinces", perProvince)
                .build();
    }

    private static void text(JsonObjectBuilder json, String name, Object value) {
        if (value == null) {
            json.addNull(name);
        } else {
            json.add(name, value.toString());
        }
    }

    private static void number(JsonObjectBuilder json, String name, BigDecimal value) {
        if (value == null) {
            json.addNull(name);
        } else {
            json.add(name, value);
        }
    }
}
