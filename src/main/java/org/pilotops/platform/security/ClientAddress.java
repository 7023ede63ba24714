package org.pilotops.platform.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.net.InetAddress;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Who is really calling, when the portal sits behind reverse proxies. Throttling by the proxy's address
 * would put every user in one bucket; believing {@code X-Forwarded-For} from anyone would let a guesser
 * pick a fresh address per request. So the header counts only when the direct peer is one of the
 * proxies listed in {@value #TRUSTED_PROXIES} (addresses or CIDR ranges, IPv4 and IPv6; none by default),
 * and it is read from the right, past our own proxies, to the first address we do not run: everything
 * left of that was written by the client and proves nothing. A malformed header yields the peer.
 * <p>
 * The same trust decides whether the original request was HTTPS ({@code X-Forwarded-Proto}), which HSTS
 * and a Secure cookie depend on when TLS ends at the proxy.
 */
@ApplicationScoped
public class ClientAddress {

    public static final String TRUSTED_PROXIES = "pilotops.http.trusted-proxies";

    private static final Pattern BRACKETED = Pattern.compile("\\[([^\\]]+)](?::\\d{1,5})?");
    private static final Pattern IPV4_WITH_PORT = Pattern.compile("(\\d{1,3}(?:\\.\\d{1,3}){3}):\\d{1,5}");

    @Inject
    @ConfigProperty(name = TRUSTED_PROXIES)
    Optional<String> configuredProxies;

    private List<AddressRange> trustedProxies = List.of();

    public ClientAddress() {
    }

    ClientAddress(String trustedProxies) {
        this.trustedProxies = AddressRange.parseList(trustedProxies);
    }

    @PostConstruct
    void readConfiguration() {
        trustedProxies = AddressRange.parseList(configuredProxies.orElse(""));
    }

    /** Creating the bean at start-up makes a mistyped proxy list stop the deployment, not every request. */
    void checkConfiguration(@Observes @Initialized(ApplicationScoped.class) Object started) {
        // Nothing to do: readConfiguration has run, or thrown, by the time this is called.
    }

    /** The client's address in canonical text (IPv6 uncompressed). */
    public String of(HttpServletRequest request) {
        return of(request.getRemoteAddr(), joined(request.getHeaders("X-Forwarded-For")));
    }

    /** Whether the request came straight from one of our trusted proxies, whose headers may be believed. */
    public boolean fromTrustedProxy(HttpServletRequest request) {
        return AddressRange.literal(request.getRemoteAddr()).map(this::trusted).orElse(false);
    }

    /** Whether the client's own request was HTTPS, at our server or at a trusted proxy in front of it. */
    public boolean https(HttpServletRequest request) {
        return https(request.getRemoteAddr(), joined(request.getHeaders("X-Forwarded-Proto")), request.isSecure());
    }

    String of(String peer, String forwardedFor) {
        Optional<InetAddress> direct = AddressRange.literal(peer);
        String peerAddress = direct.map(InetAddress::getHostAddress).orElse(peer == null ? "" : peer);
        if (direct.isEmpty() || !trusted(direct.get()) || forwardedFor == null || forwardedFor.isBlank()) {
            return peerAddress;
        }
        String[] hops = forwardedFor.split(",", -1);
        String earliest = peerAddress;
        for (int i = hops.length - 1; i >= 0; i--) {
            Optional<InetAddress> hop = AddressRange.literal(withoutPort(hops[i]));
            if (hop.isEmpty()) {
                return peerAddress;
            }
            if (!trusted(hop.get())) {
                return hop.get().getHostAddress();
            }
            earliest = hop.get().getHostAddress();
        }
        // Every hop is one of our proxies: the request started inside, at the first of them.
        return earliest;
    }

    boolean https(String peer, String forwardedProto, boolean secureAtPeer) {
        if (secureAtPeer) {
            return true;
        }
        Optional<InetAddress> direct = AddressRange.literal(peer);
        if (forwardedProto == null || direct.isEmpty() || !trusted(direct.get())) {
            return false;
        }
        // The value our nearest proxy set is the last one; earlier ones may come from the client.
        String[] values = forwardedProto.split(",", -1);
        return "https".equalsIgnoreCase(values[values.length - 1].strip());
    }

    private boolean trusted(InetAddress address) {
        for (AddressRange range : trustedProxies) {
            if (range.contains(address)) {
                return true;
            }
        }
        return false;
    }

    /** Some proxies add the client's port: {@code 203.0.113.7:51234}, {@code [2001:db8::1]:443}. */
    private static String withoutPort(String hop) {
        String text = hop.strip();
        Matcher bracketed = BRACKETED.matcher(text);
        if (bracketed.matches()) {
            return bracketed.group(1);
        }
        Matcher v4 = IPV4_WITH_PORT.matcher(text);
        return v4.matches() ? v4.group(1) : text;
    }

    /** A header sent on several lines is one comma-separated list (RFC 9110 §5.3). */
    private static String joined(Enumeration<String> lines) {
        if (lines == null || !lines.hasMoreElements()) {
            return null;
        }
        return String.join(",", Collections.list(lines));
    }
}
