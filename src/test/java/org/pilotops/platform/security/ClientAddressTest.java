package org.pilotops.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ClientAddressTest {

    final ClientAddress behindProxies = new ClientAddress(" 127.0.0.1, ::1, 10.0.0.0/8 ,2001:db8:aa::/48");

    @Test
    void withoutTrustedProxiesTheHeaderIsIgnored() {
        ClientAddress direct = new ClientAddress("");
        assertEquals("192.0.2.10", direct.of("192.0.2.10", "203.0.113.7"));
        assertEquals("127.0.0.1", direct.of("127.0.0.1", "203.0.113.7"));
    }

    @Test
    void anUntrustedPeerCannotChooseItsAddress() {
        assertEquals("192.0.2.10", behindProxies.of("192.0.2.10", "203.0.113.7"));
        assertEquals("192.0.2.10", behindProxies.of("192.0.2.10", "10.0.0.1"));
    }

    @Test
    void aTrustedPeerNamesTheClient() {
        assertEquals("203.0.113.7", behindProxies.of("127.0.0.1", "203.0.113.7"));
        assertEquals("203.0.113.7", behindProxies.of("0:0:0:0:0:0:0:1", " 203.0.113.7 "), "::1 in its long spelling");
        assertEquals("127.0.0.1", behindProxies.of("127.0.0.1", null), "no header: the peer itself");
        assertEquals("127.0.0.1", behindProxies.of("127.0.0.1", "  "));
    }

    @Test
    void theChainIsReadFromTheRightPastOurOwnProxies() {
        assertEquals("198.51.100.1", behindProxies.of("10.1.2.3", "198.51.100.1, 10.0.0.5"));
        assertEquals("198.51.100.1", behindProxies.of("10.1.2.3", "198.51.100.1,10.200.0.1,10.0.0.5"));
        // Whatever the client wrote to the left of the address our edge proxy saw proves nothing.
        assertEquals("198.51.100.1", behindProxies.of("10.1.2.3", "1.1.1.1, 127.0.0.1, 198.51.100.1, 10.0.0.5"));
        assertEquals("198.51.100.1", behindProxies.of("10.1.2.3", "garbage, ,198.51.100.1"),
                "left of the client is never read");
        // Every hop is ours: the request came from inside, from the first of them.
        assertEquals("10.9.9.9", behindProxies.of("127.0.0.1", "10.9.9.9, 10.0.0.5"));
    }

    @Test
    void cidrRangesMatchIpv4AndIpv6Alike() {
        assertEquals("2001:db8:bb:0:0:0:0:1", behindProxies.of("2001:db8:aa:ffff::1", "2001:db8:bb::1"));
        assertEquals("2001:db8:ab:0:0:0:0:1", behindProxies.of("2001:db8:ab::1", "203.0.113.7"),
                "just outside the /48: not ours");
        assertEquals("203.0.113.7", behindProxies.of("::ffff:10.0.0.1", "203.0.113.7"),
                "an IPv4-mapped peer is the IPv4 address");
        assertEquals("203.0.113.7", behindProxies.of("2001:db8:aa::1", "203.0.113.7, 2001:db8:aa::2, 10.0.0.1"));
        assertEquals("11.0.0.1", behindProxies.of("11.0.0.1", "203.0.113.7"), "just outside 10.0.0.0/8");

        ClientAddress oddPrefixes = new ClientAddress("192.0.2.64/26, 2001:db8::/33");
        assertEquals("203.0.113.7", oddPrefixes.of("192.0.2.127", "203.0.113.7"));
        assertEquals("192.0.2.128", oddPrefixes.of("192.0.2.128", "203.0.113.7"));
        assertEquals("203.0.113.7", oddPrefixes.of("2001:db8:7fff::1", "203.0.113.7"));
        assertEquals("2001:db8:8000:0:0:0:0:1", oddPrefixes.of("2001:db8:8000::1", "203.0.113.7"));
        assertEquals("203.0.113.7", new ClientAddress("0.0.0.0/0").of("192.0.2.1", "203.0.113.7"));
        assertEquals("2001:db8:0:0:0:0:0:1", new ClientAddress("0.0.0.0/0").of("2001:db8::1", "203.0.113.7"),
                "an IPv4 range holds no IPv6 address");
    }

    @Test
    void portsThatSomeProxiesAddAreIgnored() {
        assertEquals("203.0.113.7", behindProxies.of("127.0.0.1", "203.0.113.7:51234"));
        assertEquals("2001:db8:bb:0:0:0:0:1", behindProxies.of("127.0.0.1", "[2001:db8:bb::1]:443"));
        assertEquals("2001:db8:bb:0:0:0:0:1", behindProxies.of("127.0.0.1", "[2001:db8:bb::1]"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"unknown", "example.com", "999.1.1.1", "1.2.3", "203.0.113.7, ", "garbage, 10.0.0.5",
            "203.0.113.7, garbage", "203.0.113.7 198.51.100.1", "::g", "fe80::1%eth0x y", "[::1", "1.2.3.4:port",
            "\u0000", "2001:db8::1/64"})
    void aMalformedHeaderYieldsThePeer(String header) {
        assertEquals("10.0.0.1", behindProxies.of("10.0.0.1", header));
    }

    @Test
    void aPeerThatIsNoAddressIsKeptAsItIs() {
        assertEquals("somewhere", behindProxies.of("somewhere", "203.0.113.7"));
        assertEquals("", behindProxies.of(null, "203.0.113.7"));
        assertEquals("fe80:0:0:0:0:0:0:1", behindProxies.of("fe80::1%eth0", "203.0.113.7"),
                "a link-local peer's interface is not part of its address");
    }

    @Test
    void httpsIsBelievedFromTrustedProxiesOnly() {
        assertTrue(behindProxies.https("127.0.0.1", "https", false));
        assertTrue(behindProxies.https("10.0.0.1", "HTTPS", false));
        assertTrue(behindProxies.https("10.0.0.1", "http, https", false), "the value our proxy set is the last");
        assertFalse(behindProxies.https("10.0.0.1", "https, http", false));
        assertFalse(behindProxies.https("192.0.2.10", "https", false), "an untrusted peer");
        assertFalse(behindProxies.https("127.0.0.1", null, false));
        assertFalse(behindProxies.https("127.0.0.1", "http", false));
        assertTrue(behindProxies.https("192.0.2.10", null, true), "TLS at our own server");
    }

    @ParameterizedTest
    @ValueSource(strings = {"proxy.example.internal", "10.0.0.0/33", "::/129", "10.0.0.0/", "10.0.0.0/-1",
            "10.0.0.0/x", "256.0.0.1", "localhost"})
    void aMistypedProxyListIsRefusedRatherThanIgnored(String list) {
        assertThrows(IllegalArgumentException.class, () -> new ClientAddress(list));
    }
}
