package org.pilotops.reminder.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import org.pilotops.platform.audit.AuditEntry;
import org.pilotops.platform.audit.AuditLog;
import org.pilotops.platform.persistence.RetriedOnDeadlock;
import org.pilotops.platform.persistence.WriteRefusals;
import org.pilotops.platform.problem.InvalidInputException;
import org.pilotops.platform.problem.NotFoundException;
import org.pilotops.platform.problem.OperationNotAllowedException;
import org.pilotops.platform.problem.StaleVersionException;
import org.pilotops.platform.problem.Violation;
import org.pilotops.platform.rest.JsonFactory;
import org.pilotops.platform.security.Actor;
import org.pilotops.platform.security.Role;
import org.pilotops.platform.time.ApplicationClock;
import org.pilotops.reminder.entity.ReminderRule;

/**
 * The reminder rules (SPEC §7): national reviewers read and change them (administrators may read them,
 * since they run the jobs that apply them); every change is audited. A change applies from the next run
 * on; reminders already sent stay as they are.
 */
@ApplicationScoped
@Transactional
@RetriedOnDeadlock
public class ReminderRuleService {

    static final String SUBJECT = "reminder-rules";

    /** A rule as a {@code PUT} sets it. */
    public record RuleForm(Boolean enabled, List<Integer> offsets, Integer repeatDays, Integer horizonDays, Long version) {
    }

    @Inject
    WriteRefusals refusals;

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditLog auditLog;

    @Inject
    ApplicationClock clock;

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ReminderRuleDto> list(Actor actor) {
        requireReader(actor);
        return em.createQuery("select r from ReminderRule r order by r.id", ReminderRule.class).getResultStream()
                .map(ReminderRuleDto::of).toList();
    }

    public ReminderRuleDto update(Actor actor, int id, RuleForm form) {
        if (!actor.has(Role.NATIONAL_REVIEWER)) {
            throw new OperationNotAllowedException("problem.not-allowed.reminder-rules");
        }
        ReminderRule rule = em.find(ReminderRule.class, id);
        if (rule == null) {
            throw new NotFoundException();
        }
        if (form.enabled() == null || form.offsets() == null || form.horizonDays() == null || form.version() == null) {
            List<Violation> missing = new java.util.ArrayList<>();
            if (form.enabled() == null) {
                missing.add(Violation.of("enabled", "field.required"));
            }
            if (form.offsets() == null) {
                missing.add(Violation.of("offsets", "field.required"));
            }
            if (form.horizonDays() == null) {
                missing.add(Violation.of("horizonDays", "field.required"));
            }
            if (form.version() == null) {
                missing.add(Violation.of("version", "field.required"));
            }
            throw new InvalidInputException(missing);
        }
        if (rule.getVersion() != form.version()) {
            throw new StaleVersionException(form.version(), rule.getVersion());
        }
        JsonObject before = state(rule);
        rule.reconfigure(form.enabled(), form.offsets(), form.repeatDays(), form.horizonDays(), actor.username(),
                clock.now().toInstant());
        refusals.flush(em, form.version(), WriteRefusals.Fields.NONE);
        auditLog.record(AuditEntry.change(actor.username(), AuditEntry.Action.UPDATE, null, SUBJECT, id, null, before,
                state(rule)));
        return ReminderRuleDto.of(rule);
    }

    private static JsonObject state(ReminderRule rule) {
        var json = JsonFactory.object().add("code", rule.getCode().name()).add("enabled", rule.isEnabled())
                .add("offsets", JsonFactory.array(rule.offsets())).add("horizonDays", rule.getHorizonDays());
        if (rule.getRepeatDays() == null) {
            json.addNull("repeatDays");
        } else {
            json.add("repeatDays", rule.getRepeatDays());
        }
        return json.build();
    }

    private static void requireReader(Actor actor) {
        if (!actor.has(Role.NATIONAL_REVIEWER) && !actor.has(Role.ADMIN)) {
            throw new OperationNotAllowedException("problem.not-allowed.reminder-rules");
        }
    }
}
