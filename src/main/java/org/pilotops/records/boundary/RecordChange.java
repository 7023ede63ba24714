package org.pilotops.records.boundary;

import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.pilotops.platform.audit.AuditEntry;
import org.pilotops.platform.record.RecordField;
import org.pilotops.platform.record.RecordKind;
import org.pilotops.platform.rest.JsonFactory;

/**
 * One entry of a record's history as a reviewer reads it: who, when, what was done, from where, and each
 * of the kind's fields that changed with its value before and after (JSON as the API writes it). A new
 * record lists the fields it was given; a deleted one the fields it had.
 */
public record RecordChange(Instant at, String actor, String action, String source, String importId,
                           List<FieldChange> changes) {

    public record FieldChange(String field, JsonValue before, JsonValue after) {
    }

    public RecordChange {
        changes = List.copyOf(changes);
    }

    public static RecordChange of(AuditEntry entry, RecordKind<?> kind) {
        JsonObject before = parse(entry.getBefore());
        JsonObject after = parse(entry.getAfter());
        List<FieldChange> changes = new ArrayList<>();
        for (RecordField<?, ?> field : kind.fields()) {
            JsonValue was = before.getOrDefault(field.name(), JsonValue.NULL);
            JsonValue is = after.getOrDefault(field.name(), JsonValue.NULL);
            if (!was.equals(is)) {
                changes.add(new FieldChange(field.name(), was, is));
            }
        }
        return new RecordChange(entry.getOccurredAt(), entry.getActor(), entry.getAction().name(), entry.getSource(),
                entry.getImportId(), changes);
    }

    private static JsonObject parse(String state) {
        if (state == null || state.isBlank()) {
            return JsonValue.EMPTY_JSON_OBJECT;
        }
        try (JsonReader reader = JsonFactory.reader(new StringReader(state))) {
            return reader.readObject();
        }
    }
}
