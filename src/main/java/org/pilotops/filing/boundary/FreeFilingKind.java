package org.pilotops.filing.boundary;

import static org.pilotops.platform.record.RecordField.required;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.pilotops.agency.boundary.AgencyDirectory;
import org.pilotops.agency.boundary.AttorneyDto;
import org.pilotops.filing.entity.FreeFiling;
import org.pilotops.filing.entity.PatentType;
import org.pilotops.platform.field.FieldType;
import org.pilotops.platform.field.ProgrammeDates;
import org.pilotops.platform.problem.Violation;
import org.pilotops.platform.record.RecordKind;
import org.pilotops.platform.record.Sme;

/**
 * {@code free-filings}: the fields of SPEC §3. The attorney must work for the agency named, and that
 * agency must serve the record's city.
 */
@ApplicationScoped
public class FreeFilingKind extends RecordKind<FreeFiling> {

    @Inject
    AgencyDirectory agencies;

    public FreeFilingKind() {
        super("free-filings", FreeFiling.class, FreeFiling::new, true, fieldsOf(
                List.of(required("attorneyId", FieldType.reference(), FreeFiling::getAttorneyId,
                                FreeFiling::setAttorneyId),
                        required("agencyId", FieldType.reference(), FreeFiling::getServiceAgencyId,
                                FreeFiling::setServiceAgencyId).at("serviceAgencyId")),
                Sme.fields(FreeFiling::getSme),
                List.of(required("applicationNumber", FieldType.applicationNumber(), FreeFiling::getApplicationNumber,
                                FreeFiling::setApplicationNumber),
                        required("patentType", FieldType.enumeration(PatentType.class), FreeFiling::getPatentType,
                                FreeFiling::setPatentType),
                        required("filingDate", ProgrammeDates.date(), FreeFiling::getFilingDate,
                                FreeFiling::setFilingDate))));
    }

    @Override
    public List<String> uniqueWithinCity() {
        return List.of("applicationNumber");
    }

    /** The agency serves the city and is the logging agency's own; the attorney works for it. */
    @Override
    public List<Violation> referenceViolations(FreeFiling filing) {
        List<Violation> violations = new ArrayList<>();
        agencies.checkServiceAgency("agencyId", filing.getServiceAgencyId(), filing.getCityId(),
                filing.getLoggingAgencyId()).ifPresent(violations::add);
        boolean attorneyOfAgency = agencies.attorney(filing.getAttorneyId()).map(AttorneyDto::agencyId)
                .filter(agency -> agency == filing.getServiceAgencyId()).isPresent();
        if (!attorneyOfAgency) {
            violations.add(Violation.of("attorneyId", "attorney.not-of-agency", filing.getAttorneyId(),
                    filing.getServiceAgencyId()));
        }
        return violations;
    }

    @Override
    public java.util.Map<String, String> referenceChoices(String field, long cityId) {
        return switch (field) {
            case "agencyId" -> agencies.agencyChoices(cityId);
            case "attorneyId" -> agencies.attorneyChoices(cityId);
            default -> java.util.Map.of();
        };
    }
}
