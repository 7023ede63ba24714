package org.pilotops.platform.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.pilotops.platform.problem.Violation;
import org.pilotops.platform.rest.Problems;

/**
 * Whether an API call that changes something may have been sent by another site's page. A browser that
 * once answered the API's Basic challenge sends those credentials again with every request to the portal,
 * also with a form another site submits or a {@code fetch} it makes in {@code no-cors} mode; the answer is
 * hidden from that site, but the change is made. Browsers send such requests without asking first (no
 * CORS preflight) only with a body of {@code application/x-www-form-urlencoded}, {@code multipart/form-data}
 * or {@code text/plain}, or without a {@code Content-Type}, and only with headers of the CORS safelist.
 * Anything else makes the browser ask with {@code OPTIONS} first, which the portal never allows, so the
 * request is never sent.
 *
 * <p>So an unsafe method ({@code POST}, {@code PUT}, {@code PATCH}, {@code DELETE}) must carry
 * {@code Content-Type: application/json} or a type the endpoint declares it consumes (the files of an
 * import or an attachment), never one of the three form types; a call without {@code Content-Type} (no
 * body: a review step, a delete) must carry {@value #REQUESTED_WITH} instead, a header no other site can
 * add without a preflight. That alone would stop forgeries; the browser's own word on where a request
 * came from is checked as well: an {@code Origin} that is not the portal's (including the opaque
 * {@code null}) or {@code Sec-Fetch-Site: cross-site | same-site} is refused. Clients outside a browser
 * send neither header and are not affected.
 */
final class CrossSitePolicy {

    /** The header that lets a call without a body through; any non-blank value. */
    static final String REQUESTED_WITH = "X-Requested-With";
    static final String JSON = "application/json";
    static final Set<String> UNSAFE_METHODS = Set.of("POST", "PUT", "PATCH", "DELETE");
    /** The body types a page of any site can send without a preflight (the Fetch standard's CORS-safelisted types). */
    static final Set<String> FORM_TYPES = Set.of("application/x-www-form-urlencoded", "multipart/form-data", "text/plain");
    private static final Set<String> FOREIGN_FETCH_SITES = Set.of("cross-site", "same-site");
    /** {@code type/subtype} of RFC 9110's token characters; anything else is no media type at all. */
    private static final Pattern MEDIA_TYPE = Pattern.compile("[a-z0-9!#$%&'*+.^_`|~-]+/[a-z0-9!#$%&'*+.^_`|~-]+");

    static final String ORIGIN = "Origin";
    static final String FETCH_SITE = "Sec-Fetch-Site";
    static final String CONTENT_TYPE = "Content-Type";

    private CrossSitePolicy() {
    }

    /**
     * One call as it arrived; absent headers are null.
     *
     * @param consumes the media types the resource method declares ({@code @Consumes}, on the method or its
     *                 class), empty when it declares none; a method without them takes JSON only
     */
    record Call(String method, String contentType, String origin, String fetchSite, String requestedWith,
                List<String> consumes) {

        Call {
            consumes = List.copyOf(consumes);
        }
    }

    /** Why a call is refused: its status, its problem type and the header it names. */
    record Refusal(int status, String problemType, Violation violation) {
    }

    /** The refusal for this call, or empty when it may go on; {@code own} are the portal's own origins. */
    static Optional<Refusal> judge(Call call, Collection<WebOrigin> own) {
        if (call.method() == null || !UNSAFE_METHODS.contains(call.method().toUpperCase(Locale.ROOT))) {
            return Optional.empty();
        }
        Optional<Refusal> foreign = foreignSite(call, own);
        return foreign.isPresent() ? foreign : contentType(call);
    }

    private static Optional<Refusal> foreignSite(Call call, Collection<WebOrigin> own) {
        if (call.origin() != null) {
            Optional<WebOrigin> origin = WebOrigin.parse(call.origin());
            if (origin.isEmpty() || !own.contains(origin.get())) {
                return refuse(403, "cross-site", ORIGIN, "header.origin.foreign", call.origin().strip());
            }
        }
        if (call.fetchSite() != null && FOREIGN_FETCH_SITES.contains(call.fetchSite().strip().toLowerCase(Locale.ROOT))) {
            return refuse(403, "cross-site", FETCH_SITE, "header.sec-fetch-site.foreign", call.fetchSite().strip());
        }
        return Optional.empty();
    }

    private static Optional<Refusal> contentType(Call call) {
        boolean files = call.consumes().stream().map(CrossSitePolicy::essence).anyMatch("*/*"::equals);
        String accepted = String.join(", ", accepted(call.consumes()));
        if (call.contentType() == null || call.contentType().isBlank()) {
            if (call.requestedWith() != null && !call.requestedWith().isBlank()) {
                return Optional.empty();
            }
            return files ? refuse(415, Problems.UNSUPPORTED_CONTENT_TYPE, CONTENT_TYPE, "header.content-type.missing-file")
                    : refuse(415, Problems.UNSUPPORTED_CONTENT_TYPE, CONTENT_TYPE, "header.content-type.missing", accepted);
        }
        String sent = call.contentType().strip();
        String type = essence(sent);
        if (!MEDIA_TYPE.matcher(type).matches()) {
            return refuse(415, Problems.UNSUPPORTED_CONTENT_TYPE, CONTENT_TYPE, "header.content-type.malformed", sent);
        }
        if (FORM_TYPES.contains(type)) {
            return files ? refuse(415, Problems.UNSUPPORTED_CONTENT_TYPE, CONTENT_TYPE, "header.content-type.form-file", type)
                    : refuse(415, Problems.UNSUPPORTED_CONTENT_TYPE, CONTENT_TYPE, "header.content-type.form", type, accepted);
        }
        if (type.equals(JSON) || call.consumes().stream().anyMatch(c -> compatible(essence(c), type))) {
            return Optional.empty();
        }
        return refuse(415, Problems.UNSUPPORTED_CONTENT_TYPE, CONTENT_TYPE, "header.content-type.refused", type, accepted);
    }

    /** JSON and what the method names, for the message; a wildcard says nothing a reader could send. */
    private static List<String> accepted(List<String> consumes) {
        List<String> types = new ArrayList<>(List.of(JSON));
        consumes.stream().map(CrossSitePolicy::essence).filter(t -> !t.contains("*") && !types.contains(t)).forEach(types::add);
        return types;
    }

    private static boolean compatible(String declared, String sent) {
        if (declared.equals("*/*") || declared.equals(sent)) {
            return true;
        }
        return declared.endsWith("/*") && sent.startsWith(declared.substring(0, declared.length() - 1));
    }

    /** The media type without its parameters, in lower case: {@code Text/Plain; charset=UTF-8} → {@code text/plain}. */
    static String essence(String mediaType) {
        int semicolon = mediaType.indexOf(';');
        return (semicolon < 0 ? mediaType : mediaType.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
    }

    private static Optional<Refusal> refuse(int status, String type, String header, String key, Object... args) {
        return Optional.of(new Refusal(status, type, Violation.of(header, key, args)));
    }
}
