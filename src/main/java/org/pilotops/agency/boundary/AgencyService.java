package org.pilotops.agency.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.pilotops.agency.entity.AgencyType;
import org.pilotops.agency.entity.PatentAttorney;
import org.pilotops.agency.entity.ServiceAgency;
import org.pilotops.platform.audit.AuditEntry.Action;
import org.pilotops.platform.audit.AuditEntry;
import org.pilotops.platform.audit.AuditLog;
import org.pilotops.platform.field.CreditCodes;
import org.pilotops.platform.field.FieldType;
import org.pilotops.platform.field.FieldValueException;
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

/**
 * The administrator's use cases for service agencies and their attorneys: register an agency with the
 * pilot cities it serves, correct it, add and correct its attorneys. Every change is audited; credit
 * codes must check (an agency is registered once, by an administrator who can look the code up).
 */
@ApplicationScoped
@Transactional
@RetriedOnDeadlock
public class AgencyService {

    /** What an administrator types for an agency. */
    public record AgencyForm(String name, String creditCode, String kind, Set<Long> cityIds, long version) {
    }

    /** What an administrator types for an attorney. */
    public record AttorneyForm(String name, String licenceNumber, long version) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditLog auditLog;

    @Inject
    WriteRefusals refusals;

    public AgencyDto saveAgency(Actor actor, Long agencyId, AgencyForm form) {
        requireAdmin(actor);
        List<Violation> violations = new ArrayList<>();
        String name = text("name", form.name(), 200, violations);
        String code = creditCode(form.creditCode(), violations);
        AgencyType kind = null;
        try {
            kind = form.kind() == null || form.kind().isBlank() ? null : FieldType.enumeration(AgencyType.class).parse(form.kind());
            if (kind == null) {
                violations.add(Violation.of("kind", "field.required"));
            }
        } catch (FieldValueException e) {
            violations.add(new Violation("kind", 0, e.key(), e.args()));
        }
        if (code != null && em.createQuery("select count(a) from ServiceAgency a where a.creditCode = :code and a.id <> :id",
                Long.class).setParameter("code", code).setParameter("id", agencyId == null ? -1L : agencyId).getSingleResult() > 0) {
            violations.add(Violation.of("creditCode", "field.duplicate", code));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        ServiceAgency agency;
        JsonObject before = null;
        if (agencyId == null) {
            agency = new ServiceAgency(name, code, kind, form.cityIds());
            em.persist(agency);
        } else {
            agency = existing(ServiceAgency.class, agencyId, form.version());
            before = json(AgencyDto.of(agency));
            agency.describe(name, code, kind, form.cityIds());
        }
        refusals.flush(em, agencyId == null ? 0 : form.version(), WriteRefusals.of(agency, "creditCode"));
        auditLog.record(AuditEntry.change(actor.username(), agencyId == null ? Action.CREATE : Action.UPDATE, null,
                "agency", agency.getId(), null, before, json(AgencyDto.of(agency))));
        return AgencyDto.of(agency);
    }

    public AttorneyDto saveAttorney(Actor actor, long agencyId, Long attorneyId, AttorneyForm form) {
        requireAdmin(actor);
        if (em.find(ServiceAgency.class, agencyId) == null) {
            throw new NotFoundException();
        }
        List<Violation> violations = new ArrayList<>();
        String name = text("name", form.name(), 60, violations);
        String licence = text("licenceNumber", form.licenceNumber(), 30, violations);
        if (licence != null && em.createQuery("select count(a) from PatentAttorney a where a.licenceNumber = :licence "
                + "and a.id <> :id", Long.class).setParameter("licence", licence)
                .setParameter("id", attorneyId == null ? -1L : attorneyId).getSingleResult() > 0) {
            violations.add(Violation.of("licenceNumber", "field.duplicate", licence));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        PatentAttorney attorney;
        JsonObject before = null;
        if (attorneyId == null) {
            attorney = new PatentAttorney(agencyId, name, licence);
            em.persist(attorney);
        } else {
            attorney = existing(PatentAttorney.class, attorneyId, form.version());
            if (attorney.getAgencyId() != agencyId) {
                throw new NotFoundException();
            }
            before = json(AttorneyDto.of(attorney));
            attorney.describe(name, licence);
        }
        refusals.flush(em, attorneyId == null ? 0 : form.version(), WriteRefusals.of(attorney, "licenceNumber"));
        auditLog.record(AuditEntry.change(actor.username(), attorneyId == null ? Action.CREATE : Action.UPDATE, null,
                "attorney", attorney.getId(), null, before, json(AttorneyDto.of(attorney))));
        return AttorneyDto.of(attorney);
    }

    private <T extends org.pilotops.platform.persistence.BaseEntity> T existing(Class<T> type, long id, long version) {
        T found = em.find(type, id);
        if (found == null) {
            throw new NotFoundException();
        }
        if (found.getVersion() != version) {
            throw new StaleVersionException(version, found.getVersion());
        }
        return found;
    }

    private static void requireAdmin(Actor actor) {
        if (!actor.has(Role.ADMIN)) {
            throw new OperationNotAllowedException("problem.not-allowed.admin");
        }
    }

    private static String text(String field, String value, int max, List<Violation> violations) {
        try {
            String text = value == null || value.isBlank() ? null : FieldType.text(max).parse(value.strip());
            if (text == null) {
                violations.add(Violation.of(field, "field.required"));
            }
            return text;
        } catch (FieldValueException e) {
            violations.add(new Violation(field, 0, e.key(), e.args()));
            return null;
        }
    }

    private static String creditCode(String value, List<Violation> violations) {
        String code = text("creditCode", value, 40, violations);
        if (code == null) {
            return null;
        }
        code = CreditCodes.normalise(code);
        if (!CreditCodes.wellFormed(code)) {
            violations.add(Violation.of("creditCode", "uscc.format", value));
            return null;
        }
        if (!CreditCodes.checks(code)) {
            violations.add(Violation.of("creditCode", "uscc.check-strict", String.valueOf(CreditCodes.expectedCheck(code))));
            return null;
        }
        return code;
    }

    private static JsonObject json(AgencyDto agency) {
        var cities = JsonFactory.array();
        agency.cityIds().forEach(cities::add);
        return JsonFactory.object().add("name", agency.name()).add("creditCode", agency.creditCode())
                .add("kind", agency.kind()).add("cityIds", cities).build();
    }

    private static JsonObject json(AttorneyDto attorney) {
        return JsonFactory.object().add("agencyId", attorney.agencyId()).add("name", attorney.name())
                .add("licenceNumber", attorney.licenceNumber()).build();
    }
}
