package org.pilotops.platform.record;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.List;
import java.util.function.Function;
import org.pilotops.platform.field.CreditCodes;
import org.pilotops.platform.field.FieldType;

/**
 * The SME a record concerns, identified by its unified social credit code (SPEC §6). A code whose check
 * character does not match is refused naming the expected character, unless the user confirms it (a few
 * real early codes fail the check); the confirmation is stored with the record and so in its audit trail.
 */
@Embeddable
@CreditCodeChecked
public class Sme {

    @Column(name = "sme_name", nullable = false)
    private String name;

    @Column(name = "sme_credit_code", nullable = false)
    private String creditCode;

    @Column(name = "sme_credit_code_confirmed", nullable = false)
    private boolean creditCodeConfirmed;

    /** The three fields every SME-related kind shows, in this order, for the SME its record holds. */
    public static <E> List<RecordField<E, ?>> fields(Function<E, Sme> sme) {
        return List.of(
                RecordField.<E, String>required("smeName", FieldType.text(200),
                        e -> sme.apply(e).name, (e, v) -> sme.apply(e).name = v).at("sme.name"),
                RecordField.<E, String>required("smeCreditCode", FieldType.creditCode(),
                        e -> sme.apply(e).creditCode, (e, v) -> sme.apply(e).creditCode = v).at("sme.creditCode"),
                RecordField.<E, Boolean>optional("smeCreditCodeConfirmed", FieldType.yesNo(),
                        e -> sme.apply(e).creditCodeConfirmed,
                        (e, v) -> sme.apply(e).creditCodeConfirmed = Boolean.TRUE.equals(v))
                        .at("sme.creditCodeConfirmed"));
    }

    /** The check character is right, or the user confirmed the code as it is. */
    public List<org.pilotops.platform.problem.Violation> violations() {
        if (creditCode != null && !CreditCodes.checks(creditCode) && !creditCodeConfirmed) {
            return List.of(org.pilotops.platform.problem.Violation.of("smeCreditCode", "uscc.check",
                    String.valueOf(CreditCodes.expectedCheck(creditCode))));
        }
        return List.of();
    }

    public String getName() {
        return name;
    }

    public String getCreditCode() {
        return creditCode;
    }

    public boolean isCreditCodeConfirmed() {
        return creditCodeConfirmed;
    }
}
