package org.pilotops.protection.entity;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.pilotops.platform.record.FieldType;
import org.pilotops.platform.record.FieldValueException;
import org.pilotops.platform.record.ProgrammeDates;

/**
 * A centre's yearly caseload. In JSON an array of {@code {year, casesAccepted, casesClosed,
 * disputesMediated}}; in a form or a file cell the same as {@code 2018:120/100/30; 2019:80/70/20}. Each
 * year at most once, within the programme, with counts of 0 or more.
 */
public final class ActivityFieldType implements FieldType<List<YearActivity>> {

    private static final Pattern ENTRY = Pattern.compile("(\\d{4})\\s*[:：]\\s*(\\d{1,9})\\s*/\\s*(\\d{1,9})\\s*/\\s*(\\d{1,9})");
    private static final int MAX_COUNT = 10_000_000;

    @Override
    public List<YearActivity> parse(String text) throws FieldValueException {
        List<YearActivity> years = new ArrayList<>();
        for (String entry : text.split("[;；]")) {
            if (entry.isBlank()) {
                continue;
            }
            Matcher m = ENTRY.matcher(entry.strip());
            if (!m.matches()) {
                throw new FieldValueException("activity.format", entry.strip());
            }
            years.add(checked(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)),
                    Integer.parseInt(m.group(4))));
        }
        return distinctYears(years);
    }

    @Override
    public List<YearActivity> fromJson(JsonValue json) throws FieldValueException {
        if (!(json instanceof JsonArray array)) {
            throw new FieldValueException("field.wrong-type", expectedJson());
        }
        List<YearActivity> years = new ArrayList<>();
        for (JsonValue item : array) {
            if (!(item instanceof JsonObject entry)) {
                throw new FieldValueException("field.wrong-type", expectedJson());
            }
            years.add(checked(number(entry, "year"), number(entry, "casesAccepted"), number(entry, "casesClosed"),
                    number(entry, "disputesMediated")));
        }
        return distinctYears(years);
    }

    @Override
    public String format(List<YearActivity> years) {
        return years.stream().map(a -> a.getYear() + ":" + a.getCasesAccepted() + "/" + a.getCasesClosed() + "/"
                + a.getDisputesMediated()).collect(Collectors.joining("; "));
    }

    @Override
    public JsonValue toJson(List<YearActivity> years) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        years.forEach(a -> array.add(Json.createObjectBuilder().add("year", a.getYear())
                .add("casesAccepted", a.getCasesAccepted()).add("casesClosed", a.getCasesClosed())
                .add("disputesMediated", a.getDisputesMediated())));
        return array.build();
    }

    @Override
    public boolean queryable() {
        return false;
    }

    @Override
    public String expectedJson() {
        return "array of {year, casesAccepted, casesClosed, disputesMediated}";
    }

    private static int number(JsonObject entry, String name) throws FieldValueException {
        if (!(entry.get(name) instanceof JsonNumber number) || !number.isIntegral()) {
            throw new FieldValueException("activity.member", name);
        }
        return number.intValueExact();
    }

    private static YearActivity checked(int year, int accepted, int closed, int mediated) throws FieldValueException {
        if (year < ProgrammeDates.EARLIEST.getYear() || year > ProgrammeDates.LATEST.getYear()) {
            throw new FieldValueException("activity.year", year);
        }
        for (int count : new int[] {accepted, closed, mediated}) {
            if (count < 0 || count > MAX_COUNT) {
                throw new FieldValueException("activity.count", year);
            }
        }
        return new YearActivity(year, accepted, closed, mediated);
    }

    private static List<YearActivity> distinctYears(List<YearActivity> years) throws FieldValueException {
        Set<Integer> seen = new HashSet<>();
        for (YearActivity year : years) {
            if (!seen.add(year.getYear())) {
                throw new FieldValueException("activity.duplicate-year", year.getYear());
            }
        }
        years.sort(java.util.Comparator.comparingInt(YearActivity::getYear));
        return years;
    }
}
