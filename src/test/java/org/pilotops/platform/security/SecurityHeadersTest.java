package org.pilotops.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The policy of every response and the one PrimeFaces sends with its nonce on pages are the same. */
class SecurityHeadersTest {

    @Test
    void pagesAndEverythingElseShareOnePolicyWithoutInlineScriptOrEval() throws IOException {
        String webXml = Files.readString(Path.of("webapp/WEB-INF/web.xml"));
        Matcher pagePolicy = Pattern.compile("<param-name>primefaces.CSP_POLICY</param-name>\\s*<param-value>([^<]+)</param-value>")
                .matcher(webXml);
        assertTrue(pagePolicy.find(), "web.xml sets primefaces.CSP_POLICY");
        assertEquals(SecurityHeadersFilter.CONTENT_SECURITY_POLICY, pagePolicy.group(1).replace("&apos;", "'"));
        assertTrue(webXml.matches("(?s).*<param-name>primefaces.CSP</param-name>\\s*<param-value>true</param-value>.*"));
        String scripts = SecurityHeadersFilter.CONTENT_SECURITY_POLICY.replaceAll(".*script-src", "script-src");
        assertTrue(SecurityHeadersFilter.CONTENT_SECURITY_POLICY.endsWith(scripts), "script-src comes last, for the nonce");
        assertFalse(scripts.contains("unsafe"), scripts);
    }
}
