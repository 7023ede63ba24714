package org.pilotops.protection.boundary;

import static org.pilotops.platform.record.RecordField.optional;
import static org.pilotops.platform.record.RecordField.required;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.pilotops.city.boundary.CityDirectory;
import org.pilotops.platform.problem.Violation;
import org.pilotops.platform.record.FieldType;
import org.pilotops.platform.record.ProgrammeDates;
import org.pilotops.platform.record.RecordKind;
import org.pilotops.platform.record.ReferenceChoices;
import org.pilotops.protection.entity.ActivityFieldType;
import org.pilotops.protection.entity.CentreKind;
import org.pilotops.protection.entity.CentreStatus;
import org.pilotops.protection.entity.ProtectionCentre;

/** {@code protection-centres}: the fields of SPEC §3; a park named must be one of the city's. Cities log them. */
@ApplicationScoped
public class ProtectionCentreKind extends RecordKind<ProtectionCentre> {

    @Inject
    CityDirectory cities;

    public ProtectionCentreKind() {
        super("protection-centres", ProtectionCentre.class, ProtectionCentre::new, false, List.of(
                required("name", FieldType.text(200), ProtectionCentre::getName, ProtectionCentre::setName),
                required("kind", FieldType.enumeration(CentreKind.class), ProtectionCentre::getKind,
                        ProtectionCentre::setKind),
                optional("parkId", FieldType.reference(), ProtectionCentre::getParkId, ProtectionCentre::setParkId),
                required("status", FieldType.enumeration(CentreStatus.class), ProtectionCentre::getStatus,
                        ProtectionCentre::setStatus),
                required("openingDate", ProgrammeDates.date(), ProtectionCentre::getOpeningDate,
                        ProtectionCentre::setOpeningDate),
                optional("activity", new ActivityFieldType(), ProtectionCentre::getActivity,
                        ProtectionCentre::setActivity)));
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
