package org.pilotops.platform.rest;

import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/** The REST API for agencies' and offices' own systems; authenticated with HTTP Basic. */
@ApplicationPath("api/v1")
@DeclareRoles({"CITY_REPORTER", "AGENCY_STAFF", "PROVINCE_REVIEWER", "NATIONAL_REVIEWER", "ADMIN"})
@OpenAPIDefinition(info = @Info(title = "PilotOps API", version = "1",
        description = "Records, annual summaries and indicators of the SME IP Strategy Promotion Project pilot cities"))
public class ApiApplication extends Application {
}
