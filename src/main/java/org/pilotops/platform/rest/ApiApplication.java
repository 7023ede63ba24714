package org.pilotops.platform.rest;

import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The REST API for agencies' and offices' own systems; authenticated with HTTP Basic. Its OpenAPI document
 * ({@code /openapi}) comes from the resources' annotations and, for the record kinds, from their descriptors
 * ({@code records.boundary.RecordsApiDocument}).
 */
@ApplicationPath("api/v1")
@DeclareRoles({"CITY_REPORTER", "AGENCY_STAFF", "PROVINCE_REVIEWER", "NATIONAL_REVIEWER", "ADMIN"})
@OpenAPIDefinition(info = @Info(title = "PilotOps API", version = "1",
        description = "Records, annual summaries and indicators of the SME IP Strategy Promotion Project pilot cities"),
        security = @SecurityRequirement(name = "basic"))
@SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic",
        description = "The portal's accounts; every call needs one")
public class ApiApplication extends Application {
}
