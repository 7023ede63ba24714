package org.pilotops.reminder.boundary;

import java.time.Instant;
import java.util.List;
import org.pilotops.reminder.entity.ReminderRule;

/**
 * A reminder rule as national reviewers read and edit it. {@code code} and {@code audience} say what it is
 * about and to whom it goes (fixed); {@code enabled}, {@code offsets} (signed days from the anchor date,
 * negative before it), {@code repeatDays} (after the last offset; null for none) and {@code horizonDays}
 * (nothing later than this after the anchor) are what a {@code PUT} changes, with the {@code version} read.
 */
public record ReminderRuleDto(int id, String code, String audience, boolean enabled, List<Integer> offsets,
                              Integer repeatDays, int horizonDays, String updatedBy, Instant updatedAt, long version) {

    static ReminderRuleDto of(ReminderRule rule) {
        return new ReminderRuleDto(rule.getId(), rule.getCode().name(), rule.getCode().audience().name(), rule.isEnabled(),
                rule.offsets(), rule.getRepeatDays(), rule.getHorizonDays(), rule.getUpdatedBy(), rule.getUpdatedAt(),
                rule.getVersion());
    }
}
