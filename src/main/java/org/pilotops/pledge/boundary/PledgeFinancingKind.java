package org.pilotops.pledge.boundary;

import static org.pilotops.platform.record.RecordField.required;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.pilotops.platform.field.FieldType;
import org.pilotops.platform.field.ProgrammeDates;
import org.pilotops.platform.record.RecordKind;
import org.pilotops.platform.record.Sme;
import org.pilotops.pledge.entity.LenderType;
import org.pilotops.pledge.entity.PledgeFinancing;

/** {@code pledge-financings}: the fields of SPEC §3. Logged by the city; agencies do not lend. */
@ApplicationScoped
public class PledgeFinancingKind extends RecordKind<PledgeFinancing> {

    public PledgeFinancingKind() {
        super("pledge-financings", PledgeFinancing.class, PledgeFinancing::new, false, fieldsOf(
                Sme.fields(PledgeFinancing::getSme), List.of(
                required("lenderType", FieldType.enumeration(LenderType.class), PledgeFinancing::getLenderType,
                        PledgeFinancing::setLenderType),
                required("lenderName", FieldType.text(200), PledgeFinancing::getLenderName,
                        PledgeFinancing::setLenderName),
                required("amount", FieldType.money(), PledgeFinancing::getAmount, PledgeFinancing::setAmount),
                required("patentsPledged", FieldType.count(1, 100_000), PledgeFinancing::getPatentsPledged,
                        PledgeFinancing::setPatentsPledged),
                required("contractDate", ProgrammeDates.date(), PledgeFinancing::getContractDate,
                        PledgeFinancing::setContractDate),
                required("termMonths", FieldType.count(1, 600), PledgeFinancing::getTermMonths,
                        PledgeFinancing::setTermMonths))));
    }
}
