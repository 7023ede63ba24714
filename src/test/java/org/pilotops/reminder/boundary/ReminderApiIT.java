package org.pilotops.reminder.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pilotops.testing.Fixtures.ADMIN;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.pilotops.testing.Api;
import org.pilotops.testing.Fixtures;

/**
 * Reminders over the API against the packaged portal (demo clock 2020-12-01, 30 days before the 2020
 * summaries and typical cases are due): the rules national reviewers edit, the administrators' jobs and
 * outbox, a run as of a day delivering in-app and by mail, and notifications seen by their owner only.
 * Each test that makes reminders builds its own city and accounts.
 */
class ReminderApiIT {

    final Api national = Api.as("national");

    @Test
    void nationalReviewersEditTheRulesAndOthersAreRefused() {
        JsonArray rules = (JsonArray) national.get("/api/v1/reminder-rules").structure();
        assertEquals(List.of("SUMMARY_DUE", "SUMMARY_OVERDUE_PROVINCE_DIGEST", "SUMMARY_OVERDUE_NATIONAL_DIGEST",
                        "SUMMARY_RETURNED", "CASE_COMPILATION_DUE"),
                rules.getValuesAs(JsonObject.class).stream().map(r -> r.getString("code")).toList());
        JsonObject due = rules.getJsonObject(0);
        assertEquals("[-30,-14,-7,-1,0]", due.getJsonArray("offsets").toString());
        assertEquals(7, due.getInt("repeatDays"));
        assertEquals(90, due.getInt("horizonDays"));
        assertEquals("CITY_REPORTERS", due.getString("audience"));
        assertEquals(200, ADMIN.get("/api/v1/reminder-rules").status(), "administrators read the rules they run");
        for (String other : List.of("city-zjg", "province-js", "agency-1")) {
            assertEquals(403, Api.as(other).get("/api/v1/reminder-rules").status(), other);
        }

        JsonObject cases = rules.getJsonObject(4);
        int id = cases.getInt("id");
        long version = cases.getJsonNumber("version").longValue();
        String path = "/api/v1/reminder-rules/" + id;
        String change = "{\"enabled\": true, \"offsets\": [-60, -30, -7, -1], \"repeatDays\": null, \"horizonDays\": 0, \"version\": %d}";
        assertEquals(403, ADMIN.put(path, change.formatted(version)).status());
        assertEquals(403, Api.as("province-js").put(path, change.formatted(version)).status());
        assertEquals(404, national.put("/api/v1/reminder-rules/999", change.formatted(version)).status());

        Api.Answer wrongTypes = national.put(path, "{\"enabled\": \"yes\", \"offsets\": \"-30\", \"horizonDays\": 1.5, "
                + "\"colour\": 1, \"version\": " + version + "}");
        assertEquals(400, wrongTypes.status(), wrongTypes::toString);
        assertEquals("colour,enabled,horizonDays,offsets", fields(wrongTypes.json()));
        Api.Answer outOfRange = national.put(path, "{\"enabled\": true, \"offsets\": [-400, 0], \"repeatDays\": 0, "
                + "\"horizonDays\": 1000, \"version\": " + version + "}");
        assertEquals(400, outOfRange.status(), outOfRange::toString);
        assertEquals("horizonDays,offsets,repeatDays", fields(outOfRange.json()));
        Api.Answer missing = national.put(path, "{\"enabled\": true}");
        assertEquals(400, missing.status());
        assertEquals("horizonDays,offsets,version", fields(missing.json()));

        Api.Answer changed = national.put(path, change.formatted(version));
        try {
            assertEquals(200, changed.status(), changed::toString);
            assertEquals("[-60,-30,-7,-1]", changed.json().getJsonArray("offsets").toString());
            assertEquals("national", changed.json().getString("updatedBy"));
            assertEquals(409, national.put(path, change.formatted(version)).status(), "stale version");
        } finally {
            long now = ((JsonArray) national.get("/api/v1/reminder-rules").structure()).getJsonObject(4)
                    .getJsonNumber("version").longValue();
            Api.Answer restored = national.put(path, ("{\"enabled\": true, \"offsets\": [-60, -30, -7], \"repeatDays\": null, "
                    + "\"horizonDays\": 0, \"version\": %d}").formatted(now));
            assertEquals(200, restored.status(), restored::toString);
        }
    }

    @Test
    void administratorsSeePauseResumeAndRunTheJobs() {
        JsonArray jobs = (JsonArray) ADMIN.get("/api/v1/jobs").structure();
        assertEquals(List.of("IdempotencyKeyJob", "MemberCountJob", "OutboxJob", "ReminderJob"),
                jobs.getValuesAs(JsonObject.class).stream().map(j -> j.getString("name")).toList());
        JsonObject reminder = jobs.getJsonObject(3);
        assertEquals("0 0 9 * * ?", reminder.getString("cron"));
        assertEquals("Asia/Shanghai", reminder.getString("timeZone"));
        assertTrue(reminder.getBoolean("takesAsOf"));
        assertNotNull(reminder.getString("nextFireTime"));
        assertTrue(reminder.getString("nextFireTime").endsWith("T01:00:00Z"), "09:00 in Beijing: " + reminder);

        for (String other : List.of("national", "city-zjg", "province-js")) {
            assertEquals(403, Api.as(other).get("/api/v1/jobs").status(), other);
            assertEquals(403, Api.as(other).post("/api/v1/jobs/ReminderJob/run", "").status(), other);
        }
        assertEquals(403, Api.as("national").get("/api/v1/outbox").status());
        assertEquals(200, ADMIN.get("/api/v1/outbox?status=QUEUED").status());
        assertEquals("status", fields(ADMIN.get("/api/v1/outbox?status=LOST").json()));
        assertEquals(404, ADMIN.post("/api/v1/jobs/NoSuchJob/run", "").status());

        Api.Answer future = ADMIN.post("/api/v1/jobs/ReminderJob/run", "{\"asOf\": \"2031-01-01\"}");
        assertEquals(400, future.status(), future::toString);
        assertEquals("asOf", fields(future.json()));
        assertEquals("asOf", fields(ADMIN.post("/api/v1/jobs/ReminderJob/run", "{\"asOf\": \"01/12/2020\"}").json()));
        assertEquals("asOf", fields(ADMIN.post("/api/v1/jobs/OutboxJob/run", "{\"asOf\": \"2020-11-30\"}").json()),
                "the outbox does not compute as of a day");

        JsonObject paused = ADMIN.post("/api/v1/jobs/ReminderJob/pause", "").json();
        try {
            assertEquals("PAUSED", paused.getString("state"));
            assertEquals("PAUSED", ADMIN.get("/api/v1/jobs/ReminderJob").json().getString("state"));
        } finally {
            assertEquals("NORMAL", ADMIN.post("/api/v1/jobs/ReminderJob/resume", "").json().getString("state"));
        }

        JsonObject ran = Fixtures.runAndWait("ReminderJob", "{\"asOf\": \"2020-11-30\"}");
        assertTrue(ran.getString("lastMessage").contains("2020-11-30"), ran::toString);
        assertTrue(ran.getJsonNumber("durationMs").longValue() >= 0);
        assertFalse(ran.getString("lastNode").isBlank());
    }

    @Test
    void aRunAsOfADayRemindsTheCitysReportersInAppAndByMailExactlyOnce() {
        int province = Fixtures.province();
        long city = Fixtures.city(province, "提醒测试市");
        Fixtures.Account withMail = Fixtures.reporter(city, true);
        Fixtures.Account withoutMail = Fixtures.reporter(city, false);
        Fixtures.Account reviewer = Fixtures.account(
                "{\"roles\": [\"PROVINCE_REVIEWER\"], \"provinceId\": " + province + "}", true);

        Fixtures.runAndWait("ReminderJob", "{\"asOf\": \"2020-12-01\"}");
        JsonObject mine = ok(withMail.api().get("/api/v1/notifications"));
        assertEquals(2, mine.getJsonArray("items").size(), mine::toString);
        assertEquals(2, mine.getInt("unread"));
        List<String> titles = mine.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(n -> n.getString("title")).sorted().toList();
        assertEquals(List.of("提醒测试市 2020 年典型成功案例还有 30 天截止", "提醒测试市 2020 年度工作总结还有 30 天截止"), titles);
        JsonObject summaryNote = mine.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(n -> n.getString("title").contains("年度工作总结")).findFirst().orElseThrow();
        assertEquals("summary/edit.xhtml?city=" + city + "&year=2020", summaryNote.getString("link"), "relative to the portal");
        assertEquals(2, ok(withoutMail.api().get("/api/v1/notifications")).getJsonArray("items").size());
        assertEquals(0, ok(reviewer.api().get("/api/v1/notifications")).getJsonArray("items").size(),
                "no digest 30 days before the due date");

        List<JsonObject> mails = mailsTo(withMail.email());
        assertEquals(2, mails.size(), mails::toString);
        assertTrue(mails.stream().allMatch(m -> m.getString("subject").startsWith("【试点城市工作平台】提醒测试市 2020")), mails::toString);
        assertTrue(mails.get(0).getString("body").contains("https://pilotops.test/"), mails.get(0)::toString);
        assertEquals(2, Fixtures.count("select count(*) from mail_outbox m join reminder r on m.origin = concat('reminder:', r.id)"
                + " where r.account_id in (" + withMail.id() + ", " + withoutMail.id() + ")"), "no mail without an address");

        // The same day again, and a scheduled run (today, the same day): nothing new.
        Fixtures.runAndWait("ReminderJob", "{\"asOf\": \"2020-12-01\"}");
        Fixtures.runAndWait("ReminderJob", "{}");
        assertEquals(4, Fixtures.count("select count(*) from reminder where account_id in ("
                + withMail.id() + ", " + withoutMail.id() + ")"));
        assertEquals(2, ok(withMail.api().get("/api/v1/notifications")).getJsonArray("items").size());
        assertEquals(2, mailsTo(withMail.email()).size());

        // Each user sees and marks only their own.
        long id = summaryNote.getJsonNumber("id").longValue();
        assertEquals(404, withoutMail.api().post("/api/v1/notifications/" + id + "/read", "").status());
        assertEquals(404, reviewer.api().post("/api/v1/notifications/" + id + "/read", "").status());
        JsonObject read = ok(withMail.api().post("/api/v1/notifications/" + id + "/read", ""));
        assertTrue(read.getBoolean("read"));
        JsonObject unread = ok(withMail.api().get("/api/v1/notifications?unread=true"));
        assertEquals(1, unread.getInt("unread"));
        assertEquals(1, unread.getJsonArray("items").size());
        assertFalse(unread.getJsonArray("items").getJsonObject(0).getBoolean("read"));
        assertEquals(2, ok(withoutMail.api().get("/api/v1/notifications")).getInt("unread"), "the other reporter's stay unread");
        assertEquals("unread", fields(withMail.api().get("/api/v1/notifications?unread=maybe").json()));
        assertEquals(401, Api.anonymous().get("/api/v1/notifications").status());
    }

    static List<JsonObject> mailsTo(String address) {
        JsonArray all = (JsonArray) ADMIN.get("/api/v1/outbox?limit=500").structure();
        return all.getValuesAs(JsonObject.class).stream().filter(m -> address.equals(m.getString("recipient"))).toList();
    }

    static String fields(JsonObject problem) {
        return problem.getJsonArray("violations").getValuesAs(JsonObject.class).stream().map(v -> v.getString("field"))
                .distinct().sorted().collect(Collectors.joining(","));
    }

    static JsonObject ok(Api.Answer answer) {
        assertEquals(200, answer.status(), answer::toString);
        return answer.json();
    }
}
