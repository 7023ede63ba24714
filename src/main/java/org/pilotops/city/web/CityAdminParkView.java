package org.pilotops.city.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.stream.IntStream;
import org.pilotops.city.boundary.CityDirectory;
import org.pilotops.city.boundary.CityDto;
import org.pilotops.city.boundary.CityService;
import org.pilotops.city.boundary.ParkDto;
import org.pilotops.city.boundary.ParkYearDto;
import org.pilotops.platform.problem.NotFoundException;
import org.pilotops.platform.problem.PilotOpsException;
import org.pilotops.platform.problem.Violation;
import org.pilotops.platform.security.CurrentActor;
import org.pilotops.platform.web.PageMessages;

/**
 * {@code city/admin-park.xhtml?id=…}: a park's figures per year — invention patents per 10,000
 * population, IP department, full-time IP staff — entered and corrected year by year within its city's
 * pilot period.
 */
@Named
@ViewScoped
public class CityAdminParkView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentActor current;

    @Inject
    CityService service;

    @Inject
    CityDirectory directory;

    @Inject
    PageMessages messages;

    /** The page's {@code id} parameter: the park. */
    private String requestedId;
    private ParkDto park;
    private CityDto city;

    private String year;
    private String inventionPatentsPer10k;
    private boolean hasIpDepartment;
    private String fullTimeIpStaff;

    /** The page's view action: only administrators see it; an id that names no park is not found. */
    public void load() {
        service.requireAdministrator(current.get());
        try {
            park = directory.park(Long.parseLong(requestedId == null ? "" : requestedId.strip()))
                    .orElseThrow(NotFoundException::new);
        } catch (NumberFormatException e) {
            throw new NotFoundException();
        }
        city = directory.city(park.cityId()).orElseThrow(NotFoundException::new);
        clear();
    }

    /**
     * Saves the figures of the chosen year. A year shown on this page with figures is corrected with the
     * version shown, so figures someone else changed meanwhile are refused, not overwritten.
     */
    public void save() {
        int chosen;
        try {
            chosen = Integer.parseInt(year == null ? "" : year.strip());
        } catch (NumberFormatException e) {
            messages.fieldError("figures:year", Violation.of("year", "field.required"));
            return;
        }
        ParkYearDto shown = park.figuresOf(chosen);
        try {
            park = service.saveFigures(current.get(), city.id(), park.id(), chosen, new CityService.FiguresForm(
                    inventionPatentsPer10k, Boolean.toString(hasIpDepartment), fullTimeIpStaff,
                    shown == null ? null : shown.version()));
        } catch (PilotOpsException refusal) {
            messages.refused(refusal, "figures:");
            return;
        }
        messages.info("records.saved");
        city = directory.city(city.id()).orElseThrow(NotFoundException::new);
        clear();
    }

    public void edit(ParkYearDto figures) {
        year = Integer.toString(figures.year());
        inventionPatentsPer10k = figures.inventionPatentsPer10k().toPlainString();
        hasIpDepartment = figures.hasIpDepartment();
        fullTimeIpStaff = Integer.toString(figures.fullTimeIpStaff());
    }

    public void delete(ParkYearDto figures) {
        try {
            service.deleteFigures(current.get(), city.id(), park.id(), figures.year(), figures.version());
        } catch (PilotOpsException refusal) {
            messages.error(refusal.detailKey(), refusal.detailArgs().toArray());
            return;
        }
        messages.info("records.deleted");
        park = directory.park(park.id()).orElseThrow(NotFoundException::new);
        city = directory.city(city.id()).orElseThrow(NotFoundException::new);
        clear();
    }

    /** Empties the form, offering the first pilot year the park has no figures for. */
    public void clear() {
        year = getYears().stream().filter(y -> park.figuresOf(y) == null).findFirst().map(String::valueOf).orElse(null);
        inventionPatentsPer10k = null;
        hasIpDepartment = false;
        fullTimeIpStaff = null;
    }

    /**
     * The years of the city's pilot period, which a park's figures are reported for, and any other year
     * the park has figures of (from before its city's period was corrected), so they can be corrected too.
     */
    public List<Integer> getYears() {
        return IntStream.concat(IntStream.rangeClosed(city.pilotStartYear(), city.pilotEndYear()),
                park.years().stream().mapToInt(ParkYearDto::year)).distinct().sorted().boxed().toList();
    }

    public ParkDto getPark() {
        return park;
    }

    public CityDto getCity() {
        return city;
    }

    public String getRequestedId() {
        return requestedId;
    }

    public void setRequestedId(String requestedId) {
        this.requestedId = requestedId;
    }

    public String getYear() {
        return year;
    }

    public void setYear(String year) {
        this.year = year;
    }

    public String getInventionPatentsPer10k() {
        return inventionPatentsPer10k;
    }

    public void setInventionPatentsPer10k(String inventionPatentsPer10k) {
        this.inventionPatentsPer10k = inventionPatentsPer10k;
    }

    public boolean isHasIpDepartment() {
        return hasIpDepartment;
    }

    public void setHasIpDepartment(boolean hasIpDepartment) {
        this.hasIpDepartment = hasIpDepartment;
    }

    public String getFullTimeIpStaff() {
        return fullTimeIpStaff;
    }

    public void setFullTimeIpStaff(String fullTimeIpStaff) {
        this.fullTimeIpStaff = fullTimeIpStaff;
    }
}
