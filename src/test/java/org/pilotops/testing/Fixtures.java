package org.pilotops.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BooleanSupplier;

/**
 * What client-side tests build for themselves so they leave the demo data alone: a pilot city in a
 * province without any, its accounts, and runs of a job awaited through the jobs API.
 */
public final class Fixtures {

    public static final String PASSWORD = "Fixture-IT-passphrase-2020";
    public static final Api ADMIN = Api.as("admin");

    /** An account made for a test, with its API client. */
    public record Account(long id, String username, String email, Api api) {
    }

    private Fixtures() {
    }

    /**
     * A province of the test's own, without pilot cities: an id in 900000–999999, which GB/T 2260 never
     * gives, so there are as many as tests need and the real provinces' city limits, reviewers and figures
     * stay untouched. Its cities' division codes start with its first two digits, as a real province's do.
     */
    public static int province() {
        for (int attempt = 0; attempt < 20; attempt++) {
            int id = 900_000 + ThreadLocalRandom.current().nextInt(100_000);
            try (Connection c = TestEnvironment.database().dataSource().getConnection();
                 java.sql.PreparedStatement s = c.prepareStatement("INSERT IGNORE INTO province (id, name_zh, name_en, kind)"
                         + " VALUES (?, ?, ?, 'PROVINCE')")) {
                s.setInt(1, id);
                s.setString(2, "测试省" + id);
                s.setString(3, "Test Province " + id);
                if (s.executeUpdate() == 1) {
                    return id;
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("no free test province id");
    }

    /** Whether a province is one a test made ({@link #province()}), not one of GB/T 2260's. */
    public static boolean madeByTest(int province) {
        return province >= 900_000;
    }

    /**
     * A random province (kind PROVINCE, never 410000) other than those given that already has pilot
     * cities: for tests that make their own city and scope their own reviewers to its province, and so
     * depend on nothing else the province holds, without making a province of their own.
     */
    public static int someProvince(int... except) {
        Set<Integer> excluded = new HashSet<>();
        for (int e : except) {
            excluded.add(e);
        }
        // Only real provinces that already have pilot cities, so what the test adds lands beside others.
        Set<Integer> populated = new HashSet<>();
        ((JsonArray) ADMIN.get("/api/v1/cities").structure()).getValuesAs(JsonObject.class)
                .forEach(c -> populated.add(c.getInt("provinceId")));
        List<Integer> provinces = ((JsonArray) ADMIN.get("/api/v1/provinces").structure()).getValuesAs(JsonObject.class)
                .stream().filter(p -> "PROVINCE".equals(p.getString("kind"))).map(p -> p.getInt("id"))
                .filter(p -> p != 410000 && !madeByTest(p) && populated.contains(p) && !excluded.contains(p)).toList();
        assertFalse(provinces.isEmpty(), "a province with pilot cities");
        return provinces.get(ThreadLocalRandom.current().nextInt(provinces.size()));
    }

    /** A new account reviewing the province. */
    public static Account provinceReviewer(int province) {
        return account("{\"roles\": [\"PROVINCE_REVIEWER\"], \"provinceId\": " + province + "}", false);
    }

    /** A new pilot city of the province, 2017–2020, named {@code nameZh} (and "Test City" in English). */
    public static long city(int province, String nameZh) {
        for (int attempt = 0; ; attempt++) {
            String code = Integer.toString(province).substring(0, 2)
                    + String.format("%04d", ThreadLocalRandom.current().nextInt(1, 10_000));
            Api.Answer created = ADMIN.post("/api/v1/cities", """
                    {"divisionCode":"%s","nameZh":"%s","nameEn":"Test City","provinceId":%d,
                     "level":"PREFECTURE","batch":2,"pilotStartYear":2017,"pilotEndYear":2020,"status":"ACTIVE"}"""
                    .formatted(code, nameZh, province));
            if (created.status() == 409 && created.toString().contains("divisionCode") && attempt < 5) {
                continue; // the random division code is another test city's: draw again
            }
            assertEquals(201, created.status(), created::toString);
            return created.json().getJsonNumber("id").longValue();
        }
    }

    /** A new account with the given roles and scope and an e-mail address or none. */
    public static Account account(String rolesAndScope, boolean withEmail) {
        String username = "it-fx-" + UUID.randomUUID().toString().substring(0, 8);
        String email = withEmail ? username + "@pilotops.test" : null;
        String body = rolesAndScope.replaceFirst("\\{", "{\"username\": \"" + username + "\", \"displayName\": \"测试账号\", "
                + (withEmail ? "\"email\": \"" + email + "\", " : ""));
        Api.Answer created = ADMIN.post("/api/v1/accounts", body);
        assertEquals(201, created.status(), created::toString);
        String once = created.json().getString("oneTimePassword");
        Api.Answer changed = Api.withPassword(username, once).put("/api/v1/me/password",
                "{\"current\": \"%s\", \"new\": \"%s\"}".formatted(once, PASSWORD));
        assertEquals(204, changed.status(), changed::toString);
        return new Account(created.json().getJsonObject("account").getJsonNumber("id").longValue(), username, email,
                Api.withPassword(username, PASSWORD));
    }

    public static Account reporter(long city, boolean withEmail) {
        return account("{\"roles\": [\"CITY_REPORTER\"], \"cityId\": " + city + "}", withEmail);
    }

    /**
     * Runs a job through the API and waits until a run that started after the request has finished: a run
     * newer than the newest in the job's history before the request (not one by the clock, which a run just
     * before the request, of the previous test, could pass for). Answers the job as the jobs API shows it.
     */
    public static JsonObject runAndWait(String job, String body) {
        String newestBefore = newestRun(job);
        Api.Answer accepted = ADMIN.post("/api/v1/jobs/" + job + "/run", body);
        assertEquals(202, accepted.status(), accepted::toString);
        JsonObject[] last = new JsonObject[1];
        await(Duration.ofSeconds(90), () -> {
            JsonArray runs = ADMIN.get("/api/v1/jobs/" + job + "/runs?limit=1").structure().asJsonArray();
            if (runs.isEmpty()) {
                return false;
            }
            JsonObject run = runs.getJsonObject(0);
            last[0] = run;
            return !run.getString("startedAt").equals(newestBefore) && !"RUNNING".equals(run.getString("outcome"));
        }, () -> "job " + job + " did not finish a run: " + last[0]);
        JsonObject state = ADMIN.get("/api/v1/jobs/" + job).json();
        assertEquals("SUCCEEDED", state.getString("lastOutcome"), state::toString);
        return state;
    }

    private static String newestRun(String job) {
        JsonArray runs = ADMIN.get("/api/v1/jobs/" + job + "/runs?limit=1").structure().asJsonArray();
        return runs.isEmpty() ? "" : runs.getJsonObject(0).getString("startedAt");
    }

    public static void await(Duration timeout, BooleanSupplier condition, java.util.function.Supplier<String> message) {
        Instant deadline = Instant.now().plus(timeout);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError(message.get());
            }
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted");
            }
        }
    }

    public static long count(String sql) {
        try (Connection c = TestEnvironment.database().dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet rows = s.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public static void execute(String sql) {
        try (Connection c = TestEnvironment.database().dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A mail queued in the outbox of {@code db}, due now, as a reminder leaves one: its id. */
    public static long queueMail(org.pilotops.launch.DatabaseCoordinates db, String recipient, String subject) {
        try (Connection c = db.dataSource().getConnection();
             java.sql.PreparedStatement s = c.prepareStatement("INSERT INTO mail_outbox (recipient, subject, body,"
                     + " status, next_attempt_at, created_at) VALUES (?, ?, '正文', 'QUEUED', utc_timestamp(3),"
                     + " utc_timestamp(3))", Statement.RETURN_GENERATED_KEYS)) {
            s.setString(1, recipient);
            s.setString(2, subject);
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
