package org.pilotops.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.pilotops.launch.PortalProcess;
import org.pilotops.testing.Api;
import org.pilotops.testing.Fixtures;
import org.pilotops.testing.RecordSamples;
import org.pilotops.testing.TestEnvironment;

/**
 * Two nodes on one database (issue 12 §4): the portal under test and a second node of the same WAR and
 * settings. They form one Quartz cluster; what one node writes the other reads at once, its kept
 * indicators included; a password changed on one node stops the old one on the other at once (remembered
 * credentials are checked against the stored hash on every request); the daily reminders run on both
 * nodes at once make each reminder once; and when one node is killed the other carries on and the cluster
 * takes its share over.
 */
class ClusterIT {

    @Test
    void twoNodesServeOneProgrammeAndTheSurvivorCarriesOn() throws Exception {
        long city = Fixtures.city(Fixtures.someProvince(), "集群测试市");
        Fixtures.Account reporter = Fixtures.reporter(city, false);
        String password = Fixtures.PASSWORD;
        try (PortalProcess nodeB = TestEnvironment.anotherNode("cluster-node-b")) {
            URI b = nodeB.baseUri();
            Api nationalOnB = Api.as("national").at(b);
            Fixtures.await(Duration.ofSeconds(60), () -> Fixtures.count("SELECT COUNT(*) FROM QRTZ_SCHEDULER_STATE") >= 2,
                    () -> "both schedulers in the Quartz cluster");

            // Written on one node, read on the other at once, kept figures included.
            String indicators = "api/v1/indicators?year=2019&cityId=" + city;
            long before = navigationProjects(nationalOnB.get(indicators));
            Api.Answer created = reporter.api().post("/api/v1/cities/" + city + "/navigation-projects",
                    RecordSamples.body("navigation-projects", city));
            assertEquals(201, created.status(), created::toString);
            long id = created.json().getJsonNumber("id").longValue();
            Api.Answer read = reporter.api().at(b).get("api/v1/cities/" + city + "/navigation-projects/" + id);
            assertEquals(200, read.status(), "node B reads node A's record: " + read);
            assertEquals(before + 1, navigationProjects(nationalOnB.get(indicators)), "node B's kept figures count it");

            // A password changed on node A: the old one, remembered by node B, stops working there at once.
            String changed = "Cluster-Zweites-Passwort-2020";
            Api.Answer change = reporter.api().put("/api/v1/me/password",
                    "{\"current\": \"" + password + "\", \"new\": \"" + changed + "\"}");
            assertEquals(204, change.status(), change::toString);
            assertEquals(401, reporter.api().at(b).get("api/v1/me").status(), "the old password, on node B");
            assertEquals(200, Api.withPassword(reporter.username(), changed).at(b).get("api/v1/me").status(),
                    "the new one, on node B");

            // The daily reminders of one day, run on both nodes at once: the new city's reporter is reminded
            // of its outstanding summary once, with one notification.
            String day = "{\"asOf\": \"2020-12-01\"}";
            CompletableFuture<Api.Answer> onB = CompletableFuture.supplyAsync(
                    () -> Api.as("admin").at(b).post("api/v1/jobs/ReminderJob/run", day));
            Fixtures.runAndWait("ReminderJob", day);
            assertEquals(202, onB.join().status(), "node B took the run too");
            Fixtures.await(Duration.ofSeconds(90), () -> Fixtures.count("SELECT COUNT(*) FROM job_run "
                    + "WHERE job_name = 'ReminderJob' AND finished_at IS NULL") == 0, () -> "both runs finished");
            String ofReporter = "FROM reminder r WHERE r.account_id = " + reporter.id() + " AND r.occurrence = '2020-12-01'";
            long reminders = Fixtures.count("SELECT COUNT(*) " + ofReporter);
            assertTrue(reminders > 0, "the new city's reporter is reminded of its summary");
            assertEquals(reminders, Fixtures.count("SELECT COUNT(*) " + ofReporter.replace("FROM reminder r",
                    "FROM reminder r JOIN notification n ON n.reminder_id = r.id")), "one notification per reminder");
            assertEquals(reminders, Fixtures.count("SELECT COUNT(DISTINCT r.rule_code, r.subject, r.due_date) " + ofReporter),
                    "each reminder once");

            // Node B dies: node A carries on, and the Quartz cluster notices and takes its share.
            nodeB.kill();
            assertEquals(200, Api.withPassword(reporter.username(), changed).get("api/v1/me").status(), "node A serves");
            Fixtures.await(Duration.ofSeconds(120), () -> Fixtures.count("SELECT COUNT(*) FROM QRTZ_SCHEDULER_STATE") == 1,
                    () -> "node A removed node B from the Quartz cluster");
        }
    }

    private static long navigationProjects(Api.Answer indicators) {
        assertEquals(200, indicators.status(), indicators::toString);
        return indicators.json().getJsonObject("figures").getJsonNumber("NAVIGATION_PROJECTS").longValue();
    }
}
