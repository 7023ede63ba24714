package org.pilotops.reminder.boundary;

import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.InputStream;
import java.util.ArrayList;
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
 * {@code /api/v1/reminder-rules}: national reviewers read and change the rules; {@code PUT …/{id}} takes
 * {@code {enabled, offsets, repeatDays, horizonDays, version}} (read-only fields of a GET may be sent back).
 * Every wrong field is named at once.
 */
@Tag(name = "Reminders", description = "Reminder rules and the caller's notifications")
@Path("reminder-rules")
@Produces(MediaType.APPLICATION_JSON)
public class ReminderRulesResource {

    private static final Set<String> FIELDS = Set.of("id", "code", "audience", "enabled", "offsets", "repeatDays",
            "horizonDays", "updatedBy", "updatedAt", "version");

    @Inject
    ReminderRuleService service;

    @Inject
    CurrentActor actor;

    @GET
    @Operation(operationId = "listReminderRules",
            summary = "List the reminder rules (national reviewers and administrators)")
    @APIResponse(responseCode = "200", description = "The rules",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = ReminderRuleDto.class)))
    @APIResponse(responseCode = "403", description = "Neither a national reviewer nor an administrator")
    public List<ReminderRuleDto> rules() {
        return service.list(actor.get());
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateReminderRule",
            summary = "Change a reminder rule, with the version read (national reviewers)")
    @APIResponse(responseCode = "200", description = "The rule",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ReminderRuleDto.class)))
    @APIResponse(responseCode = "400", description = "Fields wrong, each named")
    @APIResponse(responseCode = "403", description = "Not a national reviewer")
    @APIResponse(responseCode = "404", description = "No such rule")
    @APIResponse(responseCode = "409", description = "A stale `version`")
    public ReminderRuleDto update(@PathParam("id") int id, InputStream body) {
        var who = actor.get();
        return service.update(who, id, form(JsonBodies.readObject(body)));
    }

    static ReminderRuleService.RuleForm form(JsonObject json) {
        List<Violation> violations = new ArrayList<>();
        json.keySet().stream().filter(k -> !FIELDS.contains(k)).sorted()
                .forEach(k -> violations.add(Violation.of(k, "field.unknown")));
        Boolean enabled = null;
        JsonValue e = json.getOrDefault("enabled", JsonValue.NULL);
        if (e == JsonValue.TRUE || e == JsonValue.FALSE) {
            enabled = e == JsonValue.TRUE;
        } else if (e != JsonValue.NULL) {
            violations.add(Violation.of("enabled", "field.wrong-type", "boolean"));
        }
        List<Integer> offsets = null;
        JsonValue o = json.getOrDefault("offsets", JsonValue.NULL);
        if (o instanceof JsonArray array) {
            offsets = new ArrayList<>();
            for (JsonValue item : array) {
                if (item instanceof JsonNumber n && n.isIntegral()) {
                    offsets.add(n.intValueExact());
                } else {
                    violations.add(Violation.of("offsets", "field.wrong-type", "integer[]"));
                    offsets = null;
                    break;
                }
            }
        } else if (o != JsonValue.NULL) {
            violations.add(Violation.of("offsets", "field.wrong-type", "integer[]"));
        }
        Integer repeat = integer(json, "repeatDays", violations);
        Integer horizon = integer(json, "horizonDays", violations);
        Integer version = integer(json, "version", violations);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return new ReminderRuleService.RuleForm(enabled, offsets, repeat, horizon, version == null ? null : version.longValue());
    }

    private static Integer integer(JsonObject json, String field, List<Violation> violations) {
        JsonValue v = json.getOrDefault(field, JsonValue.NULL);
        if (v == JsonValue.NULL) {
            return null;
        }
        if (v instanceof JsonNumber n && n.isIntegral()) {
            try {
                return n.intValueExact();
            } catch (ArithmeticException tooLarge) {
                violations.add(Violation.of(field, "field.count-range", Integer.MIN_VALUE, Integer.MAX_VALUE));
                return null;
            }
        }
        violations.add(Violation.of(field, "field.wrong-type", "integer"));
        return null;
    }
}
