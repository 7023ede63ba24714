package org.pilotops.agency.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.pilotops.agency.boundary.AgencyDirectory;
import org.pilotops.agency.boundary.AgencyDto;
import org.pilotops.agency.boundary.AgencyService;
import org.pilotops.agency.boundary.AttorneyDto;
import org.pilotops.agency.entity.AgencyType;
import org.pilotops.city.boundary.CityDirectory;
import org.pilotops.city.boundary.CityDto;
import org.pilotops.platform.problem.NotFoundException;
import org.pilotops.platform.problem.OperationNotAllowedException;
import org.pilotops.platform.problem.PilotOpsException;
import org.pilotops.platform.security.CurrentActor;
import org.pilotops.platform.security.Role;
import org.pilotops.platform.web.PageMessages;

/**
 * {@code agency/edit.xhtml[?id=…]}: registers or corrects a service agency and the cities it serves, and
 * adds or corrects its patent attorneys.
 */
@Named
@ViewScoped
public class AgencyEditView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentActor current;

    @Inject
    AgencyService service;

    @Inject
    AgencyDirectory directory;

    @Inject
    CityDirectory cities;

    @Inject
    PageMessages messages;

    private Long id;
    private long version;
    private String name;
    private String creditCode;
    private String kind;
    private List<Long> cityIds = new ArrayList<>();
    private List<AttorneyDto> attorneys = List.of();

    private Long attorneyId;
    private long attorneyVersion;
    private String attorneyName;
    private String licenceNumber;

    @PostConstruct
    void load() {
        if (!current.get().has(Role.ADMIN)) {
            throw new OperationNotAllowedException("problem.not-allowed.admin");
        }
        String requested = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id");
        if (requested != null && !requested.isBlank()) {
            try {
                show(directory.agency(Long.parseLong(requested.strip())).orElseThrow(NotFoundException::new));
            } catch (NumberFormatException e) {
                throw new NotFoundException();
            }
        }
    }

    private void show(AgencyDto agency) {
        id = agency.id();
        version = agency.version();
        name = agency.name();
        creditCode = agency.creditCode();
        kind = agency.kind();
        cityIds = new ArrayList<>(agency.cityIds());
        attorneys = directory.attorneysOf(agency.id());
    }

    public void save() throws IOException {
        try {
            show(service.saveAgency(current.get(), id,
                    new AgencyService.AgencyForm(name, creditCode, kind, new HashSet<>(cityIds), version)));
        } catch (PilotOpsException refusal) {
            messages.refused(refusal, "agency:");
            return;
        }
        messages.info("records.saved");
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + "/agency/edit.xhtml?id=" + id);
    }

    public void saveAttorney() {
        try {
            service.saveAttorney(current.get(), id, attorneyId,
                    new AgencyService.AttorneyForm(attorneyName, licenceNumber, attorneyVersion));
        } catch (PilotOpsException refusal) {
            messages.refused(refusal, "attorney:");
            return;
        }
        messages.info("records.saved");
        attorneys = directory.attorneysOf(id);
        newAttorney();
    }

    public void editAttorney(AttorneyDto attorney) {
        attorneyId = attorney.id();
        attorneyVersion = attorney.version();
        attorneyName = attorney.name();
        licenceNumber = attorney.licenceNumber();
    }

    public void newAttorney() {
        attorneyId = null;
        attorneyVersion = 0;
        attorneyName = null;
        licenceNumber = null;
    }

    public List<String> getKinds() {
        return java.util.Arrays.stream(AgencyType.values()).map(Enum::name).toList();
    }

    public List<CityDto> getCities() {
        return cities.cities();
    }

    public boolean isNew() {
        return id == null;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getCreditCode() {
        return creditCode;
    }

    public void setCreditCode(String creditCode) {
        this.creditCode = creditCode;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public List<Long> getCityIds() {
        return cityIds;
    }

    public void setCityIds(List<Long> cityIds) {
        this.cityIds = cityIds == null ? new ArrayList<>() : cityIds;
    }

    public List<AttorneyDto> getAttorneys() {
        return attorneys;
    }

    public Long getAttorneyId() {
        return attorneyId;
    }

    public String getAttorneyName() {
        return attorneyName;
    }

    public void setAttorneyName(String attorneyName) {
        this.attorneyName = attorneyName;
    }

    public String getLicenceNumber() {
        return licenceNumber;
    }

    public void setLicenceNumber(String licenceNumber) {
        this.licenceNumber = licenceNumber;
    }
}
