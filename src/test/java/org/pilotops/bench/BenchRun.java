package org.pilotops.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code ops/bench/run}: one run on the data of the last {@code ops/bench/generate}, printing a markdown
 * table with the machine it ran on. Each product figure stands beside a baseline measured in the same
 * run on the same data, so the ratio says how close the product gets to what the machine can do:
 * <ul>
 * <li>(a) a 20-row record list against {@code /health/live} (a trivial GET: no database, no JSON; {@code
 * /health} asks the database and would flatter every ratio): req/s, p50, p95; after (b) also two lists of
 * the scratch city's many rows, newest first without a year and by budget;</li>
 * <li>(b) importing the same navigation projects through the API and as a raw JDBC batch into the same
 * table (multi-row INSERTs), rows/s; beside them the same batch into a bare copy of the table (no
 * triggers, so no kept figures), which prices the kept figures; and the run's first import, cold (the
 * first after the portal started, when the run follows a start, into a city that already holds
 * records), against the warm ones;</li>
 * <li>(c) exporting the largest city-kind as CSV through the API (after one untimed export of the same
 * rows) and dumping the same rows with the {@code mariadb} client, rows/s;</li>
 * <li>(d) the dashboards' figures through the API (the overview from the live aggregates, the indicators)
 * against the raw SQL {@code GROUP BY city, year} per kind that they replace;</li>
 * <li>{@code --mixed}: many users reading, writing, importing and exporting at once: errors and p95.</li>
 * </ul>
 * Nothing is asserted; the exit code says only whether the harness ran.
 */
public final class BenchRun {

    private static final String LIST_QUERY = "navigation-projects?year=2018&size=20";

    /** The table (b) batches into beside the real one: a copy without triggers, made and emptied by the run. */
    private static final String BARE_COPY = "bench_navigation_project_bare";

    /**
     * The lists (a) measures again on the one big city-kind of a run, the scratch city after (b): the
     * portal's default, newest first without a year, and the largest budgets first, the two orders the
     * issue found sorting a city's rows in memory.
     */
    private static final List<String> BIG_LISTS = List.of("navigation-projects?size=20",
            "navigation-projects?sort=-budget&size=20");

    private final BenchEnvironment env;
    private final BenchState state;
    private final Args args;
    private final List<String> out = new ArrayList<>();

    private BenchRun(BenchEnvironment env, BenchState state, Args args) {
        this.env = env;
        this.state = state;
        this.args = args;
    }

    public static void main(String[] arguments) throws Exception {
        Args args = new Args(arguments);
        BenchEnvironment env = BenchEnvironment.fromEnvironment();
        BenchRun run = new BenchRun(env, BenchState.load(env.stateFile()), args);
        try {
            if (args.flag("--mixed")) {
                run.mixed();
            } else {
                run.standard();
            }
        } catch (Exception e) {
            System.err.println("ops/bench/run: the harness failed: " + e);
            e.printStackTrace();
            System.exit(2);
        }
        System.exit(0);
    }

    // ---------------------------------------------------------------------------------------------- standard

    private void standard() throws Exception {
        int clients = (int) args.longValue("--clients", 8);
        Duration warmUp = Duration.ofSeconds(args.longValue("--warmup-seconds", 5));
        Duration measured = Duration.ofSeconds(args.longValue("--seconds", 20));
        int importRows = (int) args.longValue("--import-rows", 100_000);
        int repeats = (int) args.longValue("--repeats", 5);
        machine();
        BenchHttp reader = BenchHttp.as(env.portal(), state.reader(), state.password()).signIn();
        BenchHttp anonymous = BenchHttp.anonymous(env.portal());
        BenchCity city = state.cities().get(0);

        System.out.println("(a) /health/live, then the list, " + clients + " clients × " + measured.toSeconds() + " s each …");
        LoadDriver.Result health = LoadDriver.run(clients, warmUp, measured, 0,
                c -> r -> new LoadDriver.Step("health", () -> anonymous.status("health/live")));
        String listPath = "api/v1/cities/" + city.id() + "/" + LIST_QUERY;
        LoadDriver.Result list = LoadDriver.run(clients, warmUp, measured, 0,
                c -> r -> new LoadDriver.Step("list", () -> reader.status(listPath)));
        Latencies h = health.all();
        Latencies l = list.all();

        System.out.println("(b) import of " + importRows + " navigation projects: raw JDBC batch, then the API …");
        List<Map<String, Object>> rows = importRows(importRows);
        BenchHttp scratchReporter = BenchHttp.as(env.portal(), state.scratch().reporter(), state.password()).signIn();
        // The run's first import is the cold one when the portal was just started: into the scratch city as the
        // last run left it (holding its rows), on a tenth of the rows. With the JDBC batch after it, it warms
        // both paths (JIT, connection pools, the driver's classes) for the pairs below.
        List<Map<String, Object>> warm = rows.subList(0, Math.max(1, Math.min(10_000, importRows / 10)));
        long heldBefore = scratchRows();
        String warmCsv = SampleRecords.csv(warm);
        long c0 = System.nanoTime();
        BenchHttp.Answer cold = scratchReporter.postCsv(
                "api/v1/cities/" + state.scratch().id() + "/navigation-projects/import?dryRun=false", warmCsv);
        double coldSeconds = (System.nanoTime() - c0) / 1e9;
        // The same rows again, warm, into the same city (now holding them too).
        long w0 = System.nanoTime();
        scratchReporter.postCsv("api/v1/cities/" + state.scratch().id() + "/navigation-projects/import?dryRun=false", warmCsv);
        double warmSeconds = (System.nanoTime() - w0) / 1e9;
        emptyScratchCity();
        jdbcBatch(warm, "navigation_project");
        bareCopy();
        // Alternately, --import-repeats times: the ratio of one pair swings with the machine (0.48–0.66 on one
        // day), so the table reports the pair of the median ratio, and every ratio beside it. The last pair
        // leaves the scratch city with the API's rows, which (a) lists again.
        int importRepeats = (int) args.longValue("--import-repeats", 3);
        String csv = SampleRecords.csv(rows);
        List<double[]> pairs = new ArrayList<>();
        BenchHttp.Answer imported = null;
        List<Double> bareSeconds = new ArrayList<>();
        for (int i = 0; i < importRepeats; i++) {
            truncateBareCopy();
            bareSeconds.add(jdbcBatch(rows, BARE_COPY));
            emptyScratchCity();
            double jdbc = jdbcBatch(rows, "navigation_project");
            emptyScratchCity();
            long t0 = System.nanoTime();
            imported = scratchReporter.postCsv(
                    "api/v1/cities/" + state.scratch().id() + "/navigation-projects/import?dryRun=false", csv);
            pairs.add(new double[] {jdbc, (System.nanoTime() - t0) / 1e9});
            if (imported.status() != 201) {
                break;
            }
        }
        List<double[]> byRatio = pairs.stream().sorted(java.util.Comparator.comparingDouble(p -> p[0] / p[1])).toList();
        double jdbcSeconds = byRatio.get(byRatio.size() / 2)[0];
        double apiSeconds = byRatio.get(byRatio.size() / 2)[1];
        String ratios = byRatio.stream().map(p -> String.format(Locale.ROOT, "%.3f", p[0] / p[1]))
                .collect(java.util.stream.Collectors.joining(", "));
        if (imported.status() != 201) {
            System.err.println("  the import was refused: " + imported);
        }
        truncateBareCopy();
        double bare = bareSeconds.stream().sorted().toList().get(bareSeconds.size() / 2);

        System.out.println("(a) again on the scratch city's " + importRows + " navigation projects …");
        List<LoadDriver.Result> bigLists = new ArrayList<>();
        for (String query : BIG_LISTS) {
            String path = "api/v1/cities/" + state.scratch().id() + "/" + query;
            bigLists.add(LoadDriver.run(clients, warmUp, measured, 0,
                    c -> r -> new LoadDriver.Step("list", () -> reader.status(path))));
        }

        System.out.println("(c) export of the largest city-kind: the API, then the mariadb client …");
        long[] largest = largestCityKind();
        Kind exportKind = Kind.values()[(int) largest[1]];
        String exportPath = "api/v1/cities/" + largest[0] + "/" + exportKind.path() + "/export?format=csv";
        // Untimed first, as (b) warms up: the first export of a run otherwise measures the JIT compiling
        // the export path more than the export itself.
        reader.download(exportPath);
        long t0 = System.nanoTime();
        BenchHttp.Download download = reader.download(exportPath);
        double exportSeconds = (System.nanoTime() - t0) / 1e9;
        long exportedRows = Math.max(0, download.lines() - 1);
        double[] dump = clientDump(exportKind, largest[0]);

        System.out.println("(d) the dashboards' figures through the API, and the raw GROUP BY they replace, " + repeats
                + " times …");
        Latencies national = new Latencies();
        Latencies oneCity = new Latencies();
        Latencies overview = new Latencies();
        Latencies nationIndicators = new Latencies();
        Latencies cityIndicators = new Latencies();
        Latencies nationIndicatorsAfterWrite = new Latencies();
        Latencies nationIndicatorsAfterVoucher = new Latencies();
        Latencies cityIndicatorsAfterWrite = new Latencies();
        SampleRecords fresh = new SampleRecords(state.scratch(), 98, "D" + System.currentTimeMillis() % 100_000 + "-", 0);
        SampleRecords freshInCity = new SampleRecords(city, 97, "E" + System.currentTimeMillis() % 100_000 + "-", 0);
        BenchHttp cityReporter = BenchHttp.as(env.portal(), city.reporter(), state.password()).signIn();
        // Untimed, once: a portal in use has its figures kept, and only the branches a write touched are
        // counted again. Without this the first repeat would time every branch of a fresh node.
        reader.status("api/v1/indicators?year=2019");
        reader.status("api/v1/indicators?year=2019&cityId=" + city.id());
        for (int i = 0; i < repeats; i++) {
            // A voucher logged in the city first: the vouchers' kept figures and the city's SME counts are read again.
            cityReporter.postJson("api/v1/cities/" + city.id() + "/" + Kind.VOUCHER.path(),
                    SampleRecords.json(freshInCity.record(Kind.VOUCHER, 2019)));
            timed(cityIndicatorsAfterWrite, () -> reader.status("api/v1/indicators?year=2019&cityId=" + city.id()));
            // A record logged first: the national figures of its kind are read again from the kept figures. A
            // voucher's include the nation's distinct SME counts (their counts and the changes not yet folded).
            for (Kind kind : List.of(Kind.NAVIGATION, Kind.VOUCHER)) {
                scratchReporter.postJson("api/v1/cities/" + state.scratch().id() + "/" + kind.path(),
                        SampleRecords.json(fresh.record(kind, 2019)));
                timed(kind == Kind.VOUCHER ? nationIndicatorsAfterVoucher : nationIndicatorsAfterWrite,
                        () -> reader.status("api/v1/indicators?year=2019"));
            }
            national.record(groupBy(null));
            oneCity.record(groupBy(city.id()));
            timed(overview, () -> reader.status("api/v1/overview?year=2019"));
            timed(nationIndicators, () -> reader.status("api/v1/indicators?year=2019"));
            timed(cityIndicators, () -> reader.status("api/v1/indicators?year=2019&cityId=" + city.id()));
        }

        out.add("");
        out.add("| measure | product | baseline in the same run | ratio | goal (issue 11) |");
        out.add("|---|---|---|---|---|");
        out.add(String.format(Locale.ROOT, "| (a) list `GET …/%s` (%d clients, %d s) vs `/health/live` | %s | %s | %.3f | ≥ 0.3 × `/health/live`; p95 ≤ 100 ms |",
                LIST_QUERY, clients, measured.toSeconds(), rate(list, l), rate(health, h),
                list.rate(l) / health.rate(h)));
        for (int i = 0; i < BIG_LISTS.size(); i++) {
            Latencies big = bigLists.get(i).all();
            out.add(String.format(Locale.ROOT, "| (a) list of one city's %,d navigation projects (the scratch city after (b)) `GET …/%s` (%d clients, %d s) vs `/health/live` | %s | %s | %.3f | p95 ≤ 100 ms |",
                    importRows, BIG_LISTS.get(i), clients, measured.toSeconds(), rate(bigLists.get(i), big), rate(health, h),
                    bigLists.get(i).rate(big) / health.rate(h)));
        }
        out.add(String.format(Locale.ROOT, "| (b) import %,d navigation projects: API (`import?dryRun=false`, audit included) vs raw JDBC batch into the same table, the median of %d alternate pairs (ratios %s) | %s | %s | %.3f | ≥ 0.5 × JDBC batch |",
                importRows, importRepeats, ratios, imported.status() == 201 ? perSecond(importRows, apiSeconds) : "refused: " + imported.status(),
                perSecond(importRows, jdbcSeconds), imported.status() == 201 ? jdbcSeconds / apiSeconds : Double.NaN));
        out.add(String.format(Locale.ROOT, "| (b) the raw JDBC batch into the real table (its triggers keep the figures) vs the same batch into a bare copy (no triggers, no foreign keys), the median of %d | %s | %s | %.3f | (the kept figures' price) |",
                importRepeats, perSecond(importRows, jdbcSeconds), perSecond(importRows, bare), bare / jdbcSeconds));
        out.add(String.format(Locale.ROOT, "| (b) import %,d navigation projects: the run's first (cold%s, into the scratch city holding %,d records) vs the same rows again, warm | %s | %s | %.3f | — |",
                warm.size(), cold.status() == 201 ? "" : ", refused: " + cold.status(), heldBefore,
                perSecond(warm.size(), coldSeconds), perSecond(warm.size(), warmSeconds), warmSeconds / coldSeconds));
        out.add(String.format(Locale.ROOT, "| (c) export CSV of the largest city-kind (%s of city %d, %,d rows) vs `mariadb --batch` dumping the same rows | %s | %s | %.3f | ≥ 50 000 rows/s |",
                exportKind.path(), largest[0], largest[2], download.status() == 200 ? perSecond(exportedRows, exportSeconds)
                        : "failed: " + download.status(), perSecond((long) dump[1], dump[0]),
                (exportedRows / exportSeconds) / (dump[1] / dump[0])));
        out.add(String.format(Locale.ROOT, "| (d) national dashboard's records: `GET /api/v1/overview?year=2019` (records per kind of every city, from the live aggregates, with the summaries' states) vs the raw `GROUP BY` over all cities (%d runs) | %s | p95 %.0f ms | %.2f | ≤ 1.5 × the raw aggregate; p95 ≤ 100 ms |",
                repeats, millis(overview), national.percentileMillis(95), overview.percentileMillis(95) / national.percentileMillis(95)));
        out.add(String.format(Locale.ROOT, "| (d) national dashboard's indicators: `GET /api/v1/indicators?year=2019`, nothing written since the last request (kept figures, checked against the data revision) | %s | — | — | p95 ≤ 100 ms |",
                millis(nationIndicators)));
        out.add(String.format(Locale.ROOT, "| (d) the same right after a navigation project was logged (its kind's kept figures of every city read again) vs the raw `GROUP BY` over all cities | %s | p95 %.0f ms | %.2f | p95 ≤ 100 ms |",
                millis(nationIndicatorsAfterWrite), national.percentileMillis(95),
                nationIndicatorsAfterWrite.percentileMillis(95) / national.percentileMillis(95)));
        out.add(String.format(Locale.ROOT, "| (d) the same right after a voucher was logged (the vouchers' kept figures and the nation's distinct SME counts read again) vs the raw `GROUP BY` over all cities | %s | p95 %.0f ms | %.2f | p95 ≤ 100 ms |",
                millis(nationIndicatorsAfterVoucher), national.percentileMillis(95),
                nationIndicatorsAfterVoucher.percentileMillis(95) / national.percentileMillis(95)));
        out.add(String.format(Locale.ROOT, "| (d) city dashboard's indicators: `GET /api/v1/indicators?year=2019&cityId=%d`, nothing written in the city since the last request (kept figures) | %s | — | — | p95 ≤ 100 ms |",
                city.id(), millis(cityIndicators)));
        out.add(String.format(Locale.ROOT, "| (d) the same right after a voucher was logged in that city (the vouchers' kept figures and its SME counts read again) vs the raw `GROUP BY` of that city | %s | p95 %.1f ms | %.2f | p95 ≤ 100 ms |",
                millis(cityIndicatorsAfterWrite), oneCity.percentileMillis(95),
                cityIndicatorsAfterWrite.percentileMillis(95) / oneCity.percentileMillis(95)));
        out.add(String.format(Locale.ROOT, "| (d) raw `GROUP BY city_id, year` with counts and sums, all 7 kinds, all cities (%d runs) | — | p50 %.0f ms, p95 %.0f ms | — | (what a national dashboard replaces) |",
                repeats, national.percentileMillis(50), national.percentileMillis(95)));
        out.add(String.format(Locale.ROOT, "| (d) the same for one city (city %d, the largest generated) | — | p50 %.1f ms, p95 %.1f ms | — | (what a city dashboard replaces) |",
                city.id(), oneCity.percentileMillis(50), oneCity.percentileMillis(95)));
        if (!health.failures().isEmpty() || !list.failures().isEmpty()) {
            out.add("");
            out.add("Failed requests: " + health.failures() + " " + list.failures());
        }
        finish();
    }

    /** Times one request into {@code latencies}; anything but 200 is an error. */
    private static void timed(Latencies latencies, java.util.function.IntSupplier request) {
        long start = System.nanoTime();
        int status = request.getAsInt();
        if (status == 200) {
            latencies.record(System.nanoTime() - start);
        } else {
            latencies.error();
        }
    }

    private static String millis(Latencies l) {
        return String.format(Locale.ROOT, "p50 %.1f ms, p95 %.1f ms%s", l.percentileMillis(50), l.percentileMillis(95),
                l.errors() == 0 ? "" : ", " + l.errors() + " errors");
    }

    private static String rate(LoadDriver.Result result, Latencies l) {
        return String.format(Locale.ROOT, "%,.0f req/s, p50 %.1f ms, p95 %.1f ms%s", result.rate(l), l.percentileMillis(50),
                l.percentileMillis(95), l.errors() == 0 ? "" : ", " + l.errors() + " errors");
    }

    private static String perSecond(long rows, double seconds) {
        return String.format(Locale.ROOT, "%,.0f rows/s (%.2f s)", rows / seconds, seconds);
    }

    /** Navigation projects spread over the four years, the same for the API and for JDBC. */
    private List<Map<String, Object>> importRows(int count) {
        SampleRecords samples = new SampleRecords(state.scratch(), 99, "I", 0);
        List<Map<String, Object>> rows = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            rows.add(samples.record(Kind.NAVIGATION, VolumePlan.FIRST_YEAR + i % 4));
        }
        return rows;
    }

    /** The scratch city holds only what the last import measurement put there: delete it and its audit. */
    private void emptyScratchCity() throws SQLException {
        try (Connection db = env.connect(); Statement s = db.createStatement()) {
            long city = state.scratch().id();
            while (s.executeUpdate("DELETE FROM audit_entry WHERE city_id = " + city + " LIMIT 20000") > 0) {
                // in slices, so no single transaction grows with the table
            }
            while (s.executeUpdate("DELETE FROM navigation_project WHERE city_id = " + city + " LIMIT 20000") > 0) {
                // likewise
            }
        }
    }

    /** Records of the scratch city now. */
    private long scratchRows() throws SQLException {
        try (Connection db = env.connect(); Statement s = db.createStatement();
             ResultSet r = s.executeQuery("SELECT COUNT(*) FROM navigation_project WHERE city_id = " + state.scratch().id())) {
            r.next();
            return r.getLong(1);
        }
    }

    /** A copy of the navigation projects' table without its triggers (and, as LIKE makes it, foreign keys). */
    private void bareCopy() throws SQLException {
        try (Connection db = env.connect(); Statement s = db.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS " + BARE_COPY + " LIKE navigation_project");
        }
    }

    private void truncateBareCopy() throws SQLException {
        try (Connection db = env.connect(); Statement s = db.createStatement()) {
            s.execute("TRUNCATE TABLE " + BARE_COPY);
        }
    }

    /** The rows as one transaction of JDBC batches of 1,000 (the driver's bulk protocol): seconds, commit included. */
    private double jdbcBatch(List<Map<String, Object>> rows, String table) throws SQLException {
        String sql = "INSERT INTO " + table + " (city_id, year, source, logging_agency_id, created_by, created_at,"
                + " updated_by, updated_at, version, title, type, industry, lead_organisation, start_date, end_date,"
                + " budget, status, smes_reached) VALUES (?, ?, 'IMPORT', NULL, ?, ?, ?, ?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        try (Connection db = env.connectForBatches()) {
            db.setAutoCommit(false);
            long start = System.nanoTime();
            try (PreparedStatement insert = db.prepareStatement(sql)) {
                Timestamp now = Timestamp.from(Instant.now());
                String by = state.scratch().reporter();
                int n = 0;
                for (Map<String, Object> r : rows) {
                    LocalDate startDate = (LocalDate) r.get("startDate");
                    insert.setLong(1, state.scratch().id());
                    insert.setInt(2, startDate.getYear());
                    insert.setString(3, by);
                    insert.setTimestamp(4, now);
                    insert.setString(5, by);
                    insert.setTimestamp(6, now);
                    insert.setString(7, (String) r.get("title"));
                    insert.setString(8, (String) r.get("type"));
                    insert.setString(9, (String) r.get("industry"));
                    insert.setString(10, (String) r.get("leadOrganisation"));
                    insert.setDate(11, Date.valueOf(startDate));
                    insert.setDate(12, r.get("endDate") == null ? null : Date.valueOf((LocalDate) r.get("endDate")));
                    insert.setBigDecimal(13, (java.math.BigDecimal) r.get("budget"));
                    insert.setString(14, (String) r.get("status"));
                    insert.setObject(15, r.get("smesReached"), java.sql.Types.INTEGER);
                    insert.addBatch();
                    if (++n % 1000 == 0) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
            }
            db.commit();
            return (System.nanoTime() - start) / 1e9;
        }
    }

    /** {city id, kind ordinal, rows} of the city-kind with the most records. */
    private long[] largestCityKind() throws SQLException {
        long[] largest = {0, 0, -1};
        try (Connection db = env.connect(); Statement s = db.createStatement()) {
            for (Kind kind : Kind.values()) {
                try (ResultSet r = s.executeQuery("SELECT city_id, COUNT(*) AS n FROM " + kind.table()
                        + " GROUP BY city_id ORDER BY n DESC LIMIT 1")) {
                    if (r.next() && r.getLong(2) > largest[2]) {
                        largest = new long[] {r.getLong(1), kind.ordinal(), r.getLong(2)};
                    }
                }
            }
        }
        return largest;
    }

    /** The {@code mariadb} client writing the same rows as tab-separated text: {seconds, rows}. */
    private double[] clientDump(Kind kind, long cityId) throws IOException, InterruptedException {
        String client = BenchEnvironment.env("PILOTOPS_BENCH_MARIADB_CLIENT", "mariadb");
        ProcessBuilder builder = new ProcessBuilder(client, "--host=" + env.dbHost(), "--port=" + env.dbPort(),
                "--user=" + env.dbUser(), "--batch", "--default-character-set=utf8mb4", env.dbName(),
                "-e", "SELECT * FROM " + kind.table() + " WHERE city_id = " + cityId + " ORDER BY id")
                .redirectError(ProcessBuilder.Redirect.INHERIT);
        if (!env.dbPassword().isEmpty()) {
            builder.environment().put("MYSQL_PWD", env.dbPassword());
        }
        long start = System.nanoTime();
        Process process = builder.start();
        long lines = 0;
        try (InputStream in = process.getInputStream()) {
            byte[] buffer = new byte[64 * 1024];
            for (int n; (n = in.read(buffer)) > 0; ) {
                for (int i = 0; i < n; i++) {
                    if (buffer[i] == '\n') {
                        lines++;
                    }
                }
            }
        }
        int exit = process.waitFor();
        double seconds = (System.nanoTime() - start) / 1e9;
        if (exit != 0) {
            throw new IllegalStateException(client + " exited with " + exit);
        }
        return new double[] {seconds, Math.max(0, lines - 1)};
    }

    /** What a dashboard shows per city, year and kind: counts, and the kind's main amount where it has one. */
    private static final Map<Kind, String> SUMS = Map.of(Kind.NAVIGATION, "SUM(budget)", Kind.PLEDGE, "SUM(amount)",
            Kind.TRUSTEESHIP, "SUM(fee)", Kind.PROTECTION, "0", Kind.TRAINING, "SUM(attendees)",
            Kind.VOUCHER, "SUM(face_value)", Kind.FILING, "0");

    /** The seven {@code GROUP BY city_id, year} queries, read to the end: nanoseconds. */
    private long groupBy(Long cityId) throws SQLException {
        try (Connection db = env.connect(); Statement s = db.createStatement()) {
            long start = System.nanoTime();
            for (Kind kind : Kind.values()) {
                try (ResultSet r = s.executeQuery("SELECT city_id, year, COUNT(*), " + SUMS.get(kind) + " FROM " + kind.table()
                        + (cityId == null ? "" : " WHERE city_id = " + cityId) + " GROUP BY city_id, year")) {
                    while (r.next()) {
                        r.getLong(3);
                    }
                }
            }
            return System.nanoTime() - start;
        }
    }

    // ---------------------------------------------------------------------------------------------- mixed

    /**
     * {@code --mixed --users U --minutes M [--think-ms T]}: U users, each a city reporter of one of the
     * generated cities (several users share a city when there are fewer cities), for M minutes after a
     * 10-second warm-up, each pausing T ms on average (default 1000) between requests as a person would.
     * The mix: lists of any kind and year (45 %), a filtered and sorted list (10 %), the year's indicators
     * of the city and its overview line, what its dashboard reads (15 %), a new record through the API
     * (20 %), an import of 20 rows (5 %), a CSV export of one kind and year (5 %).
     */
    private void mixed() throws Exception {
        int users = (int) args.longValue("--users", 50);
        double minutes = args.doubleValue("--minutes", 10);
        double think = args.doubleValue("--think-ms", 1000);
        machine();
        List<BenchCity> cities = state.cities();
        List<BenchHttp> clients = new ArrayList<>();
        System.out.println("Signing in " + Math.min(users, cities.size()) + " accounts one after another …");
        for (int u = 0; u < users; u++) {
            BenchCity city = cities.get(u % cities.size());
            BenchHttp http = BenchHttp.as(env.portal(), city.reporter(), state.password());
            if (u < cities.size()) {
                http.signIn();
            }
            clients.add(http);
        }
        String salt = Long.toString(System.currentTimeMillis() / 1000 % 1_000_000, 36);
        System.out.printf("Mixed load: %d users × %.1f min, think time %.0f ms …%n", users, minutes, think);
        LoadDriver.Result result = LoadDriver.run(users, Duration.ofSeconds(10), Duration.ofMillis((long) (minutes * 60_000)),
                think, u -> mixedUser(clients.get(u), cities.get(u % cities.size()), u, salt));
        out.add("");
        out.add(String.format(Locale.ROOT, "Mixed load: %d users (city reporters of %d cities), %.1f min measured after 10 s of warm-up, mean think time %.0f ms.",
                users, Math.min(users, cities.size()), minutes, think));
        out.add("");
        out.add("| request | count | req/s | errors | p50 ms | p95 ms | p99 ms |");
        out.add("|---|---|---|---|---|---|---|");
        result.byName().forEach((name, l) -> out.add(row(name, l, result)));
        out.add(row("**all**", result.all(), result));
        out.add("");
        out.add("Goal (issue 11): 50 users × 10 min with 0 errors and p95 ≤ 250 ms.");
        if (!result.failures().isEmpty()) {
            out.add("");
            out.add("Failures by request and status: " + result.failures());
        }
        finish();
    }

    private static String row(String name, Latencies l, LoadDriver.Result result) {
        return String.format(Locale.ROOT, "| %s | %,d | %.1f | %d | %.1f | %.1f | %.1f |", name, l.count(), result.rate(l), l.errors(),
                l.percentileMillis(50), l.percentileMillis(95), l.percentileMillis(99));
    }

    private LoadDriver.Client mixedUser(BenchHttp http, BenchCity city, int user, String salt) {
        SampleRecords samples = new SampleRecords(city, 7_000L + user, "M" + salt + "u" + user + "-",
                5_000_000 + Math.floorMod(salt.hashCode() * 31 + user, 4_900) * 1_000);
        String base = "api/v1/cities/" + city.id() + "/";
        Kind[] kinds = Kind.values();
        return random -> {
            int roll = random.nextInt(100);
            Kind kind = kinds[random.nextInt(kinds.length)];
            int year = VolumePlan.FIRST_YEAR + random.nextInt(4);
            if (roll < 45) {
                String path = base + kind.path() + "?year=" + year + "&size=20&page=" + random.nextInt(3);
                return new LoadDriver.Step("list (20 rows)", () -> http.status(path));
            } else if (roll < 55) {
                String path = base + "navigation-projects?status=COMPLETED&sort=-budget&size=20";
                return new LoadDriver.Step("filtered, sorted list", () -> http.status(path));
            } else if (roll < 70) {
                // What the city's dashboard reads: its overview line and its indicators.
                String overview = "api/v1/overview?year=" + year;
                String indicators = "api/v1/indicators?year=" + year + "&cityId=" + city.id();
                return new LoadDriver.Step("dashboard (overview + indicators)", () -> {
                    int first = http.status(overview);
                    int second = http.status(indicators);
                    return first != 200 ? first : second;
                });
            } else if (roll < 90) {
                String body = SampleRecords.json(samples.record(kind, year));
                return new LoadDriver.Step("create record", () -> http.postJson(base + kind.path(), body).status());
            } else if (roll < 95) {
                List<Map<String, Object>> rows = new ArrayList<>();
                for (int i = 0; i < 20; i++) {
                    rows.add(samples.record(kind, year));
                }
                String csv = SampleRecords.csv(rows);
                return new LoadDriver.Step("import 20 rows", () -> http.postCsv(base + kind.path() + "/import?dryRun=false", csv).status());
            } else {
                String path = base + kind.path() + "/export?format=csv&year=" + year;
                return new LoadDriver.Step("export CSV (one year)", () -> http.download(path).status());
            }
        };
    }

    // ---------------------------------------------------------------------------------------------- common

    private void machine() throws IOException, SQLException {
        String cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                .findFirst().map(l -> l.substring(l.indexOf(':') + 1).strip()).orElse("unknown");
        long memKb = Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal"))
                .findFirst().map(l -> Long.parseLong(l.replaceAll("\\D", ""))).orElse(0L);
        String os = Files.exists(Path.of("/etc/os-release")) ? Files.readAllLines(Path.of("/etc/os-release")).stream()
                .filter(l -> l.startsWith("PRETTY_NAME=")).findFirst().map(l -> l.substring(12).replace("\"", "")).orElse("") : "";
        String version;
        long records = 0;
        long audit;
        try (Connection db = env.connect(); Statement s = db.createStatement()) {
            try (ResultSet r = s.executeQuery("SELECT VERSION()")) {
                r.next();
                version = r.getString(1);
            }
            for (Kind kind : Kind.values()) {
                try (ResultSet r = s.executeQuery("SELECT COUNT(*) FROM " + kind.table())) {
                    r.next();
                    records += r.getLong(1);
                }
            }
            try (ResultSet r = s.executeQuery("SELECT COUNT(*) FROM audit_entry")) {
                r.next();
                audit = r.getLong(1);
            }
        }
        out.add("## ops/bench results, " + LocalDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")) + " UTC");
        out.add("");
        out.add("| machine | |");
        out.add("|---|---|");
        out.add("| CPU | " + cpu + ", " + Runtime.getRuntime().availableProcessors() + " cores |");
        out.add(String.format(Locale.ROOT, "| RAM | %.1f GiB |", memKb / 1024.0 / 1024.0));
        out.add("| OS, Java | " + os + ", " + System.getProperty("java.vm.name") + " " + System.getProperty("java.version") + " |");
        out.add("| MariaDB | " + version + " |");
        out.add(String.format(Locale.ROOT, "| data at the start | %,d records in the seven kinds (%,d cities of the last generation + its scratch city), %,d audit entries |",
                records, state.cities().size(), audit));
    }

    private void finish() throws IOException {
        String text = String.join("\n", out) + "\n";
        System.out.println();
        System.out.print(text);
        Files.createDirectories(env.resultsDir());
        Path file = env.resultsDir().resolve("results-" + DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
                .format(LocalDateTime.now()) + (args.flag("--mixed") ? "-mixed" : "") + ".md");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        System.out.println("(also written to var/bench/" + file.getFileName() + ")");
    }
}
