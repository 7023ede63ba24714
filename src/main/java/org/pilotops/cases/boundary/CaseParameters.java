package org.pilotops.cases.boundary;

import java.net.URLDecoder;
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
            return quoted.group(1).replaceAll("\\\\(.)", "$1");
        }
        Matcher token = TOKEN.matcher(contentDisposition);
        return token.find() ? token.group(1) : null;
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
