package org.pilotops.records.boundary;

import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.List;
import org.pilotops.platform.problem.Violation;
import org.pilotops.platform.rest.JsonFactory;

/**
 * What an import found: how many rows were read, how many create a record, update one (a row with the
 * {@code id} of an export), would leave one as it is, or are rejected, and what is wrong with each
 * rejected row (the first {@value RecordImport#MAX_LISTED} problems; the counts are always complete).
 * A stored import names the id its audit entries share.
 */
public record ImportReport(boolean dryRun, boolean stored, int total, int created, int updated, int unchanged,
                           int rejected, List<Violation> problems, String importId) {

    public ImportReport {
        problems = List.copyOf(problems);
    }

    /** A stored import's report as its idempotency key keeps it (a stored import has no problems). */
    String kept() {
        return JsonFactory.object().add("total", total).add("created", created).add("updated", updated)
                .add("unchanged", unchanged).add("importId", importId).build().toString();
    }

    /** The report a key kept ({@link #kept()}), to answer a repeat of the import. */
    static ImportReport ofKept(String kept) {
        JsonObject json = JsonFactory.reader(new StringReader(kept)).readObject();
        return new ImportReport(false, true, json.getInt("total"), json.getInt("created"), json.getInt("updated"),
                json.getInt("unchanged"), 0, List.of(), json.getString("importId"));
    }

    /** Rows that may be stored as they are: created, updated and unchanged. */
    public int accepted() {
        return created + updated + unchanged;
    }
}
