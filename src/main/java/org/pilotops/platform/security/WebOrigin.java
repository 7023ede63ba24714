package org.pilotops.platform.security;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * A web origin as browsers compare them (RFC 6454): scheme, host and port, with the scheme's default port
 * filled in, so that {@code https://portal.example} and {@code https://portal.example:443} are one origin.
 *
 * @param port the explicit or default port; -1 for a scheme without a default
 */
record WebOrigin(String scheme, String host, int port) {

    /**
     * An {@code Origin} header as browsers send it, {@code scheme://host[:port]} and nothing else. The
     * opaque origin {@code null} (sandboxed frames, {@code data:} pages, some redirects) and anything
     * malformed are empty: they name no site we could recognise as ours.
     */
    static Optional<WebOrigin> parse(String header) {
        if (header == null) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(header.strip());
            if (uri.getScheme() == null || uri.getHost() == null || uri.getRawUserInfo() != null
                    || !(uri.getRawPath() == null || uri.getRawPath().isEmpty())
                    || uri.getRawQuery() != null || uri.getRawFragment() != null) {
                return Optional.empty();
            }
            return Optional.of(of(uri));
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /** The origin of an absolute URL such as the configured portal address; empty when it has none. */
    static Optional<WebOrigin> ofUrl(String url) {
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(url.strip());
            return uri.getScheme() == null || uri.getHost() == null ? Optional.empty() : Optional.of(of(uri));
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /** The origin a request was addressed to: its scheme and its {@code Host} header ({@code host[:port]}). */
    static Optional<WebOrigin> ofHost(String scheme, String hostHeader) {
        if (scheme == null || hostHeader == null || hostHeader.isBlank() || hostHeader.contains("/")
                || hostHeader.contains("@")) {
            return Optional.empty();
        }
        return parse(scheme + "://" + hostHeader.strip());
    }

    private static WebOrigin of(URI uri) {
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        int port = uri.getPort() >= 0 ? uri.getPort() : switch (scheme) {
            case "http" -> 80;
            case "https" -> 443;
            default -> -1;
        };
        return new WebOrigin(scheme, uri.getHost().toLowerCase(Locale.ROOT), port);
    }

    @Override
    public String toString() {
        return scheme + "://" + host + (port < 0 ? "" : ":" + port);
    }
}
