package org.pilotops.operations.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.pilotops.city.boundary.CityDirectory;
import org.pilotops.city.boundary.CityDto;
import org.pilotops.platform.problem.PilotOpsException;
import org.pilotops.platform.security.CurrentActor;
import org.pilotops.platform.time.ApplicationClock;
import org.pilotops.platform.web.LanguageSwitch;
import org.pilotops.platform.web.PageMessages;
import org.pilotops.records.boundary.RecordTallies;

/**
 * {@code operations/tallies.xhtml} (administrators): the consistency check of the live aggregates the
 * dashboards read — recounted from the records on request, every difference listed with its city, kind
 * and year — and, when one is found, the rebuild. The same as {@code ops/check-tallies} and
 * {@code /api/v1/record-tallies}.
 */
@Named
@ViewScoped
public class TallyCheckView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RecordTallies tallies;

    @Inject
    CityDirectory cities;

    @Inject
    CurrentActor current;

    @Inject
    PageMessages messages;

    @Inject
    LanguageSwitch language;

    private RecordTallies.Check check;
    private Map<Long, CityDto> cityById;

    public void check() {
        run(() -> tallies.check(current.get()), "tallies.checked");
    }

    public void rebuild() {
        run(() -> {
            tallies.rebuild(current.get());
            return tallies.check(current.get());
        }, "tallies.rebuilt");
    }

    private void run(java.util.function.Supplier<RecordTallies.Check> action, String done) {
        try {
            check = action.get();
            cityById = cities.cities().stream().collect(Collectors.toMap(CityDto::id, Function.identity()));
            messages.info(done, check.differences().size());
        } catch (PilotOpsException refusal) {
            messages.refused(refusal, "tallies:");
        }
    }

    public RecordTallies.Check getCheck() {
        return check;
    }

    public String checkedAt() {
        return ApplicationClock.MINUTE.format(check.checkedAt());
    }

    /** A difference's city; none for a national figure. */
    public String city(Long id) {
        if (id == null) {
            return messages.text("tallies.nation");
        }
        CityDto city = cityById.get(id);
        return city == null ? "#" + id : language.name(city.nameZh(), city.nameEn());
    }
}
