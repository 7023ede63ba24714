package org.pilotops.reminder.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.stream.Collectors;
import org.pilotops.platform.problem.InvalidInputException;
import org.pilotops.platform.problem.Violation;

/**
 * When a reminder fires, relative to its anchor date (a due date, or the day a summary was returned).
 * {@code offsets} are signed days from the anchor: {@code -30} is thirty days before, {@code 0} the day
 * itself, {@code 7} a week after. After the last offset the rule repeats every {@code repeatDays} (none
 * when null). Nothing fires more than {@code horizonDays} after the anchor, and a day caught up late is
 * not reminded of once the deadline has passed the horizon by today: nobody is reminded of a deadline
 * long past.
 */
@Entity
@Table(name = "reminder_rule")
public class ReminderRule {

    public static final int OFFSET_LIMIT = 365;
    public static final int REPEAT_MAX = 365;
    public static final int HORIZON_MAX = 730;

    @Id
    @Column(name = "id", nullable = false, updatable = false)
    private int id;

    @Enumerated(EnumType.STRING)
    @Column(name = "code", nullable = false, updatable = false)
    private ReminderRuleCode code;

    @Column(name = "enabled", nullable = false)
    private boolean enabled;

    @Column(name = "offsets", nullable = false)
    private String offsets;

    @Column(name = "repeat_days")
    private Integer repeatDays;

    @Column(name = "horizon_days", nullable = false)
    private int horizonDays;

    @Column(name = "updated_by")
    private String updatedBy;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected ReminderRule() {
    }

    /** A rule as configured; refuses what {@link #reconfigure} refuses. */
    public static ReminderRule of(int id, ReminderRuleCode code, boolean enabled, List<Integer> offsets,
                                  Integer repeatDays, int horizonDays) {
        ReminderRule rule = new ReminderRule();
        rule.id = id;
        rule.code = code;
        rule.apply(enabled, offsets, repeatDays, horizonDays);
        return rule;
    }

    /**
     * The national reviewers' change. Offsets lie within a year of the anchor and are distinct (kept in
     * ascending order); a repetition is 1–365 days; the horizon 0–730 days and not before the last offset,
     * which would otherwise never fire. Nothing changes when anything is refused.
     */
    public void reconfigure(boolean enabled, List<Integer> offsets, Integer repeatDays, int horizonDays, String by,
                            Instant at) {
        apply(enabled, offsets, repeatDays, horizonDays);
        this.updatedBy = by;
        this.updatedAt = at;
    }

    private void apply(boolean enabled, List<Integer> offsets, Integer repeatDays, int horizonDays) {
        List<Violation> violations = new ArrayList<>();
        if (offsets == null || offsets.isEmpty()) {
            violations.add(Violation.of("offsets", "field.required"));
        } else {
            if (offsets.stream().anyMatch(o -> o == null || o < -OFFSET_LIMIT || o > OFFSET_LIMIT)) {
                violations.add(Violation.of("offsets", "field.count-range", -OFFSET_LIMIT, OFFSET_LIMIT));
            } else if (new HashSet<>(offsets).size() != offsets.size()) {
                violations.add(Violation.of("offsets", "reminder-rule.offsets-duplicate"));
            }
        }
        if (repeatDays != null && (repeatDays < 1 || repeatDays > REPEAT_MAX)) {
            violations.add(Violation.of("repeatDays", "field.count-range", 1, REPEAT_MAX));
        }
        if (horizonDays < 0 || horizonDays > HORIZON_MAX) {
            violations.add(Violation.of("horizonDays", "field.count-range", 0, HORIZON_MAX));
        } else if (violations.isEmpty() && horizonDays < offsets.stream().mapToInt(Integer::intValue).max().orElse(0)) {
            violations.add(Violation.of("horizonDays", "reminder-rule.horizon-before-offset",
                    offsets.stream().mapToInt(Integer::intValue).max().orElse(0)));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        this.enabled = enabled;
        this.offsets = offsets.stream().sorted().map(String::valueOf).collect(Collectors.joining(","));
        this.repeatDays = repeatDays;
        this.horizonDays = horizonDays;
    }

    /**
     * True when this rule reminds on {@code day} of a deadline anchored on {@code anchor}, computed on
     * {@code today} (later than {@code day} when a missed day is caught up).
     */
    public boolean remindsOn(LocalDate anchor, LocalDate day, LocalDate today) {
        return enabled && firesOn(anchor, day) && ChronoUnit.DAYS.between(anchor, today) <= horizonDays;
    }

    /** The schedule alone: {@code day} is an offset from the anchor or a repetition after the last one. */
    public boolean firesOn(LocalDate anchor, LocalDate day) {
        long k = ChronoUnit.DAYS.between(anchor, day);
        if (k > horizonDays) {
            return false;
        }
        List<Integer> list = offsets();
        if (list.contains((int) k)) {
            return true;
        }
        int last = list.get(list.size() - 1);
        return repeatDays != null && k > last && (k - last) % repeatDays == 0;
    }

    public List<Integer> offsets() {
        return Arrays.stream(offsets.split(",")).map(String::strip).map(Integer::valueOf).toList();
    }

    public int getId() {
        return id;
    }

    public ReminderRuleCode getCode() {
        return code;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Integer getRepeatDays() {
        return repeatDays;
    }

    public int getHorizonDays() {
        return horizonDays;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }
}
