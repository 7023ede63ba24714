package org.pilotops.platform.security;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One IP address or a CIDR range of them ({@code 10.0.0.0/8}, {@code 2001:db8::/32}), as operators list
 * their reverse proxies. Only literal addresses are read: a host name here would make every request
 * wait on DNS, and a forged header could choose what we look up.
 */
final class AddressRange {

    private static final Pattern IPV4 = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");
    // A first character that is a hex digit or a colon, plus a colon somewhere, is what keeps
    // InetAddress.getByName from treating the text as a host name: it parses it or refuses it.
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:][0-9A-Fa-f:.]{1,44}");
    private static final Pattern ZONE = Pattern.compile("([^%]+)%[A-Za-z0-9_.-]{1,32}");

    private final byte[] network;
    private final int prefixLength;

    private AddressRange(byte[] network, int prefixLength) {
        this.network = network;
        this.prefixLength = prefixLength;
    }

    /** A comma-separated list of addresses and ranges; blank means none. */
    static List<AddressRange> parseList(String list) {
        List<AddressRange> ranges = new ArrayList<>();
        if (list != null) {
            for (String item : list.split(",")) {
                if (!item.isBlank()) {
                    ranges.add(parse(item));
                }
            }
        }
        return List.copyOf(ranges);
    }

    /** {@code address} or {@code address/prefix-length}; anything else is a configuration mistake. */
    static AddressRange parse(String text) {
        String item = text.strip();
        int slash = item.indexOf('/');
        InetAddress address = literal(slash < 0 ? item : item.substring(0, slash))
                .orElseThrow(() -> new IllegalArgumentException("Not an IP address or CIDR range: " + item));
        byte[] bytes = address.getAddress();
        int bits = bytes.length * 8;
        int prefix = bits;
        if (slash >= 0) {
            try {
                prefix = Integer.parseInt(item.substring(slash + 1));
            } catch (NumberFormatException e) {
                prefix = -1;
            }
            if (prefix < 0 || prefix > bits) {
                throw new IllegalArgumentException("Not a prefix length between 0 and " + bits + ": " + item);
            }
        }
        return new AddressRange(bytes, prefix);
    }

    boolean contains(InetAddress address) {
        byte[] candidate = address.getAddress();
        if (candidate.length != network.length) {
            return false;
        }
        int whole = prefixLength / 8;
        for (int i = 0; i < whole; i++) {
            if (candidate[i] != network[i]) {
                return false;
            }
        }
        int rest = prefixLength % 8;
        if (rest == 0) {
            return true;
        }
        int mask = (0xFF << (8 - rest)) & 0xFF;
        return (candidate[whole] & mask) == (network[whole] & mask);
    }

    /**
     * The address written in this text, IPv4 in dotted quads or IPv6 (an IPv4-mapped IPv6 address reads
     * as IPv4, so both spellings of one client count as one); empty for anything else, never a lookup.
     */
    static Optional<InetAddress> literal(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String candidate = text.strip();
        Matcher v4 = IPV4.matcher(candidate);
        try {
            if (v4.matches()) {
                byte[] bytes = new byte[4];
                for (int i = 0; i < 4; i++) {
                    int part = Integer.parseInt(v4.group(i + 1));
                    if (part > 255) {
                        return Optional.empty();
                    }
                    bytes[i] = (byte) part;
                }
                return Optional.of(InetAddress.getByAddress(bytes));
            }
            Matcher zoned = ZONE.matcher(candidate);
            if (zoned.matches()) {
                // A link-local peer may carry its interface; the interface says nothing about the client.
                candidate = zoned.group(1);
            }
            if (candidate.indexOf(':') >= 0 && IPV6.matcher(candidate).matches()) {
                return Optional.of(InetAddress.getByName(candidate));
            }
        } catch (UnknownHostException malformed) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        try {
            return InetAddress.getByAddress(network).getHostAddress() + "/" + prefixLength;
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }
}
