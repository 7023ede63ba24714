package org.pilotops.summary.entity;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * What a city writes in its annual summary, as one piece: the narrative of each pilot content area, the
 * next year's plan and the next year's targets. Saving a draft replaces all of it (the API's PUT), so
 * a section left out is a section emptied. Blank texts count as not written.
 *
 * @param sections     narrative per area; areas left out are empty
 * @param nextYearPlan the next year's work plan (下一年度工作计划)
 * @param targets      next year's target per main indicator; indicators left out have none
 */
public record SummaryDraft(Map<SummarySection, String> sections, String nextYearPlan,
                           Map<Indicator, BigDecimal> targets) {

    public SummaryDraft {
        sections = copy(SummarySection.class, sections);
        targets = copy(Indicator.class, targets);
    }

    private static <K extends Enum<K>, V> Map<K, V> copy(Class<K> keys, Map<K, V> values) {
        EnumMap<K, V> copy = new EnumMap<>(keys);
        if (values != null) {
            values.forEach((k, v) -> {
                if (k != null && v != null) {
                    copy.put(k, v);
                }
            });
        }
        return Collections.unmodifiableMap(copy);
    }
}
