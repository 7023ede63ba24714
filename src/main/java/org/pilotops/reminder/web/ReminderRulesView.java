package org.pilotops.reminder.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.pilotops.platform.problem.InvalidInputException;
import org.pilotops.platform.problem.PilotOpsException;
import org.pilotops.platform.problem.Violation;
import org.pilotops.platform.security.CurrentActor;
import org.pilotops.platform.security.Role;
import org.pilotops.platform.web.PageMessages;
import org.pilotops.reminder.boundary.ReminderRuleDto;
import org.pilotops.reminder.boundary.ReminderRuleService;

/**
 * {@code reminder/rules.xhtml}: the reminder rules of SPEC §7 — when each fires relative to its deadline
 * (days before are negative), how often it repeats after, and how long after the deadline it stops.
 * National reviewers change one rule at a time, with the version they read; administrators, who run the
 * jobs that apply them, read them.
 */
@Named
@ViewScoped
public class ReminderRulesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ReminderRuleService rules;

    @Inject
    CurrentActor current;

    @Inject
    PageMessages messages;

    private List<RuleForm> items;

    /** One rule as the page edits it: the offsets as the comma-separated text a reviewer types. */
    public static final class RuleForm implements Serializable {

        private static final long serialVersionUID = 1L;

        private final int id;
        private final String code;
        private final String audience;
        private long version;
        private boolean enabled;
        private String offsets;
        private Integer repeatDays;
        private Integer horizonDays;

        RuleForm(ReminderRuleDto rule) {
            this.id = rule.id();
            this.code = rule.code();
            this.audience = rule.audience();
            show(rule);
        }

        void show(ReminderRuleDto rule) {
            version = rule.version();
            enabled = rule.enabled();
            offsets = rule.offsets().stream().map(String::valueOf).collect(Collectors.joining(", "));
            repeatDays = rule.repeatDays();
            horizonDays = rule.horizonDays();
        }

        public int getId() {
            return id;
        }

        public String getCode() {
            return code;
        }

        public String getAudience() {
            return audience;
        }

        public boolean isEnabled() {
            return enabled;
        }

        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        public String getOffsets() {
            return offsets;
        }

        public void setOffsets(String offsets) {
            this.offsets = offsets;
        }

        public Integer getRepeatDays() {
            return repeatDays;
        }

        public void setRepeatDays(Integer repeatDays) {
            this.repeatDays = repeatDays;
        }

        public Integer getHorizonDays() {
            return horizonDays;
        }

        public void setHorizonDays(Integer horizonDays) {
            this.horizonDays = horizonDays;
        }
    }

    public void load() {
        items = rules.list(current.get()).stream().map(RuleForm::new).toList();
    }

    /** Saves one rule; a refusal is shown beside the field it concerns and changes nothing. */
    public void save(RuleForm form) {
        try {
            form.show(rules.update(current.get(), form.id, new ReminderRuleService.RuleForm(form.enabled,
                    offsets(form.offsets), form.repeatDays, form.horizonDays, form.version)));
            messages.info("reminderRules.saved", messages.text("reminderRule." + form.code));
        } catch (PilotOpsException refusal) {
            messages.refused(refusal, "r" + form.id + ":");
        }
    }

    /** "-30, -14, 0" as days; a part that is not a whole number is refused naming the field. */
    private static List<Integer> offsets(String text) {
        List<Integer> days = new ArrayList<>();
        for (String part : (text == null ? "" : text).split("[,，\\s]+")) {
            if (part.isBlank()) {
                continue;
            }
            try {
                days.add(Integer.valueOf(part.strip().replace('−', '-')));
            } catch (NumberFormatException e) {
                throw new InvalidInputException(Violation.of("offsets", "reminderRules.offset-format", part));
            }
        }
        return days;
    }

    public List<RuleForm> getItems() {
        return items;
    }

    public boolean isMayChange() {
        return current.get().has(Role.NATIONAL_REVIEWER);
    }
}
