package org.pilotops.platform.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The credential a metrics collector (Prometheus and the like) shows for {@code /metrics}: a bearer token
 * set by the operator in {@code pilotops.metrics.token} (env {@code PILOTOPS_METRICS_TOKEN}). It grants
 * the {@code METRICS} role and nothing else, so a scraper needs no person's account; without the
 * setting only administrators (HTTP Basic) read the metrics. Compared in constant time.
 */
@ApplicationScoped
public class MetricsScraper {

    /** The caller name and the only role a scraper's token signs in with. */
    public static final String CALLER = "metrics-scraper";
    public static final String ROLE = "METRICS";

    private byte[] token;

    @PostConstruct
    void configure() {
        token = ConfigProvider.getConfig().getOptionalValue("pilotops.metrics.token", String.class)
                .map(String::strip).filter(t -> !t.isEmpty())
                .map(t -> t.getBytes(StandardCharsets.UTF_8)).orElse(null);
    }

    /** True when the {@code Authorization} header carries the configured token. */
    public boolean accepts(String authorization) {
        if (token == null || authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return false;
        }
        return MessageDigest.isEqual(token, authorization.substring(7).strip().getBytes(StandardCharsets.UTF_8));
    }

    /** Metrics are read with stateless credentials, like the API. */
    static boolean isMetrics(String path) {
        return path.equals("/metrics") || path.startsWith("/metrics/");
    }
}
