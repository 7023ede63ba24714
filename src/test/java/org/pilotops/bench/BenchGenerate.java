package org.pilotops.bench;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code ops/bench/generate [--records N] [--cities C] [--threads T] [--seed S]}: fills the running
 * portal with N records (default 1,000,000) over C new pilot cities (default 300) × 2017–2020, all seven
 * kinds in the shares of {@link Kind} and the city sizes of {@link VolumePlan}, through the product's own
 * import ({@code POST …/{kind}/import?dryRun=false}, one CSV per city and kind, as each city's reporter).
 * Cities, parks and accounts are made through the administrator's API; agencies and their attorneys, for
 * which the API has no call yet, with a few SQL rows. Every run makes new cities (names and usernames
 * carry a run tag), so it can be run again on the same database; {@code ops/bench/run} works on the last.
 * Prints rows/s of the import phase.
 */
public final class BenchGenerate {

    /** The largest file sent at once: well under the import's 200,000 rows and 64 MB. */
    static final int MAX_FILE_ROWS = 50_000;
    private static final int CITIES_PER_AGENCY = 5;

    private BenchGenerate() {
    }

    public static void main(String[] args) throws Exception {
        Args a = new Args(args);
        long records = a.longValue("--records", 1_000_000);
        int cityCount = (int) a.longValue("--cities", 300);
        int threads = (int) a.longValue("--threads", 2);
        long seed = a.longValue("--seed", 2017);
        BenchEnvironment env = BenchEnvironment.fromEnvironment();
        VolumePlan plan = new VolumePlan(records, cityCount);

        String tag = Long.toString(System.currentTimeMillis() / 1000 % 46_656L * 36 + new SecureRandom().nextInt(36), 36);
        String password = "Bench-" + tag + "-" + randomText(new SecureRandom(), 16);
        System.out.printf("ops/bench/generate: %,d records over %d cities × %d–%d through %s (run tag %s)%n", records,
                cityCount, VolumePlan.FIRST_YEAR, VolumePlan.LAST_YEAR, env.portal(), tag);

        long setupStart = System.nanoTime();
        BenchHttp admin = BenchHttp.as(env.portal(), env.adminUser(), env.adminPassword()).signIn();
        List<Integer> provinces = ((JsonArray) admin.get("api/v1/provinces").structure()).getValuesAs(JsonObject.class)
                .stream().filter(p -> "PROVINCE".equals(p.getString("kind"))).map(p -> p.getInt("id")).toList();
        Set<String> codes = new HashSet<>();
        ((JsonArray) admin.get("api/v1/cities").structure()).getValuesAs(JsonObject.class)
                .forEach(c -> codes.add(c.getString("divisionCode")));
        Random random = new Random(seed ^ tag.hashCode());

        // Cities (and the scratch city the import measurement fills), each with one park.
        List<long[]> made = new ArrayList<>();
        List<String> madeCodes = new ArrayList<>();
        List<String> madeNames = new ArrayList<>();
        for (int i = 0; i <= cityCount; i++) {
            int province = provinces.get(i % provinces.size());
            String code;
            do {
                code = Integer.toString(province).substring(0, 2) + String.format("%04d", 1 + random.nextInt(9999));
            } while (!codes.add(code));
            boolean scratch = i == cityCount;
            String nameZh = (scratch ? "基准导入城" : "基准城") + tag + "-" + (i + 1);
            JsonObject city = created(admin.postJson("api/v1/cities", """
                    {"divisionCode":"%s","nameZh":"%s","nameEn":"Bench city %s-%d","provinceId":%d,"level":"PREFECTURE",
                     "batch":1,"pilotStartYear":2017,"pilotEndYear":2020,"status":"ACTIVE"}"""
                    .formatted(code, nameZh, tag, i + 1, province)), "city");
            long cityId = city.getJsonNumber("id").longValue();
            JsonObject park = created(admin.postJson("api/v1/cities/" + cityId + "/parks",
                    "{\"nameZh\":\"" + nameZh + "高新区\"}"), "park");
            made.add(new long[] {cityId, park.getJsonNumber("id").longValue()});
            madeCodes.add(code);
            madeNames.add(nameZh);
        }
        System.out.printf("  %d cities and parks made%n", made.size());

        // Agencies serving a few cities each, with three attorneys: rows, as the API cannot make them yet.
        long[] agencyOf = new long[made.size()];
        List<List<Long>> attorneysOf = new ArrayList<>();
        try (Connection db = env.connect()) {
            db.setAutoCommit(false);
            long agency = 0;
            List<Long> attorneys = List.of();
            for (int i = 0; i < made.size(); i++) {
                if (i % CITIES_PER_AGENCY == 0) {
                    agency = insertAgency(db, "基准专利代理事务所" + tag + "-" + (i / CITIES_PER_AGENCY + 1),
                            SampleRecords.creditCode(madeCodes.get(i), random));
                    attorneys = new ArrayList<>();
                    for (int n = 1; n <= 3; n++) {
                        attorneys.add(insertAttorney(db, agency, "代理人" + n, "B" + tag + "-" + (i / CITIES_PER_AGENCY + 1) + "-" + n));
                    }
                }
                try (PreparedStatement serves = db.prepareStatement("INSERT INTO agency_city (agency_id, city_id) VALUES (?, ?)")) {
                    serves.setLong(1, agency);
                    serves.setLong(2, made.get(i)[0]);
                    serves.executeUpdate();
                }
                agencyOf[i] = agency;
                attorneysOf.add(attorneys);
            }
            db.commit();
        }

        // Accounts: a national reviewer that reads and a reporter per city, each with the shared password.
        String reader = "bench-" + tag + "-national";
        account(env, admin, reader, "{\"roles\":[\"NATIONAL_REVIEWER\"]}", password);
        List<BenchCity> cities = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<BenchCity>> pending = new ArrayList<>();
        for (int i = 0; i < made.size(); i++) {
            int index = i;
            pending.add(pool.submit(() -> {
                String reporter = "bench-" + tag + "-r" + (index + 1);
                account(env, admin, reporter, "{\"roles\":[\"CITY_REPORTER\"],\"cityId\":" + made.get(index)[0] + "}", password);
                return new BenchCity(made.get(index)[0], madeCodes.get(index), madeNames.get(index), agencyOf[index],
                        attorneysOf.get(index), made.get(index)[1], reporter);
            }));
        }
        for (Future<BenchCity> f : pending) {
            cities.add(f.get());
        }
        BenchState state = new BenchState(tag, password, reader, cities.get(cityCount), cities.subList(0, cityCount));
        state.save(env.stateFile());
        System.out.printf("  %d accounts made in %.0f s of setup%n", cities.size() + 1, (System.nanoTime() - setupStart) / 1e9);

        // Imports: one task per city and kind, largest first, each sending files of at most MAX_FILE_ROWS.
        AtomicLong imported = new AtomicLong();
        AtomicInteger failures = new AtomicInteger();
        long start = System.nanoTime();
        List<Future<?>> imports = new ArrayList<>();
        for (int c = 0; c < cityCount; c++) {
            for (Kind kind : Kind.values()) {
                int cityIndex = c;
                imports.add(pool.submit(() -> importCityKind(env, state, plan, cityIndex, kind, seed, imported, failures)));
            }
        }
        Thread progress = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                try {
                    Thread.sleep(10_000);
                } catch (InterruptedException e) {
                    return;
                }
                double seconds = (System.nanoTime() - start) / 1e9;
                System.out.printf("  … %,d of %,d rows imported, %,.0f rows/s%n", imported.get(), plan.total(),
                        imported.get() / seconds);
            }
        });
        progress.setDaemon(true);
        progress.start();
        for (Future<?> f : imports) {
            f.get();
        }
        progress.interrupt();
        pool.shutdown();
        pool.awaitTermination(1, TimeUnit.MINUTES);
        double seconds = (System.nanoTime() - start) / 1e9;
        foldMemberCounts(admin);
        System.out.printf("ops/bench/generate: %,d rows imported in %.1f s: %,.0f rows/s through the import API (%d threads)%s%n",
                imported.get(), seconds, imported.get() / seconds, threads,
                failures.get() == 0 ? "" : "; " + failures.get() + " files REFUSED (see above)");
        System.exit(failures.get() == 0 ? 0 : 1);
    }

    /**
     * Runs the hourly job that folds the national distinct counts' changes into the counts (migration V0025)
     * now, as an operator would after a bulk load, so the measures start from folded counts; waits for it.
     */
    private static void foldMemberCounts(BenchHttp admin) throws InterruptedException {
        Instant asked = Instant.now().minusSeconds(1);
        BenchHttp.Answer accepted = admin.postJson("api/v1/jobs/MemberCountJob/run", "");
        if (accepted.status() != 202) {
            throw new IllegalStateException("MemberCountJob was not run: " + accepted);
        }
        for (int i = 0; i < 600; i++) {
            JsonObject job = admin.get("api/v1/jobs/MemberCountJob").json();
            if (job.containsKey("lastRun") && !Instant.parse(job.getString("lastRun")).isBefore(asked)
                    && job.containsKey("lastOutcome") && !"RUNNING".equals(job.getString("lastOutcome"))) {
                System.out.println("  … MemberCountJob: " + job.getString("lastOutcome") + ", " + job.getString("lastMessage", ""));
                return;
            }
            Thread.sleep(1_000);
        }
        throw new IllegalStateException("MemberCountJob did not finish within 10 minutes");
    }

    private static void importCityKind(BenchEnvironment env, BenchState state, VolumePlan plan, int cityIndex, Kind kind,
                                       long seed, AtomicLong imported, AtomicInteger failures) {
        BenchCity city = state.cities().get(cityIndex);
        SampleRecords samples = new SampleRecords(city, seed * 31 + cityIndex * 7L + kind.ordinal(), "G", 0);
        BenchHttp reporter = BenchHttp.as(env.portal(), city.reporter(), state.password());
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int year = VolumePlan.FIRST_YEAR; year <= VolumePlan.LAST_YEAR; year++) {
            for (int n = plan.rows(cityIndex, kind, year); n > 0; n--) {
                rows.add(samples.record(kind, year));
                if (rows.size() == MAX_FILE_ROWS) {
                    send(reporter, city, kind, rows, imported, failures);
                }
            }
        }
        send(reporter, city, kind, rows, imported, failures);
    }

    private static void send(BenchHttp reporter, BenchCity city, Kind kind, List<Map<String, Object>> rows,
                             AtomicLong imported, AtomicInteger failures) {
        if (rows.isEmpty()) {
            return;
        }
        BenchHttp.Answer answer = reporter.postCsv("api/v1/cities/" + city.id() + "/" + kind.path() + "/import?dryRun=false",
                SampleRecords.csv(rows));
        if (answer.status() == 201) {
            imported.addAndGet(rows.size());
        } else {
            failures.incrementAndGet();
            System.err.printf("  import of %d %s into city %d refused: %s%n", rows.size(), kind.path(), city.id(), answer);
        }
        rows.clear();
    }

    /** Creates the account, then replaces its one-time password, which the API insists on first. */
    static void account(BenchEnvironment env, BenchHttp admin, String username, String rolesAndScope, String password) {
        String body = rolesAndScope.replaceFirst("\\{", "{\"username\":\"" + username + "\",\"displayName\":\"" + username + "\",");
        JsonObject created = created(admin.postJson("api/v1/accounts", body), "account " + username);
        String once = created.getString("oneTimePassword");
        BenchHttp.Answer changed = BenchHttp.as(env.portal(), username, once).putJson("api/v1/me/password",
                "{\"current\":\"" + once + "\",\"new\":\"" + password + "\"}");
        if (changed.status() != 204) {
            throw new IllegalStateException("Setting the password of " + username + " failed: " + changed);
        }
    }

    private static JsonObject created(BenchHttp.Answer answer, String what) {
        if (answer.status() != 201) {
            throw new IllegalStateException("Creating the " + what + " failed: " + answer);
        }
        return answer.json();
    }

    private static long insertAgency(Connection db, String name, String creditCode) throws Exception {
        try (PreparedStatement s = db.prepareStatement("INSERT INTO service_agency (name, credit_code, kind) VALUES (?, ?, 'PATENT_AGENCY')",
                Statement.RETURN_GENERATED_KEYS)) {
            s.setString(1, name);
            s.setString(2, creditCode);
            s.executeUpdate();
            return key(s);
        }
    }

    private static long insertAttorney(Connection db, long agency, String name, String licence) throws Exception {
        try (PreparedStatement s = db.prepareStatement("INSERT INTO patent_attorney (agency_id, name, licence_number) VALUES (?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            s.setLong(1, agency);
            s.setString(2, name);
            s.setString(3, licence);
            s.executeUpdate();
            return key(s);
        }
    }

    private static long key(PreparedStatement s) throws Exception {
        try (ResultSet keys = s.getGeneratedKeys()) {
            keys.next();
            return keys.getLong(1);
        }
    }

    private static String randomText(Random random, int length) {
        String alphabet = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }
}
