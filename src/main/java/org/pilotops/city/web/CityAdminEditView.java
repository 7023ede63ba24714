package org.pilotops.city.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import org.pilotops.city.boundary.CityDirectory;
import org.pilotops.city.boundary.CityDto;
import org.pilotops.city.boundary.CityService;
import org.pilotops.city.boundary.ParkDto;
import org.pilotops.city.boundary.ProvinceDto;
import org.pilotops.city.entity.CityLevel;
import org.pilotops.city.entity.CityStatus;
import org.pilotops.platform.problem.NotFoundException;
import org.pilotops.platform.problem.PilotOpsException;
import org.pilotops.platform.security.CurrentActor;
import org.pilotops.platform.web.PageMessages;

/**
 * {@code city/admin-edit.xhtml[?id=…]}: registers or corrects a pilot city, and adds, renames and removes
 * its parks (their figures per year are on {@code city/admin-park.xhtml}). Fields hold what was typed;
 * {@link CityService} reads and checks it as it does for the API.
 */
@Named
@ViewScoped
public class CityAdminEditView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentActor current;

    @Inject
    CityService service;

    @Inject
    CityDirectory directory;

    @Inject
    PageMessages messages;

    /** The page's {@code id} parameter: the city to correct, or blank for a new one. */
    private String requestedId;
    private CityDto city;
    private String divisionCode;
    private String nameZh;
    private String nameEn;
    private String provinceId;
    private String level;
    private String batch = "1";
    private String pilotStartYear = "2017";
    private String pilotEndYear = "2020";
    private String status = CityStatus.ACTIVE.name();
    private List<ParkDto> parks = List.of();
    private List<ProvinceDto> provinces;

    private Long parkId;
    private long parkVersion;
    private String parkNameZh;
    private String parkNameEn;

    /** The page's view action: only administrators see it; an id that names no city is not found. */
    public void load() {
        service.requireAdministrator(current.get());
        if (requestedId != null && !requestedId.isBlank()) {
            try {
                show(directory.city(Long.parseLong(requestedId.strip())).orElseThrow(NotFoundException::new));
            } catch (NumberFormatException e) {
                throw new NotFoundException();
            }
        }
    }

    private void show(CityDto shown) {
        city = shown;
        divisionCode = shown.divisionCode();
        nameZh = shown.nameZh();
        nameEn = shown.nameEn();
        provinceId = Integer.toString(shown.provinceId());
        level = shown.level();
        batch = Integer.toString(shown.batch());
        pilotStartYear = Integer.toString(shown.pilotStartYear());
        pilotEndYear = Integer.toString(shown.pilotEndYear());
        status = shown.status();
        parks = directory.parksOf(shown.id());
    }

    public void save() throws IOException {
        CityDto saved;
        try {
            saved = service.saveCity(current.get(), city == null ? null : city.id(), new CityService.CityForm(
                    divisionCode, nameZh, nameEn, provinceId, level, batch, pilotStartYear, pilotEndYear, status,
                    city == null ? null : city.version()));
        } catch (PilotOpsException refusal) {
            messages.refused(refusal, "city:");
            return;
        }
        messages.info("records.saved");
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + "/city/admin-edit.xhtml?id=" + saved.id());
    }

    public void savePark() {
        try {
            service.savePark(current.get(), city.id(), parkId, new CityService.ParkForm(parkNameZh, parkNameEn,
                    parkId == null ? null : parkVersion));
        } catch (PilotOpsException refusal) {
            messages.refused(refusal, "park:");
            return;
        }
        messages.info("records.saved");
        refresh();
    }

    public void editPark(ParkDto park) {
        parkId = park.id();
        parkVersion = park.version();
        parkNameZh = park.nameZh();
        parkNameEn = park.nameEn();
    }

    public void deletePark(ParkDto park) {
        try {
            service.deletePark(current.get(), city.id(), park.id(), park.version());
        } catch (PilotOpsException refusal) {
            // No field of the form is at fault (a protection centre still names the park): all on top.
            messages.error(refusal.detailKey(), refusal.detailArgs().toArray());
            refusal.violations().forEach(v -> messages.fieldError(null, v));
            return;
        }
        messages.info("records.deleted");
        refresh();
    }

    public void newPark() {
        parkId = null;
        parkVersion = 0;
        parkNameZh = null;
        parkNameEn = null;
    }

    /** After a change to its parks the city's flags change too: both are read again. */
    private void refresh() {
        city = directory.city(city.id()).orElseThrow(NotFoundException::new);
        parks = directory.parksOf(city.id());
        newPark();
    }

    public List<ProvinceDto> getProvinces() {
        if (provinces == null) {
            provinces = directory.provinces();
        }
        return provinces;
    }

    public List<String> getLevels() {
        return Arrays.stream(CityLevel.values()).map(Enum::name).toList();
    }

    public List<String> getStatuses() {
        return Arrays.stream(CityStatus.values()).map(Enum::name).toList();
    }

    public boolean isNew() {
        return city == null;
    }

    /** The city's compliance flags, judged anew after each change to it or its parks; none before it exists. */
    public List<String> getFlags() {
        return city == null ? List.of() : city.complianceFlags();
    }

    public CityDto getCity() {
        return city;
    }

    public List<ParkDto> getParks() {
        return parks;
    }

    public String getRequestedId() {
        return requestedId;
    }

    public void setRequestedId(String requestedId) {
        this.requestedId = requestedId;
    }

    public String getDivisionCode() {
        return divisionCode;
    }

    public void setDivisionCode(String divisionCode) {
        this.divisionCode = divisionCode;
    }

    public String getNameZh() {
        return nameZh;
    }

    public void setNameZh(String nameZh) {
        this.nameZh = nameZh;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public String getProvinceId() {
        return provinceId;
    }

    public void setProvinceId(String provinceId) {
        this.provinceId = provinceId;
    }

    public String getLevel() {
        return level;
    }

    public void setLevel(String level) {
        this.level = level;
    }

    public String getBatch() {
        return batch;
    }

    public void setBatch(String batch) {
        this.batch = batch;
    }

    public String getPilotStartYear() {
        return pilotStartYear;
    }

    public void setPilotStartYear(String pilotStartYear) {
        this.pilotStartYear = pilotStartYear;
    }

    public String getPilotEndYear() {
        return pilotEndYear;
    }

    public void setPilotEndYear(String pilotEndYear) {
        this.pilotEndYear = pilotEndYear;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public Long getParkId() {
        return parkId;
    }

    public String getParkNameZh() {
        return parkNameZh;
    }

    public void setParkNameZh(String parkNameZh) {
        this.parkNameZh = parkNameZh;
    }

    public String getParkNameEn() {
        return parkNameEn;
    }

    public void setParkNameEn(String parkNameEn) {
        this.parkNameEn = parkNameEn;
    }
}
