package org.pilotops.cases.boundary;

import java.net.URLDecoder;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pilotops.cases.entity.CaseStatus;
import org.pilotops.platform.problem.InvalidInputException;
import org.pilotops.platform.problem.Violation;

/**
 * Query parameters and headers of the case resources, read here rather than by JAX-RS, which would answer a
 * malformed number with 404 instead of a problem naming the parameter.
 */
final class CaseParameters {

    private static final Pattern EXTENDED = Pattern.compile("filename\\*\\s*=\\s*([^']*)'[^']*'([^;]+)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern QUOTED = Pattern.compile("filename\\s*=\\s*\"((?:[^\"\\\\]|\\\\.)*)\"",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern TOKEN = Pattern.compile("filename\\s*=\\s*([^;\\s]+)", Pattern.CASE_INSENSITIVE);

    private CaseParameters() {
    }

    static CaseStatus status(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return CaseStatus.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(Violation.of("status", "case.status.unknown", text));
        }
    }

    /**
     * The file name of an upload: the {@code filename} query parameter, else the {@code filename*} (RFC 6266,
     * UTF-8) or {@code filename} of a {@code Content-Disposition} header; null when none is given.
     */
    static String fileName(String parameter, String contentDisposition) {
        if (parameter != null && !parameter.isBlank()) {
            return parameter;
        }
        if (contentDisposition == null) {
            return null;
        }
        Matcher extended = EXTENDED.matcher(contentDisposition);
        if (extended.find()) {
            try {
                String charset = extended.group(1).isBlank() ? "UTF-8" : extended.group(1).strip();
                return URLDecoder.decode(extended.group(2).strip().replace("+", "%2B"), charset);
            } catch (IllegalArgumentException | java.io.UnsupportedEncodingException e) {
                // fall back to the plain name
            }
        }
        Matcher quoted = QUOTED.matcher(contentDisposition);
        if (quoted.find()) {
            return raw(quoted.group(1).replaceAll("\\\\(.)", "$1"));
        }
        Matcher token = TOKEN.matcher(contentDisposition);
        return token.find() ? raw(token.group(1)) : null;
    }

    /**
     * A plain {@code filename=} as many clients send it: the name's UTF-8 bytes raw in the header. A server
     * that reads header bytes as ISO-8859-1 (one character per byte) hands them on, and the name is read as
     * the UTF-8 it is; Payara's HTTP layer reads them as US-ASCII and hands on U+FFFD for each, so the name
     * is lost before it arrives here. Either loss — replacement characters, or bytes that are no UTF-8 — is
     * refused naming the header and the RFC 6266 {@code filename*} form that says its charset, rather than
     * stored as a mangled name.
     */
    static String raw(String latin1) {
        if (latin1.indexOf('\uFFFD') >= 0) {
            throw new InvalidInputException(Violation.of("Content-Disposition", "case.attachment.filename-charset"));
        }
        if (latin1.chars().allMatch(c -> c < 0x80) || latin1.chars().anyMatch(c -> c > 0xFF)) {
            return latin1;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(latin1.getBytes(StandardCharsets.ISO_8859_1))).toString();
        } catch (CharacterCodingException e) {
            throw new InvalidInputException(Violation.of("Content-Disposition", "case.attachment.filename-charset"));
        }
    }

    /**
     * A {@code Content-Disposition: attachment} value for a stored name: an ASCII fallback for old clients
     * and the exact name in UTF-8 (RFC 6266 / 5987).
     */
    static String attachment(String fileName) {
        StringBuilder ascii = new StringBuilder();
        fileName.codePoints().forEach(c -> ascii.append(c >= 0x20 && c < 0x7F && c != '"' && c != '\\' && c != ';'
                ? (char) c : '_'));
        String encoded = java.net.URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
