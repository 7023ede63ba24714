package org.pilotops.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CrossSitePolicyTest {

    static final Set<WebOrigin> OWN = Set.of(WebOrigin.ofHost("http", "localhost:8080").orElseThrow(),
            WebOrigin.ofUrl("https://pilotops.example.cn/").orElseThrow());
    static final List<String> JSON_ONLY = List.of();
    static final List<String> IMPORT = List.of("text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    static final List<String> ANY_FILE = List.of(MediaType.WILDCARD);

    static Optional<CrossSitePolicy.Refusal> judge(String method, String contentType, String origin, String fetchSite,
                                                   String requestedWith, List<String> consumes) {
        return CrossSitePolicy.judge(new CrossSitePolicy.Call(method, contentType, origin, fetchSite, requestedWith,
                consumes), OWN);
    }

    static void refused(int status, String header, Optional<CrossSitePolicy.Refusal> refusal) {
        assertTrue(refusal.isPresent(), "refused");
        assertEquals(status, refusal.get().status());
        assertEquals(header, refusal.get().violation().field());
        assertEquals(status == 403 ? "cross-site" : "unsupported-content-type", refusal.get().problemType());
    }

    @ParameterizedTest
    @ValueSource(strings = {"GET", "HEAD", "OPTIONS"})
    void safeMethodsAreNeverJudged(String method) {
        assertEquals(Optional.empty(), judge(method, "text/plain", "https://evil.example", "cross-site", null, JSON_ONLY));
    }

    @Test
    void jsonFromTheApiClientsOrThePortalsOwnPagesGoesThrough() {
        assertEquals(Optional.empty(), judge("POST", "application/json", null, null, null, JSON_ONLY), "no browser");
        assertEquals(Optional.empty(), judge("PUT", "application/json; charset=UTF-8", "http://localhost:8080",
                "same-origin", null, JSON_ONLY));
        assertEquals(Optional.empty(), judge("POST", "Application/JSON", "https://pilotops.example.cn", null, null,
                JSON_ONLY), "the configured address");
        assertEquals(Optional.empty(), judge("POST", "application/json", "https://PILOTOPS.example.cn:443", "none", null,
                JSON_ONLY), "default port and case do not matter");
    }

    @ParameterizedTest
    @ValueSource(strings = {"text/plain", "text/plain;charset=UTF-8", "application/x-www-form-urlencoded",
            "multipart/form-data; boundary=----x", " Text/Plain "})
    void whatAnySitesFormCanSendIsRefused(String contentType) {
        refused(415, "Content-Type", judge("POST", contentType, null, null, null, JSON_ONLY));
        refused(415, "Content-Type", judge("POST", contentType, null, null, "XMLHttpRequest", JSON_ONLY));
        refused(415, "Content-Type", judge("POST", contentType, null, null, null, ANY_FILE)); // even where any file is taken
        refused(415, "Content-Type", judge("POST", contentType, null, null, null, List.of("text/*")));
        assertEquals("header.content-type.form", judge("POST", contentType, null, null, null, IMPORT).orElseThrow()
                .violation().key());
        assertEquals(List.of(CrossSitePolicy.essence(contentType),
                        "application/json, text/csv, application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
                judge("POST", contentType, null, null, null, IMPORT).orElseThrow().violation().args(),
                "names what was sent and what would be taken");
    }

    @Test
    void uploadsTakeTheTypesTheirEndpointDeclares() {
        assertEquals(Optional.empty(), judge("POST", "text/csv", null, null, null, IMPORT));
        assertEquals(Optional.empty(), judge("POST", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                null, null, null, IMPORT));
        refused(415, "Content-Type", judge("POST", "application/pdf", null, null, null, IMPORT));
        for (String file : List.of("application/pdf", "image/png", "application/octet-stream", "image/jpeg")) {
            assertEquals(Optional.empty(), judge("POST", file, null, null, null, ANY_FILE), file);
            refused(415, "Content-Type", judge("POST", file, null, null, null, JSON_ONLY));
        }
        assertEquals(Optional.empty(), judge("POST", "image/png", null, null, null, List.of("image/*")));
        refused(415, "Content-Type", judge("POST", "text/csv", null, null, null, List.of("image/*")));
    }

    @Test
    void somethingThatIsNoMediaTypeIsRefusedEvenWhereAnyFileIsTaken() {
        refused(415, "Content-Type", judge("POST", "text/plain, application/json", null, null, null, ANY_FILE));
        refused(415, "Content-Type", judge("POST", "application/json garbage", null, null, null, ANY_FILE));
        refused(415, "Content-Type", judge("POST", "json", null, null, null, JSON_ONLY));
    }

    @Test
    void aCallWithoutContentTypeNeedsTheCustomHeader() {
        refused(415, "Content-Type", judge("POST", null, null, null, null, JSON_ONLY));
        refused(415, "Content-Type", judge("DELETE", " ", null, null, null, JSON_ONLY));
        refused(415, "Content-Type", judge("DELETE", null, null, null, " ", JSON_ONLY));
        assertEquals("header.content-type.missing-file", judge("POST", null, null, null, null, ANY_FILE).orElseThrow()
                .violation().key());
        assertEquals(Optional.empty(), judge("DELETE", null, null, null, "XMLHttpRequest", JSON_ONLY));
        assertEquals(Optional.empty(), judge("POST", null, null, null, "pilotops-client", JSON_ONLY));
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://evil.example", "null", "http://localhost:8081", "https://localhost:8080",
            "http://localhost", "https://pilotops.example.cn.evil.example", "http://pilotops.example.cn",
            "http://localhost:8080/path", "http://user@localhost:8080", "not an origin", ""})
    void aForeignOriginIsRefusedWhateverTheBody(String origin) {
        refused(403, "Origin", judge("POST", "application/json", origin, null, null, JSON_ONLY));
        refused(403, "Origin", judge("DELETE", null, origin, null, "XMLHttpRequest", JSON_ONLY));
        refused(403, "Origin", judge("POST", "text/plain", origin, null, null, JSON_ONLY));
        refused(403, "Origin", judge("POST", "image/png", origin, null, null, ANY_FILE));
    }

    @Test
    void theBrowsersWordThatAnotherSiteSentItCounts() {
        refused(403, "Sec-Fetch-Site", judge("POST", "application/json", null, "cross-site", null, JSON_ONLY));
        refused(403, "Sec-Fetch-Site", judge("POST", "application/json", null, "Same-Site", null, JSON_ONLY));
        refused(403, "Origin", judge("POST", "application/json", "https://evil.example", "cross-site", null, JSON_ONLY));
        assertEquals(Optional.empty(), judge("POST", "application/json", null, "same-origin", null, JSON_ONLY));
        assertEquals(Optional.empty(), judge("POST", "application/json", null, "none", null, JSON_ONLY),
                "typed by the user");
    }

    @Test
    void originsAreComparedAsBrowsersDo() {
        assertEquals(new WebOrigin("https", "portal.example", 443), WebOrigin.parse("HTTPS://Portal.Example").orElseThrow());
        assertEquals(new WebOrigin("http", "[::1]", 8080), WebOrigin.parse("http://[::1]:8080").orElseThrow());
        assertEquals(new WebOrigin("http", "[::1]", 8080), WebOrigin.ofHost("http", "[::1]:8080").orElseThrow());
        assertEquals(new WebOrigin("https", "pilotops.example.cn", 443),
                WebOrigin.ofUrl("https://pilotops.example.cn/portal/").orElseThrow());
        assertEquals(Optional.empty(), WebOrigin.parse("null"));
        assertEquals(Optional.empty(), WebOrigin.ofHost("http", "evil.example/x"));
        assertEquals(Optional.empty(), WebOrigin.ofHost("http", null));
        assertEquals(Optional.empty(), WebOrigin.ofUrl("localhost:8080"));
    }

    @Test
    void theDeclaredTypesComeFromTheMethodElseItsClass() throws NoSuchMethodException {
        assertEquals(List.of("text/csv", "application/pdf"),
                CrossSiteRequestFilter.consumes(Declaring.class.getDeclaredMethod("both"), Declaring.class));
        assertEquals(List.of("image/png"),
                CrossSiteRequestFilter.consumes(Declaring.class.getDeclaredMethod("inherits"), Declaring.class));
        assertEquals(List.of(), CrossSiteRequestFilter.consumes(Object.class.getDeclaredMethod("toString"), Object.class));
    }

    @Consumes("image/png")
    static class Declaring {

        @Consumes({"text/csv, application/pdf"})
        void both() {
        }

        void inherits() {
        }
    }
}
