package org.pilotops.account.boundary;

import jakarta.inject.Inject;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pilotops.platform.problem.InvalidInputException;
import org.pilotops.platform.problem.Violation;
import org.pilotops.platform.rest.JsonBodies;
import org.pilotops.platform.security.CurrentActor;

/**
 * {@code /api/v1/accounts}: the administrator's account management (SPEC §9). A new account and a reset
 * answer with the one-time password, which is never shown again.
 */
@Tag(name = "Accounts")
@Path("accounts")
@Produces(MediaType.APPLICATION_JSON)
public class AccountsResource {

    /** The fields a client may send; the read-only ones of {@link AccountDto} too, so a GET can be sent back. */
    private static final Set<String> FIELDS = Set.of("id", "username", "displayName", "email", "roles", "cityId",
            "provinceId", "agencyId", "enabled", "passwordChangeRequired", "version");

    /** An answer with a one-time password must not be kept by any cache on its way. */
    private static final String NO_STORE = "no-store";

    @Inject
    AccountService service;

    @Inject
    CurrentActor current;

    @GET
    @Operation(operationId = "listAccounts", summary = "List the accounts (administrators)")
    @APIResponse(responseCode = "200", description = "The accounts, never a password or hash",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = AccountDto.class)))
    @APIResponse(responseCode = "403", description = "Not an administrator")
    public List<AccountDto> accounts() {
        return service.accounts(current.get());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createAccount", summary = "Create an account with a one-time password (administrators)")
    @APIResponse(responseCode = "201", description = "Created; the one-time password is shown in this answer only",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = IssuedPasswordDto.class)))
    @APIResponse(responseCode = "400", description = "Fields missing or wrong, each named")
    @APIResponse(responseCode = "403", description = "Not an administrator")
    @APIResponse(responseCode = "409", description = "The username is taken, in any case")
    public Response create(InputStream body, @Context UriInfo uri) {
        IssuedPasswordDto created = service.create(current.get(), form(JsonBodies.readObject(body)));
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(created.account().id())).build())
                .header(HttpHeaders.CACHE_CONTROL, NO_STORE).entity(created).build();
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getAccount", summary = "Read an account (administrators)")
    @APIResponse(responseCode = "200", description = "The account",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = AccountDto.class)))
    @APIResponse(responseCode = "403", description = "Not an administrator")
    @APIResponse(responseCode = "404", description = "No such account")
    public AccountDto account(@PathParam("id") long id) {
        return service.account(current.get(), id);
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateAccount", summary = "Correct an account, with the version read (administrators)")
    @APIResponse(responseCode = "200", description = "The account",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = AccountDto.class)))
    @APIResponse(responseCode = "400", description = "Fields missing or wrong, each named")
    @APIResponse(responseCode = "403", description = "Not an administrator")
    @APIResponse(responseCode = "404", description = "No such account")
    @APIResponse(responseCode = "409", description = "A stale `version`, or the last enabled administrator would go")
    public AccountDto update(@PathParam("id") long id, InputStream body) {
        JsonObject json = JsonBodies.readObject(body);
        if (json.containsKey("id") && json.get("id") instanceof JsonNumber given && given.longValue() != id) {
            throw new InvalidInputException(Violation.of("id", "field.inconsistent-id", id));
        }
        return service.update(current.get(), id, form(json));
    }

    @POST
    @Path("{id}/password-reset")
    @Operation(operationId = "resetAccountPassword",
            summary = "Reset an account's password to a new one-time password (administrators)")
    @APIResponse(responseCode = "200", description = "The new one-time password, shown in this answer only",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = IssuedPasswordDto.class)))
    @APIResponse(responseCode = "403", description = "Not an administrator")
    @APIResponse(responseCode = "404", description = "No such account")
    public Response resetPassword(@PathParam("id") long id) {
        return Response.ok(service.resetPassword(current.get(), id)).header(HttpHeaders.CACHE_CONTROL, NO_STORE).build();
    }

    /** The form in a JSON body; a value of the wrong JSON type or an unknown field is refused naming it. */
    static AccountService.AccountForm form(JsonObject json) {
        List<Violation> violations = new ArrayList<>();
        json.keySet().stream().filter(k -> !FIELDS.contains(k)).sorted()
                .forEach(k -> violations.add(Violation.of(k, "field.unknown")));
        AccountService.AccountForm form = new AccountService.AccountForm(text(json, "username", violations),
                text(json, "displayName", violations), text(json, "email", violations), roles(json, violations),
                number(json, "cityId", violations), integer(json, "provinceId", violations),
                number(json, "agencyId", violations), bool(json, "enabled", violations),
                number(json, "version", violations));
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return form;
    }

    private static JsonValue value(JsonObject json, String field) {
        JsonValue value = json.get(field);
        return value == null || value.getValueType() == JsonValue.ValueType.NULL ? null : value;
    }

    private static String text(JsonObject json, String field, List<Violation> violations) {
        JsonValue value = value(json, field);
        if (value == null) {
            return null;
        }
        if (value instanceof JsonString text) {
            return text.getString();
        }
        violations.add(Violation.of(field, "field.wrong-type", "string"));
        return null;
    }

    private static Long number(JsonObject json, String field, List<Violation> violations) {
        JsonValue value = value(json, field);
        if (value == null) {
            return null;
        }
        if (value instanceof JsonNumber number && number.isIntegral()) {
            try {
                return number.longValueExact();
            } catch (ArithmeticException tooLarge) {
                // refused below
            }
        }
        violations.add(Violation.of(field, "field.wrong-type", "integer"));
        return null;
    }

    private static Integer integer(JsonObject json, String field, List<Violation> violations) {
        Long number = number(json, field, violations);
        if (number != null && (number > Integer.MAX_VALUE || number < Integer.MIN_VALUE)) {
            violations.add(Violation.of(field, "field.wrong-type", "integer"));
            return null;
        }
        return number == null ? null : number.intValue();
    }

    private static Boolean bool(JsonObject json, String field, List<Violation> violations) {
        JsonValue value = value(json, field);
        if (value == null) {
            return null;
        }
        if (value.getValueType() == JsonValue.ValueType.TRUE || value.getValueType() == JsonValue.ValueType.FALSE) {
            return value.getValueType() == JsonValue.ValueType.TRUE;
        }
        violations.add(Violation.of(field, "field.wrong-type", "true/false"));
        return null;
    }

    private static Set<String> roles(JsonObject json, List<Violation> violations) {
        JsonValue value = value(json, "roles");
        if (value == null) {
            return Set.of();
        }
        Set<String> roles = new LinkedHashSet<>();
        if (value.getValueType() == JsonValue.ValueType.ARRAY) {
            for (JsonValue role : value.asJsonArray()) {
                if (!(role instanceof JsonString name)) {
                    violations.add(Violation.of("roles", "field.wrong-type", "array of strings"));
                    return Set.of();
                }
                roles.add(name.getString());
            }
            return roles;
        }
        violations.add(Violation.of("roles", "field.wrong-type", "array of strings"));
        return Set.of();
    }
}
