package org.pilotops.protection.boundary;

import static org.pilotops.platform.record.RecordField.optional;
import static org.pilotops.platform.record.RecordField.required;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.pilotops.city.boundary.CityDirectory;
import org.pilotops.platform.field.FieldType;
import org.pilotops.platform.field.ProgrammeDates;
import org.pilotops.platform.field.ReferenceChoices;
import org.pilotops.platform.problem.Violation;
import org.pilotops.platform.record.RecordKind;
import org.pilotops.protection.entity.ActivityFieldType;
import org.pilotops.protection.entity.CentreStatus;
import org.pilotops.protection.entity.CentreType;
import org.pilotops.protection.entity.ProtectionCentre;

/** {@code protection-centres}: the fields of SPEC §3; a park named must be one of the city's. Cities log them. */
@ApplicationScoped
public class ProtectionCentreKind extends RecordKind<ProtectionCentre> {

    @Inject
    CityDirectory cities;

    public ProtectionCentreKind() {
        super("protection-centres", ProtectionCentre.class, ProtectionCentre::new, false, List.of(
                required("name", FieldType.text(200), ProtectionCentre::getName, ProtectionCentre::setName),
                required("kind", FieldType.enumeration(CentreType.class), ProtectionCentre::getKind,
                        ProtectionCentre::setKind),
                optional("parkId", FieldType.reference(), ProtectionCentre::getParkId, ProtectionCentre::setParkId),
                required("status", FieldType.enumeration(CentreStatus.class), ProtectionCentre::getStatus,
                        ProtectionCentre::setStatus),
                required("openingDate", ProgrammeDates.date(), ProtectionCentre::getOpeningDate,
                        ProtectionCentre::setOpeningDate),
                optional("activity", new ActivityFieldType(), ProtectionCentre::getActivity,
                        ProtectionCentre::setActivity)));
    }

    /**
     * A centre counts in its opening year, its caseload in each year of activity, and its status in every year
     * from its opening on (an operating centre is counted in each of them, V0025): a centre opened in an
     * accepted year takes the caseload of an open year, but its status or its accepted years' caseload stay.
     */
    @Override
    public Map<Integer, List<String>> yearParts(ProtectionCentre centre) {
        Map<Integer, List<String>> parts = new HashMap<>();
        int opened = reportingYear(centre);
        parts.put(opened, new ArrayList<>(textsExcept(centre, Set.of("activity", "status"))));
        for (int year = opened; year <= ProgrammeDates.LATEST.getYear(); year++) {
            parts.computeIfAbsent(year, y -> new ArrayList<>()).add("status=" + centre.getStatus());
        }
        centre.getActivity().forEach(a -> parts.computeIfAbsent(a.getYear(), y -> new ArrayList<>()).add(
                "activity=" + a.getCasesAccepted() + "/" + a.getCasesClosed() + "/" + a.getDisputesMediated()));
        return parts;
    }

    @Override
    public List<Violation> referenceViolations(ProtectionCentre centre) {
        Long park = centre.getParkId();
        if (park != null && cities.parksOf(centre.getCityId()).stream().noneMatch(p -> p.id() == park)) {
            return List.of(Violation.of("parkId", "park.not-of-city", park));
        }
        return List.of();
    }

    @Override
    public Map<String, String> referenceChoices(String field, long cityId) {
        return field.equals("parkId") ? ReferenceChoices.of(cities.parksOf(cityId), p -> p.id(), p -> p.nameZh()) : Map.of();
    }
}
