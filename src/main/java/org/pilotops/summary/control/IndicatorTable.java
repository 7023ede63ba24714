package org.pilotops.summary.control;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pilotops.platform.rest.JsonFactory;
import org.pilotops.summary.entity.Indicator;

/**
 * A summary's indicator table (SPEC §4, §5): a scope's figures of the year, of the year before, and the
 * targets the previous summary set for this year. Computed live while a city drafts; written as JSON
 * ({@link #toJson()}) into the summary and its history when the city submits, so what the reviewers
 * judged stays exactly what the city handed in, even if records or last year's figures change later.
 *
 * <pre>{"year": 2019,
 *  "figures":         {"NAVIGATION_PROJECTS": 3, "NAVIGATION_SMES_REACHED": null, …},
 *  "previousFigures": {…} or null before the programme's first year,
 *  "targets":         {"NAVIGATION_PROJECTS": 4, …}}</pre>
 *
 * Every indicator of the time is written, {@code null} when not reported; reading ignores codes it no
 * longer knows and takes codes it does not find as not reported.
 *
 * @param previous last year's figures, or null when there is no previous pilot year
 * @param targets  this year's targets from last year's summary; empty when none were set
 */
public record IndicatorTable(Indicators current, Indicators previous, Map<Indicator, BigDecimal> targets) {

    public IndicatorTable {
        if (previous != null && previous.year() != current.year() - 1) {
            throw new IllegalArgumentException("previous figures of " + previous.year() + " for " + current.year());
        }
        EnumMap<Indicator, BigDecimal> copy = new EnumMap<>(Indicator.class);
        targets.forEach((indicator, target) -> {
            if (target != null) {
                copy.put(indicator, indicator.unit().normalise(target));
            }
        });
        targets = Collections.unmodifiableMap(copy);
    }

    public int year() {
        return current.year();
    }

    /** One line per indicator, in the order of {@link Indicator}. */
    public List<IndicatorLine> lines() {
        return Arrays.stream(Indicator.values()).map(this::line).toList();
    }

    public IndicatorLine line(Indicator indicator) {
        return new IndicatorLine(indicator, current.figure(indicator),
                previous == null ? null : previous.figure(indicator), targets.get(indicator));
    }

    public String toJson() {
        JsonObjectBuilder json = JsonFactory.object()
                .add("year", year())
                .add("figures", figures(current));
        if (previous == null) {
            json.addNull("previousFigures");
        } else {
            json.add("previousFigures", figures(previous));
        }
        JsonObjectBuilder targetsJson = JsonFactory.object();
        targets.forEach((indicator, target) -> targetsJson.add(indicator.name(), target));
        return json.add("targets", targetsJson).build().toString();
    }

    private static JsonObjectBuilder figures(Indicators indicators) {
        JsonObjectBuilder json = JsonFactory.object();
        for (Indicator indicator : Indicator.values()) {
            BigDecimal figure = indicators.figure(indicator);
            if (figure == null) {
                json.addNull(indicator.name());
            } else {
                json.add(indicator.name(), figure);
            }
        }
        return json;
    }

    /** The table a summary froze; see the class comment for what is read from older tables. */
    public static IndicatorTable fromJson(String text) {
        JsonObject json;
        try (JsonReader reader = JsonFactory.reader(new StringReader(text))) {
            json = reader.readObject();
        }
        int year = json.getInt("year");
        JsonValue previous = json.getOrDefault("previousFigures", JsonValue.NULL);
        return new IndicatorTable(new Indicators(year, numbers(json.getJsonObject("figures"))),
                previous.getValueType() == JsonValue.ValueType.OBJECT
                        ? new Indicators(year - 1, numbers(previous.asJsonObject())) : null,
                numbers(json.getJsonObject("targets")));
    }

    private static Map<Indicator, BigDecimal> numbers(JsonObject json) {
        Map<Indicator, BigDecimal> numbers = new EnumMap<>(Indicator.class);
        if (json != null) {
            json.forEach((code, value) -> known(code).ifPresent(indicator -> {
                if (value instanceof JsonNumber number) {
                    numbers.put(indicator, number.bigDecimalValue());
                }
            }));
        }
        return numbers;
    }

    private static Optional<Indicator> known(String code) {
        try {
            return Optional.of(Indicator.valueOf(code));
        } catch (IllegalArgumentException retired) {
            return Optional.empty();
        }
    }
}
