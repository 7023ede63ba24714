package org.pilotops.cases.control;

import java.util.List;
import java.util.Objects;
import org.pilotops.cases.entity.CaseArea;

/**
 * One selected case as the compilation prints it: plain text, paragraphs separated by line breaks, and
 * one line per record that backs it (e.g. 专利导航项目 · 2019 · 张家港市冶金产业专利导航 · 预算 50 万元), so the
 * writers need neither the database nor the record kinds. Texts not written yet may be null.
 */
public record CompiledCase(CaseArea area, String provinceName, String cityName, String title, String background,
                           String measures, String results, List<String> backingFacts) {

    public CompiledCase {
        Objects.requireNonNull(area, "area");
        Objects.requireNonNull(cityName, "cityName");
        Objects.requireNonNull(title, "title");
        backingFacts = backingFacts == null ? List.of()
                : backingFacts.stream().filter(f -> f != null && !f.isBlank()).map(String::strip).toList();
    }
}
