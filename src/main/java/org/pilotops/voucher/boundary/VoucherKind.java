package org.pilotops.voucher.boundary;

import static org.pilotops.platform.record.RecordField.optional;
import static org.pilotops.platform.record.RecordField.required;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.pilotops.agency.boundary.AgencyDirectory;
import org.pilotops.platform.field.FieldType;
import org.pilotops.platform.field.ProgrammeDates;
import org.pilotops.platform.problem.Violation;
import org.pilotops.platform.record.RecordKind;
import org.pilotops.platform.record.Sme;
import org.pilotops.voucher.entity.Voucher;
import org.pilotops.voucher.entity.VoucherPurpose;
import org.pilotops.voucher.entity.VoucherScheme;

/**
 * {@code vouchers}: the fields of SPEC §3; voucher numbers are unique within a city, and a redeeming
 * agency must serve the city. Agencies log the vouchers redeemed with them.
 */
@ApplicationScoped
public class VoucherKind extends RecordKind<Voucher> {

    /** The fields that say when and where a voucher was redeemed, which count in the redemption's year. */
    private static final Set<String> REDEMPTION = Set.of("redeemedDate", "redeemedAgencyId");

    @Inject
    AgencyDirectory agencies;

    public VoucherKind() {
        super("vouchers", Voucher.class, Voucher::new, true, fieldsOf(
                List.of(required("kind", FieldType.enumeration(VoucherScheme.class), Voucher::getKind, Voucher::setKind),
                        required("voucherNumber", FieldType.text(40), Voucher::getVoucherNumber,
                                Voucher::setVoucherNumber)),
                Sme.fields(Voucher::getSme),
                List.of(required("faceValue", FieldType.money(), Voucher::getFaceValue, Voucher::setFaceValue),
                        required("issuedDate", ProgrammeDates.date(), Voucher::getIssuedDate, Voucher::setIssuedDate),
                        optional("redeemedDate", ProgrammeDates.date(), Voucher::getRedeemedDate,
                                Voucher::setRedeemedDate),
                        optional("redeemedAgencyId", FieldType.reference(), Voucher::getRedeemedAgencyId,
                                Voucher::setRedeemedAgencyId),
                        required("service", FieldType.enumeration(VoucherPurpose.class), Voucher::getService,
                                Voucher::setService))));
    }

    /**
     * A voucher counts as issued in its reporting year and as redeemed (its scheme and value) in the year of
     * the redemption (migration V0025): redeeming a voucher of an accepted year in an open one is a change of
     * the open year only.
     */
    @Override
    public Map<Integer, List<String>> yearParts(Voucher voucher) {
        Map<Integer, List<String>> parts = new HashMap<>();
        parts.put(reportingYear(voucher), new ArrayList<>(textsExcept(voucher, REDEMPTION)));
        if (voucher.getRedeemedDate() != null) {
            parts.computeIfAbsent(voucher.getRedeemedDate().getYear(), year -> new ArrayList<>())
                    .addAll(List.of("redeemed", String.valueOf(voucher.getKind()), String.valueOf(voucher.getFaceValue())));
        }
        return parts;
    }

    @Override
    public List<String> uniqueWithinCity() {
        return List.of("voucherNumber");
    }

    /** The redeeming agency serves the city; agency staff log only vouchers redeemed with them. */
    @Override
    public List<Violation> referenceViolations(Voucher voucher) {
        if (voucher.getRedeemedAgencyId() == null) {
            return voucher.getLoggingAgencyId() == null ? List.of()
                    : List.of(Violation.of("redeemedAgencyId", "agency.not-own", voucher.getLoggingAgencyId()));
        }
        return agencies.checkServiceAgency("redeemedAgencyId", voucher.getRedeemedAgencyId(), voucher.getCityId(),
                voucher.getLoggingAgencyId()).map(List::of).orElse(List.of());
    }

    @Override
    public java.util.Map<String, String> referenceChoices(String field, long cityId) {
        return switch (field) {
            case "redeemedAgencyId" -> agencies.agencyChoices(cityId);
            default -> java.util.Map.of();
        };
    }
}
