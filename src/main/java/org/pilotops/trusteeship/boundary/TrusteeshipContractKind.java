package org.pilotops.trusteeship.boundary;

import static org.pilotops.platform.record.RecordField.optional;
import static org.pilotops.platform.record.RecordField.required;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.pilotops.agency.boundary.AgencyDirectory;
import org.pilotops.platform.field.FieldType;
import org.pilotops.platform.field.ProgrammeDates;
import org.pilotops.platform.problem.Violation;
import org.pilotops.platform.record.RecordKind;
import org.pilotops.platform.record.Sme;
import org.pilotops.trusteeship.entity.TrusteeshipContract;

/** {@code trusteeship-contracts}: the fields of SPEC §3; the trustee must serve the record's city. */
@ApplicationScoped
public class TrusteeshipContractKind extends RecordKind<TrusteeshipContract> {

    @Inject
    AgencyDirectory agencies;

    public TrusteeshipContractKind() {
        super("trusteeship-contracts", TrusteeshipContract.class, TrusteeshipContract::new, true, fieldsOf(
                List.of(required("agencyId", FieldType.reference(), TrusteeshipContract::getServiceAgencyId,
                        TrusteeshipContract::setServiceAgencyId).at("serviceAgencyId")),
                Sme.fields(TrusteeshipContract::getSme),
                List.of(
                        required("startDate", ProgrammeDates.date(), TrusteeshipContract::getStartDate,
                                TrusteeshipContract::setStartDate),
                        optional("endDate", ProgrammeDates.date(), TrusteeshipContract::getEndDate,
                                TrusteeshipContract::setEndDate),
                        required("fee", FieldType.money(), TrusteeshipContract::getFee, TrusteeshipContract::setFee),
                        optional("patentsManaged", FieldType.count(0, 1_000_000), TrusteeshipContract::getPatentsManaged,
                                TrusteeshipContract::setPatentsManaged),
                        optional("scope", FieldType.text(500), TrusteeshipContract::getScope,
                                TrusteeshipContract::setScope))));
    }

    /** The trustee serves the city; agency staff log only contracts of their own agency. */
    @Override
    public List<Violation> referenceViolations(TrusteeshipContract contract) {
        return agencies.checkServiceAgency("agencyId", contract.getServiceAgencyId(), contract.getCityId(),
                contract.getLoggingAgencyId()).map(List::of).orElse(List.of());
    }

    @Override
    public java.util.Map<String, String> referenceChoices(String field, long cityId) {
        return switch (field) {
            case "agencyId" -> agencies.agencyChoices(cityId);
            default -> java.util.Map.of();
        };
    }
}
