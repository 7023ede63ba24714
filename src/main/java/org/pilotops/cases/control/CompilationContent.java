package org.pilotops.cases.control;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.pilotops.cases.entity.CaseArea;

/**
 * What the compilation of a year's selected typical cases contains, whatever the format it is written in
 * ({@link CaseCompilationPdf}, {@link CaseCompilationDocx}). The caller gives the cases with the cities in
 * the order the compilation lists them; the writers group them into {@link #chapters()}.
 *
 * @param dueDate when the cities' cases were due; null when the year has none
 */
public record CompilationContent(int year, LocalDate dueDate, Instant compiledAt, List<CompiledCase> cases) {

    public CompilationContent {
        Objects.requireNonNull(compiledAt, "compiledAt");
        cases = List.copyOf(Objects.requireNonNull(cases, "cases"));
    }

    public boolean isEmpty() {
        return cases.isEmpty();
    }

    /**
     * One chapter per content area that has cases, in the notice's order; an area without a selected case
     * has no chapter (the compilation shows what was selected, not what was missing). Inside a chapter the
     * cases of one city stand together, the cities in the order of their first case in {@link #cases()}.
     */
    public List<Chapter> chapters() {
        Map<CaseArea, Map<String, List<CompiledCase>>> byArea = new EnumMap<>(CaseArea.class);
        for (CompiledCase c : cases) {
            byArea.computeIfAbsent(c.area(), a -> new LinkedHashMap<>())
                    .computeIfAbsent(c.provinceName() + "\u0000" + c.cityName(), k -> new ArrayList<>()).add(c);
        }
        List<Chapter> chapters = new ArrayList<>();
        byArea.forEach((area, byCity) -> chapters.add(new Chapter(chapters.size() + 1, area,
                byCity.values().stream().flatMap(List::stream).toList())));
        return List.copyOf(chapters);
    }

    /** A content area's cases; {@code number} counts the chapters printed, from 1. */
    public record Chapter(int number, CaseArea area, List<CompiledCase> cases) {
    }
}
