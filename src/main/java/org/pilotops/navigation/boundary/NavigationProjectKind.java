package org.pilotops.navigation.boundary;

import static org.pilotops.platform.record.RecordField.optional;
import static org.pilotops.platform.record.RecordField.required;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.pilotops.navigation.entity.NavigationProject;
import org.pilotops.navigation.entity.NavigationType;
import org.pilotops.navigation.entity.ProjectStatus;
import org.pilotops.platform.field.FieldType;
import org.pilotops.platform.field.ProgrammeDates;
import org.pilotops.platform.record.RecordKind;

/** {@code navigation-projects}: the fields of SPEC §3, in the column order of imports and exports. */
@ApplicationScoped
public class NavigationProjectKind extends RecordKind<NavigationProject> {

    public NavigationProjectKind() {
        super("navigation-projects", NavigationProject.class, NavigationProject::new, true, List.of(
                required("title", FieldType.text(200), NavigationProject::getTitle, NavigationProject::setTitle),
                required("type", FieldType.enumeration(NavigationType.class), NavigationProject::getType,
                        NavigationProject::setType),
                required("industry", FieldType.text(100), NavigationProject::getIndustry,
                        NavigationProject::setIndustry),
                required("leadOrganisation", FieldType.text(200), NavigationProject::getLeadOrganisation,
                        NavigationProject::setLeadOrganisation),
                required("startDate", ProgrammeDates.date(), NavigationProject::getStartDate,
                        NavigationProject::setStartDate),
                optional("endDate", ProgrammeDates.date(), NavigationProject::getEndDate,
                        NavigationProject::setEndDate),
                required("budget", FieldType.money(), NavigationProject::getBudget, NavigationProject::setBudget),
                required("status", FieldType.enumeration(ProjectStatus.class), NavigationProject::getStatus,
                        NavigationProject::setStatus),
                optional("smesReached", FieldType.count(0, 10_000_000), NavigationProject::getSmesReached,
                        NavigationProject::setSmesReached)));
    }
}
