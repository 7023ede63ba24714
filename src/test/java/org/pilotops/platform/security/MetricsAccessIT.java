package org.pilotops.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.pilotops.testing.Api;
import org.pilotops.testing.TestEnvironment;

/** {@code /metrics} is for administrators and the configured scraper only; health stays public. */
class MetricsAccessIT {

    @Test
    void metricsNeedAnAdministratorOrTheScrapersToken() {
        assertEquals(401, Api.anonymous().get("/metrics").status());
        assertEquals(403, Api.as("city-zjg").get("/metrics").status(), "a signed-in user is not enough");
        assertEquals(403, Api.as("national").get("/metrics").status());
        Api.Answer admin = Api.as("admin").get("/metrics");
        assertEquals(200, admin.status());
        assertTrue(admin.body().contains("# TYPE"), "Prometheus text");

        Api anonymous = Api.anonymous();
        assertEquals(200, anonymous.send(anonymous.request("/metrics")
                .header("Authorization", "Bearer " + TestEnvironment.METRICS_TOKEN).GET()).status());
        assertEquals(401, anonymous.send(anonymous.request("/metrics")
                .header("Authorization", "Bearer wrong-" + TestEnvironment.METRICS_TOKEN).GET()).status());
        assertEquals(401, anonymous.send(anonymous.request("/api/v1/me")
                .header("Authorization", "Bearer " + TestEnvironment.METRICS_TOKEN).GET()).status(),
                "the scraper's token opens the metrics and nothing else");
        assertEquals(200, Api.anonymous().get("/health").status());
    }
}
