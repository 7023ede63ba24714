package org.pilotops.platform.rest;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import org.pilotops.platform.i18n.Messages;
import org.pilotops.platform.problem.Violation;

/** Builds RFC 9457 problem answers in the caller's language (Accept-Language; Chinese by default). */
public final class Problems {

    public static final String MEDIA_TYPE = "application/problem+json";
    /** A body type the call does not take, or no {@code Content-Type} where one is needed: 415 naming the header. */
    public static final String UNSUPPORTED_CONTENT_TYPE = "unsupported-content-type";

    private Problems() {
    }

    public static Response problem(HttpHeaders headers, int status, String type, String detailKey,
                                   List<Object> detailArgs, List<Violation> violations) {
        return Response.status(status).type(MEDIA_TYPE)
                .entity(body(localeOf(headers), status, type, detailKey, detailArgs, violations)).build();
    }

    /** The problem document itself, for answers written outside JAX-RS (the authentication mechanism). */
    public static JsonObject body(Locale locale, int status, String type, String detailKey, List<Object> detailArgs,
                                  List<Violation> violations) {
        JsonObjectBuilder body = JsonFactory.object()
                .add("type", "urn:pilotops:problem:" + type)
                .add("title", textOr(locale, "problem." + type + ".title", List.of(), status))
                .add("status", status)
                .add("detail", textOr(locale, detailKey, detailArgs, status));
        if (!violations.isEmpty()) {
            boolean rows = violations.stream().anyMatch(v -> v.row() > 0);
            JsonArrayBuilder list = JsonFactory.array();
            for (Violation v : violations) {
                JsonObjectBuilder item = JsonFactory.object();
                if (rows) {
                    item.add("row", v.row());
                }
                list.add(item.add("field", v.field()).add("message", Messages.text(locale, v)));
            }
            body.add(rows ? "rows" : "violations", list);
        }
        return body.build();
    }

    /** A text of the bundle, or the HTTP reason phrase for a status we have no words of our own for. */
    private static String textOr(Locale locale, String key, List<Object> args, int status) {
        String text = Messages.text(locale, key, args);
        if (!text.equals(key)) {
            return text;
        }
        Response.Status known = Response.Status.fromStatusCode(status);
        return known == null ? "HTTP " + status : known.getReasonPhrase();
    }

    /** The caller's language from Accept-Language: English when asked for, Chinese otherwise. */
    public static Locale localeOf(HttpHeaders headers) {
        if (headers == null) {
            return Messages.CHINESE;
        }
        try {
            List<Locale> accepted = headers.getAcceptableLanguages();
            return accepted.isEmpty() ? Messages.CHINESE : Messages.supported(accepted.get(0));
        } catch (RuntimeException malformedHeader) {
            return Messages.CHINESE;
        }
    }
}
