package org.pilotops.training.boundary;

import static org.pilotops.platform.record.RecordField.optional;
import static org.pilotops.platform.record.RecordField.required;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.List;
import org.pilotops.platform.field.FieldType;
import org.pilotops.platform.field.ProgrammeDates;
import org.pilotops.platform.record.RecordKind;
import org.pilotops.training.entity.TrainingAudience;
import org.pilotops.training.entity.TrainingSession;

/** {@code training-sessions}: the fields of SPEC §3. Training providers among the agencies log them too. */
@ApplicationScoped
public class TrainingSessionKind extends RecordKind<TrainingSession> {

    public TrainingSessionKind() {
        super("training-sessions", TrainingSession.class, TrainingSession::new, true, List.of(
                required("title", FieldType.text(200), TrainingSession::getTitle, TrainingSession::setTitle),
                required("audience", FieldType.enumeration(TrainingAudience.class), TrainingSession::getAudience,
                        TrainingSession::setAudience),
                optional("sector", FieldType.text(100), TrainingSession::getSector, TrainingSession::setSector),
                required("date", ProgrammeDates.date(), TrainingSession::getDate, TrainingSession::setDate),
                required("hours", FieldType.decimal(1, new BigDecimal("1000")), TrainingSession::getHours,
                        TrainingSession::setHours),
                required("attendees", FieldType.count(0, 1_000_000), TrainingSession::getAttendees,
                        TrainingSession::setAttendees),
                required("organiser", FieldType.text(200), TrainingSession::getOrganiser,
                        TrainingSession::setOrganiser),
                optional("galaxyProgramme", FieldType.yesNo(), TrainingSession::getGalaxyProgramme,
                        TrainingSession::setGalaxyProgramme)));
    }
}
