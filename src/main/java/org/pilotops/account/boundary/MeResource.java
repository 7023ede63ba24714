package org.pilotops.account.boundary;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pilotops.platform.problem.InvalidInputException;
import org.pilotops.platform.problem.NotFoundException;
import org.pilotops.platform.problem.Violation;
import org.pilotops.platform.rest.JsonBodies;
import org.pilotops.platform.security.Actor;
import org.pilotops.platform.security.CurrentActor;

/**
 * {@code /api/v1/me}: who the credentials belong to and what they are bound to; and {@code /me/password},
 * the one change every user may make to their own account. Both stay open to an account that must change
 * its one-time password first.
 */
@Tag(name = "Accounts", description = "The caller's own account and the administrators' account management")
@Path("me")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    /** @param passwordChangeRequired true while the account holds a one-time password an administrator issued */
    public record MeDto(String username, String displayName, String email, List<String> roles, Long cityId,
                        Integer provinceId, Long agencyId, boolean passwordChangeRequired) {
    }

    private static final Set<String> PASSWORD_FIELDS = Set.of("current", "new");

    @Inject
    CurrentActor current;

    @Inject
    AccountDirectory accounts;

    @Inject
    AccountService service;

    @GET
    @Operation(operationId = "getMe",
            summary = "Who the credentials belong to, with roles and scope (every signed-in user)")
    @APIResponse(responseCode = "200", description = "The caller",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = MeDto.class)))
    public MeDto me() {
        Actor actor = current.get();
        AccountDto account = accounts.account(actor.username()).orElseThrow(NotFoundException::new);
        return new MeDto(actor.username(), account.displayName(), account.email(),
                actor.roles().stream().map(Enum::name).sorted().toList(), actor.cityId(), actor.provinceId(),
                actor.agencyId(), account.passwordChangeRequired());
    }

    /** {@code {"current": …, "new": …}}: 204 when changed; 400 naming {@code current} or {@code new} otherwise. */
    @PUT
    @Path("password")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "changeOwnPassword", summary = "Change one's own password (every signed-in user)")
    @APIResponse(responseCode = "204", description = "Changed")
    @APIResponse(responseCode = "400", description = "`current` missing or wrong, or `new` breaks the password rules")
    @APIResponse(responseCode = "429", description = "Too many wrong current passwords: `too-many-logins` naming "
            + "`current`, with `Retry-After`")
    @APIResponse(responseCode = "503", description = "`busy`: no password check could run now; `Retry-After: 1`")
    public Response changePassword(InputStream body) {
        JsonObject json = JsonBodies.readObject(body);
        List<Violation> violations = new ArrayList<>();
        json.keySet().stream().filter(k -> !PASSWORD_FIELDS.contains(k)).sorted()
                .forEach(k -> violations.add(Violation.of(k, "field.unknown")));
        String currentPassword = text(json, "current", violations);
        String chosen = text(json, "new", violations);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        service.changeOwnPassword(current.get(), new AccountService.PasswordChangeForm(currentPassword, chosen));
        return Response.noContent().build();
    }

    private static String text(JsonObject json, String field, List<Violation> violations) {
        JsonValue value = json.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value instanceof JsonString text) {
            return text.getString();
        }
        violations.add(Violation.of(field, "field.wrong-type", "string"));
        return null;
    }
}
