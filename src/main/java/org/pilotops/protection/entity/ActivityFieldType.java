package org.pilotops.protection.entity;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.pilotops.platform.field.FieldType;
import org.pilotops.platform.field.FieldValueException;
import org.pilotops.platform.field.JsonShape;
import org.pilotops.platform.field.ProgrammeDates;
import org.pilotops.platform.rest.JsonFactory;

/**
 * A centre's yearly caseload. In JSON an array of {@code {year, casesAccepted, casesClosed,
 * disputesMediated}}; in a file cell the same as {@code 2018:120/100/30; 2019:80/70/20}; in the portal's
 * form a table of one row per year, joined into that text ({@link #joinRows}) so the form is read exactly
 * like a file. Each year at most once, within the programme, with counts of 0 or more.
 */
public final class ActivityFieldType implements FieldType<List<YearActivity>> {

    private static final int MAX_COUNT = 10_000_000;
    /** The cells of one year, in the order of the text {@code year:accepted/closed/mediated}. */
    static final List<String> COLUMNS = List.of("year", "casesAccepted", "casesClosed", "disputesMediated");
    private static final Pattern DIGITS = Pattern.compile("\\d{1,9}");
    private static final Pattern NEGATIVE = Pattern.compile("-\\d{1,9}");
    private static final Pattern ENTRIES = Pattern.compile("[;；]");
    private static final Pattern YEAR_SEPARATOR = Pattern.compile("[:：]");
    /** What a cell may not contain, since it would split the joined text differently. */
    private static final Pattern SEPARATORS = Pattern.compile("[;；:：/]");

    /**
     * Reads entry by entry, cell by cell, so that a refusal names the entry (the table's row) and the
     * cell at fault; a form maps it back onto the cell it came from.
     */
    @Override
    public List<YearActivity> parse(String text) throws FieldValueException {
        List<YearActivity> years = new ArrayList<>();
        Set<Integer> seen = new HashSet<>();
        int row = 0;
        for (String entry : ENTRIES.split(text)) {
            if (entry.isBlank()) {
                continue;
            }
            YearActivity year = entry(entry.strip(), row);
            if (!seen.add(year.getYear())) {
                throw new FieldValueException("activity.duplicate-year", year.getYear()).atCell(row, "year");
            }
            years.add(year);
            row++;
        }
        years.sort(java.util.Comparator.comparingInt(YearActivity::getYear));
        return years;
    }

    private static YearActivity entry(String entry, int row) throws FieldValueException {
        List<String> cells = cells(entry);
        if (cells == null) {
            throw new FieldValueException("activity.format", entry).atCell(row, null);
        }
        String yearText = cells.get(0);
        if (yearText.isEmpty()) {
            throw new FieldValueException("field.required").atCell(row, "year");
        }
        if (!DIGITS.matcher(yearText).matches()) {
            throw new FieldValueException("field.count-format", yearText).atCell(row, "year");
        }
        int year = Integer.parseInt(yearText);
        if (year < ProgrammeDates.EARLIEST.getYear() || year > ProgrammeDates.LATEST.getYear()) {
            throw new FieldValueException("activity.year", year).atCell(row, "year");
        }
        int[] counts = new int[3];
        for (int i = 0; i < 3; i++) {
            String cell = cells.get(i + 1);
            String column = COLUMNS.get(i + 1);
            if (cell.isEmpty()) {
                throw new FieldValueException("field.required").atCell(row, column);
            }
            if (NEGATIVE.matcher(cell).matches()) {
                throw new FieldValueException("activity.count", year).atCell(row, column);
            }
            if (!DIGITS.matcher(cell).matches()) {
                throw new FieldValueException("field.count-format", cell).atCell(row, column);
            }
            counts[i] = Integer.parseInt(cell);
            if (counts[i] > MAX_COUNT) {
                throw new FieldValueException("activity.count", year).atCell(row, column);
            }
        }
        return new YearActivity(year, counts[0], counts[1], counts[2]);
    }

    /** An entry's four cells, trimmed, or null when it is not written {@code year:a/b/c}. */
    private static List<String> cells(String entry) {
        String[] yearAndCounts = YEAR_SEPARATOR.split(entry, -1);
        if (yearAndCounts.length != 2) {
            return null;
        }
        String[] counts = yearAndCounts[1].split("/", -1);
        if (counts.length != 3) {
            return null;
        }
        List<String> cells = new ArrayList<>();
        cells.add(yearAndCounts[0].strip());
        for (String count : counts) {
            cells.add(count.strip());
        }
        return cells;
    }

    /** A form edits the caseload as a table: one row per year. */
    @Override
    public Editor editor() {
        return Editor.ROWS;
    }

    @Override
    public List<String> rowColumns() {
        return COLUMNS;
    }

    /** The entries of a stored or imported text as rows; an entry not written {@code year:a/b/c} stays whole in its first cell. */
    @Override
    public List<List<String>> rows(String text) {
        List<List<String>> rows = new ArrayList<>();
        for (String entry : ENTRIES.split(text == null ? "" : text)) {
            if (entry.isBlank()) {
                continue;
            }
            List<String> cells = cells(entry.strip());
            rows.add(cells != null ? cells : List.of(entry.strip(), "", "", ""));
        }
        return rows;
    }

    /**
     * The text of the rows that have a cell filled. A separator typed into a cell becomes "_", so the
     * cell is refused as not a number instead of splitting the text into other entries.
     */
    @Override
    public String joinRows(List<List<String>> rows) {
        return rows.stream()
                .filter(cells -> cells.stream().anyMatch(cell -> cell != null && !cell.isBlank()))
                .map(cells -> {
                    List<String> clean = new ArrayList<>();
                    for (int i = 0; i < COLUMNS.size(); i++) {
                        String cell = i < cells.size() && cells.get(i) != null ? cells.get(i).strip() : "";
                        clean.add(SEPARATORS.matcher(cell).replaceAll("_"));
                    }
                    return clean.get(0) + ":" + clean.get(1) + "/" + clean.get(2) + "/" + clean.get(3);
                })
                .collect(Collectors.joining("; "));
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
        JsonArrayBuilder array = JsonFactory.array();
        years.forEach(a -> array.add(JsonFactory.object().add("year", a.getYear())
                .add("casesAccepted", a.getCasesAccepted()).add("casesClosed", a.getCasesClosed())
                .add("disputesMediated", a.getDisputesMediated())));
        return array.build();
    }

    @Override
    public boolean queryable() {
        return false;
    }

    /** An array of one object per year, each member required; a year at most once. */
    @Override
    public JsonShape jsonShape() {
        JsonShape count = JsonShape.integer().withFormat("int32")
                .withRange(BigDecimal.ZERO, BigDecimal.valueOf(MAX_COUNT), false);
        Map<String, JsonShape> members = new LinkedHashMap<>();
        members.put(COLUMNS.get(0), JsonShape.integer().withFormat("int32").withRange(BigDecimal.valueOf(
                ProgrammeDates.EARLIEST.getYear()), BigDecimal.valueOf(ProgrammeDates.LATEST.getYear()), false));
        COLUMNS.subList(1, COLUMNS.size()).forEach(column -> members.put(column, count));
        return JsonShape.arrayOf(JsonShape.object(members));
    }

    @Override
    public String expectedJson() {
        return "array of {year, casesAccepted, casesClosed, disputesMediated}";
    }

    /**
     * A whole number of the entry; one beyond a {@code long} (which no year or count can be) as the nearest
     * {@code long}, so that {@link #checked} refuses it as out of range like any other, never as an overflow.
     */
    private static long number(JsonObject entry, String name) throws FieldValueException {
        if (!(entry.get(name) instanceof JsonNumber number) || !number.isIntegral()) {
            throw new FieldValueException("activity.member", name);
        }
        BigInteger value = number.bigIntegerValue();
        return value.bitLength() < Long.SIZE ? value.longValue() : value.signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
    }

    private static YearActivity checked(long year, long accepted, long closed, long mediated)
            throws FieldValueException {
        if (year < ProgrammeDates.EARLIEST.getYear() || year > ProgrammeDates.LATEST.getYear()) {
            throw new FieldValueException("activity.year", year);
        }
        for (long count : new long[] {accepted, closed, mediated}) {
            if (count < 0 || count > MAX_COUNT) {
                throw new FieldValueException("activity.count", year);
            }
        }
        return new YearActivity((int) year, (int) accepted, (int) closed, (int) mediated);
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
