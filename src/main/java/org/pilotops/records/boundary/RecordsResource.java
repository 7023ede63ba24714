package org.pilotops.records.boundary;

import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pilotops.platform.i18n.Messages;
import org.pilotops.platform.idempotency.IdempotencyKey;
import org.pilotops.platform.problem.InvalidInputException;
import org.pilotops.platform.problem.NotFoundException;
import org.pilotops.platform.problem.UnsupportedFormatException;
import org.pilotops.platform.problem.Violation;
import org.pilotops.platform.record.CityRecord;
import org.pilotops.platform.record.RecordKind;
import org.pilotops.platform.record.RecordSource;
import org.pilotops.platform.rest.JsonBodies;
import org.pilotops.platform.rest.JsonFactory;
import org.pilotops.platform.rest.Problems;
import org.pilotops.platform.rest.Upload;
import org.pilotops.platform.security.CurrentActor;
import org.pilotops.records.control.RecordFile;

/**
 * {@code /api/v1/cities/{cityId}/{kind}} for every record kind (SPEC §9): map the request, call
 * {@link RecordService}, answer. Query parameters other than {@code year, page, size, sort} filter the list
 * by the field they name (text by a part, everything else exactly, dates and numbers also {@code from..to});
 * a parameter that names no field is refused. {@code sort=-title} sorts descending. A {@code POST} with an
 * {@code Idempotency-Key} creates its record once however often it is sent; a repeat is answered like the
 * first request, with {@code Idempotent-Replayed: true}.
 */
@Tag(name = "Records", description = "The seven record kinds of the pilot cities, one path per kind")
@Path("cities/{cityId}/{kind}")
@Produces(MediaType.APPLICATION_JSON)
public class RecordsResource {

    /** Response header of an answer to a repeated request with an idempotency key: nothing was created. */
    static final String REPLAYED = "Idempotent-Replayed";

    @Inject
    RecordKinds kinds;

    @Inject
    RecordService records;

    @Inject
    RecordReads reads;

    @Inject
    CurrentActor actor;

    @Inject
    RecordImport imports;

    @Inject
    RecordExport exports;

    @PathParam("cityId")
    long cityId;

    @PathParam("kind")
    String kindPath;

    @GET
    @Operation(operationId = "list{Records}",
            summary = "{Kind}: list a city's records, paged, sorted and filtered by any field ({readers})")
    @APIResponse(responseCode = "200", description = "A page of records: `{items, total, page, size}`")
    @APIResponse(responseCode = "400", description = "A parameter that names no field or holds a value its field "
            + "cannot read, or `size` over 500")
    @APIResponse(responseCode = "404", description = "No such city, or its records are not visible to the caller")
    public Response list(@QueryParam("year") String year,
                         @QueryParam("page") @DefaultValue("0") String page,
                         @QueryParam("size") @DefaultValue("50") String size,
                         @QueryParam("sort") @DefaultValue("-id") String sort,
                         @Context UriInfo uri) {
        RecordKind<? extends CityRecord> kind = kind();
        return Response.ok(listed(kind, new RecordQuery(
                year == null || year.isBlank() ? null : number("year", year), number("page", page),
                number("size", size), sort.replaceFirst("^-", ""), sort.startsWith("-"),
                filters(uri.getQueryParameters())))).build();
    }

    /** Query parameters are read here, not by JAX-RS, which would answer a malformed number with 404. */
    private static int number(String parameter, String text) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(Violation.of(parameter, "query.not-a-number", text));
        }
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "create{Record}", summary = "{Kind}: log a record in a city ({writers})")
    @APIResponse(responseCode = "201", description = "Logged; `Location` names the record. A repeat with the same "
            + "`Idempotency-Key` answers the same record with `Idempotent-Replayed: true`")
    @APIResponse(responseCode = "400", description = "Fields missing or wrong, each named at once")
    @APIResponse(responseCode = "403", description = "The caller may not log records of this kind in this city")
    @APIResponse(responseCode = "404", description = "No such city, or not visible to the caller")
    @APIResponse(responseCode = "409", description = "A value the city already holds (a voucher or application "
            + "number), or `year-locked`: the year's summary is accepted")
    @APIResponse(responseCode = "503", description = "`contended`: the write waited too long for another's lock; "
            + "nothing stored, `Retry-After`")
    public Response create(InputStream body, @Context UriInfo uri,
                           @HeaderParam(IdempotencyKey.HEADER) String idempotencyKey) {
        JsonObject json = consistent(JsonBodies.readObject(body), null);
        Optional<IdempotencyKey> key = IdempotencyKey.of(idempotencyKey, uri.getPath() + "\n" + IdempotencyKey.canonical(json));
        return key.isPresent() ? createdOnce(kind(), json, key.get(), uri) : created(kind(), json, uri);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "get{Record}", summary = "{Kind}: read one record ({readers})")
    @APIResponse(responseCode = "200", description = "The record")
    @APIResponse(responseCode = "404", description = "No such record of the city, or not visible to the caller")
    public JsonObject one(@PathParam("id") long id) {
        return one(kind(), id);
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "update{Record}", summary = "{Kind}: correct a record, with the version read ({writers})")
    @APIResponse(responseCode = "200", description = "The corrected record")
    @APIResponse(responseCode = "400", description = "Fields missing or wrong, each named at once; `version` missing")
    @APIResponse(responseCode = "403", description = "The caller sees the record but may not change it")
    @APIResponse(responseCode = "404", description = "No such record of the city, or not visible to the caller")
    @APIResponse(responseCode = "409", description = "A stale `version`, a value the city already holds, or "
            + "`year-locked`")
    @APIResponse(responseCode = "503", description = "`contended`: the write waited too long for another's lock; "
            + "nothing stored, `Retry-After`")
    public JsonObject update(@PathParam("id") long id, InputStream body) {
        return updated(kind(), id, consistent(JsonBodies.readObject(body), id));
    }

    @DELETE
    @Path("{id}")
    @Operation(operationId = "delete{Record}", summary = "{Kind}: delete a record ({writers})")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "400", description = "`version` is not a number")
    @APIResponse(responseCode = "403", description = "The caller sees the record but may not change it")
    @APIResponse(responseCode = "404", description = "No such record of the city, or not visible to the caller")
    @APIResponse(responseCode = "409", description = "A stale `version`, `year-locked`, or `record-held`: a "
            + "submitted or selected typical case links it")
    @APIResponse(responseCode = "503", description = "`contended`: the write waited too long for another's lock; "
            + "nothing stored, `Retry-After`")
    public Response delete(@PathParam("id") long id, @QueryParam("version") String version) {
        records.delete(actor.get(), kind(), cityId, id, version == null || version.isBlank() ? null
                : (long) number("version", version), RecordSource.API);
        return Response.noContent().build();
    }

    /** {@code GET …/{kind}/{id}/history}: who changed the record, when, from where, each field before and after. */
    @GET
    @Path("{id}/history")
    @Operation(operationId = "get{Record}History",
            summary = "{Kind}: a record's changes, newest first, each field before and after ({readers})")
    @APIResponse(responseCode = "200", description = "The audit entries of the record")
    @APIResponse(responseCode = "404", description = "No such record of the city, or not visible to the caller")
    public JsonArray history(@PathParam("id") long id) {
        JsonArrayBuilder entries = JsonFactory.array();
        for (RecordChange change : reads.history(actor.get(), kind(), cityId, id)) {
            JsonArrayBuilder changes = JsonFactory.array();
            change.changes().forEach(c -> changes.add(JsonFactory.object()
                    .add("field", c.field()).add("before", c.before()).add("after", c.after())));
            JsonObjectBuilder entry = JsonFactory.object()
                    .add("at", change.at().toString())
                    .add("actor", change.actor())
                    .add("action", change.action());
            entry.add("source", change.source() == null ? JsonValue.NULL : JsonFactory.value(change.source()));
            if (change.importId() != null) {
                entry.add("importId", change.importId());
            }
            entries.add(entry.add("changes", changes));
        }
        return entries.build();
    }

    /**
     * {@code POST …/{kind}/import?dryRun=true|false} with a CSV ({@code text/csv}) or XLSX body. A dry run
     * (the default) answers the report; a real import stores all rows or none and answers the report, or
     * a 400 problem listing every wrong row.
     */
    @POST
    @Path("import")
    @Consumes({"text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"})
    @Operation(operationId = "import{Records}",
            summary = "{Kind}: import a CSV or XLSX file, a dry run by default, then all rows or none ({writers})")
    @APIResponse(responseCode = "200", description = "The dry run's report: nothing stored")
    @APIResponse(responseCode = "201", description = "Stored: the report with its `importId`")
    @APIResponse(responseCode = "400", description = "Bad rows, each listed in `rows` with its row and field; "
            + "nothing stored")
    @APIResponse(responseCode = "403", description = "The caller may not log records of this kind in this city")
    @APIResponse(responseCode = "404", description = "No such city, or not visible to the caller")
    @APIResponse(responseCode = "409", description = "A row the database refused when stored (a number taken, a "
            + "stale version, a locked year); nothing stored")
    @APIResponse(responseCode = "413", description = "More than 64 MB")
    @APIResponse(responseCode = "415", description = "Neither CSV nor XLSX")
    @APIResponse(responseCode = "503", description = "`contended`: the import waited too long for another's lock; "
            + "nothing stored, `Retry-After`")
    public Response importFile(InputStream body, @HeaderParam("Content-Type") String contentType,
                               @QueryParam("dryRun") @DefaultValue("true") String dryRun,
                               @HeaderParam(IdempotencyKey.HEADER) String idempotencyKey,
                               @Context HttpHeaders headers, @Context UriInfo uri) {
        RecordKind<? extends CityRecord> kind = kind();
        RecordFile format = RecordFile.of(contentType).orElseThrow(() -> new UnsupportedFormatException());
        boolean check = !"false".equalsIgnoreCase(dryRun.strip());
        try (Upload upload = Upload.spool(body)) {
            // A dry run stores nothing and may be repeated as it is; a key guards only what stores.
            Optional<IdempotencyKey> key = check ? Optional.empty()
                    : IdempotencyKey.of(idempotencyKey, uri.getPath() + "\n" + format + "\n" + upload.sha256());
            RecordImport.Stored stored = key.isPresent()
                    ? imports.storeOnce(actor.get(), kind, cityId, upload.file(), format, key.get())
                    : new RecordImport.Stored(check
                            ? imports.check(actor.get(), kind, cityId, upload.file(), format, rows -> { })
                            : imports.store(actor.get(), kind, cityId, upload.file(), format, rows -> { }), false);
            Response.ResponseBuilder answer = Response.status(stored.report().stored() ? 201 : 200)
                    .entity(reportJson(stored.report(), Problems.localeOf(headers)));
            return (stored.replayed() ? answer.header(REPLAYED, "true") : answer).build();
        }
    }

    /** {@code GET …/{kind}/export?format=csv|xlsx&year=}: the same columns an import reads, plus id and year. */
    @GET
    @Path("export")
    @Produces({"text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", MediaType.APPLICATION_JSON})
    @Operation(operationId = "export{Records}",
            summary = "{Kind}: export a city's records as CSV or XLSX, the columns an import reads ({readers})")
    @APIResponse(responseCode = "200", description = "The file, as an attachment")
    @APIResponse(responseCode = "400", description = "`year` is not a number")
    @APIResponse(responseCode = "404", description = "No such city, or its records are not visible to the caller")
    @APIResponse(responseCode = "415", description = "`format` is neither csv nor xlsx")
    public Response export(@QueryParam("format") @DefaultValue("csv") String formatName,
                           @QueryParam("year") String year) {
        RecordKind<? extends CityRecord> kind = kind();
        RecordFile format = RecordFile.of(formatName).orElseThrow(() -> new UnsupportedFormatException());
        Integer exportYear = year == null || year.isBlank() ? null : number("year", year);
        var exported = exports.export(actor.get(), kind, cityId, exportYear, format);
        return Response.ok(exported.body(), format.format().mediaType() + (format == RecordFile.CSV ? ";charset=UTF-8" : ""))
                .header("Content-Disposition", "attachment; filename=\"" + exported.fileName() + "\"")
                .build();
    }

    private static JsonObject reportJson(ImportReport report, Locale locale) {
        JsonArrayBuilder rows = JsonFactory.array();
        report.problems().forEach(v -> rows.add(JsonFactory.object().add("row", v.row()).add("field", v.field())
                .add("message", Messages.text(locale, v))));
        return JsonFactory.object()
                .add("dryRun", report.dryRun())
                .add("stored", report.stored())
                .add("total", report.total())
                .add("created", report.created())
                .add("updated", report.updated())
                .add("unchanged", report.unchanged())
                .add("accepted", report.accepted())
                .add("rejected", report.rejected())
                .add("importId", report.importId() == null ? JsonValue.NULL : JsonFactory.value(report.importId()))
                .add("rows", rows)
                .build();
    }

    private <E extends CityRecord> JsonObject listed(RecordKind<E> kind, RecordQuery query) {
        RecordPage<E> found = reads.list(actor.get(), kind, cityId, query);
        JsonArrayBuilder items = JsonFactory.array();
        found.items().forEach(record -> items.add(kind.toJson(record)));
        return JsonFactory.object()
                .add("items", items)
                .add("total", found.total())
                .add("page", found.page())
                .add("size", found.size())
                .build();
    }

    private <E extends CityRecord> JsonObject one(RecordKind<E> kind, long id) {
        return kind.toJson(reads.find(actor.get(), kind, cityId, id));
    }

    private <E extends CityRecord> Response created(RecordKind<E> kind, JsonObject body, UriInfo uri) {
        return created(kind.toJson(records.create(actor.get(), kind, cityId, kind.readJson(body), RecordSource.API)), uri);
    }

    /** Answers a repeated request as the first one was answered, saying it is a replay. */
    private <E extends CityRecord> Response createdOnce(RecordKind<E> kind, JsonObject body, IdempotencyKey key, UriInfo uri) {
        RecordService.Logged<E> logged = records.createOnce(actor.get(), kind, cityId, kind.readJson(body), RecordSource.API, key);
        Response created = created(kind.toJson(logged.record()), uri);
        return logged.replayed() ? Response.fromResponse(created).header(REPLAYED, "true").build() : created;
    }

    private static Response created(JsonObject record, UriInfo uri) {
        return Response.created(uri.getAbsolutePathBuilder().path(record.get("id").toString()).build()).entity(record).build();
    }

    private <E extends CityRecord> JsonObject updated(RecordKind<E> kind, long id, JsonObject body) {
        long version = versionOf(body);
        return kind.toJson(records.update(actor.get(), kind, cityId, id, version, kind.readJson(body), RecordSource.API));
    }

    private RecordKind<? extends CityRecord> kind() {
        return kinds.byPath(kindPath).orElseThrow(NotFoundException::new);
    }

    /** A body may repeat the ids of the URL, but must not contradict them. */
    private JsonObject consistent(JsonObject body, Long id) {
        if (body.containsKey("cityId") && !sameNumber(body, "cityId", cityId)) {
            throw new InvalidInputException(Violation.of("cityId", "field.inconsistent-city", cityId));
        }
        if (id != null && body.containsKey("id") && !sameNumber(body, "id", id)) {
            throw new InvalidInputException(Violation.of("id", "field.inconsistent-id", id));
        }
        return body;
    }

    private static boolean sameNumber(JsonObject body, String name, long expected) {
        return body.get(name) instanceof JsonNumber number && number.isIntegral()
                && number.bigIntegerValue().equals(java.math.BigInteger.valueOf(expected));
    }

    private static long versionOf(JsonObject body) {
        if (!(body.get("version") instanceof JsonNumber number) || !number.isIntegral()) {
            throw new InvalidInputException(Violation.of("version", "field.version-required"));
        }
        return number.longValue();
    }

    private static Map<String, String> filters(MultivaluedMap<String, String> parameters) {
        Map<String, String> filters = new HashMap<>();
        parameters.forEach((name, values) -> {
            if (!List.of("year", "page", "size", "sort").contains(name) && !values.isEmpty()
                    && !values.get(0).isBlank()) {
                filters.put(name, values.get(0));
            }
        });
        return filters;
    }
}
