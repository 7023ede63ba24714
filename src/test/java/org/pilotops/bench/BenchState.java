package org.pilotops.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What the last {@code ops/bench/generate} made and {@code ops/bench/run} works on: its cities (largest
 * first) with their reporters, the national reviewer that reads, the scratch city that import runs fill
 * and empty, and the one password all these bench accounts share. Kept in {@code var/bench/state.tsv}
 * (git-ignored, next to the embedded database it describes); the accounts exist only for benchmarks.
 */
public record BenchState(String tag, String password, String reader, BenchCity scratch, List<BenchCity> cities) {

    public void save(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        List<String> lines = new ArrayList<>();
        lines.add("# ops/bench state: the accounts and cities of the last generator run (benchmark data only)");
        lines.add("tag\t" + tag);
        lines.add("password\t" + password);
        lines.add("reader\t" + reader);
        lines.add(line("scratch", scratch));
        cities.forEach(c -> lines.add(line("city", c)));
        Files.write(file, lines, StandardCharsets.UTF_8);
    }

    private static String line(String type, BenchCity c) {
        return String.join("\t", type, Long.toString(c.id()), c.divisionCode(), c.nameZh(), Long.toString(c.agencyId()),
                String.join(",", c.attorneyIds().stream().map(String::valueOf).toList()), Long.toString(c.parkId()),
                c.reporter());
    }

    public static BenchState load(Path file) throws IOException {
        if (!Files.exists(file)) {
            throw new IllegalStateException("No benchmark data yet: run ops/bench/generate first (" + file.getFileName() + " missing)");
        }
        String tag = null;
        String password = null;
        String reader = null;
        BenchCity scratch = null;
        List<BenchCity> cities = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            switch (f[0]) {
                case "tag" -> tag = f[1];
                case "password" -> password = f[1];
                case "reader" -> reader = f[1];
                case "scratch" -> scratch = city(f);
                case "city" -> cities.add(city(f));
                default -> throw new IllegalStateException("Unknown line in " + file.getFileName() + ": " + f[0]);
            }
        }
        return new BenchState(tag, password, reader, scratch, cities);
    }

    private static BenchCity city(String[] f) {
        return new BenchCity(Long.parseLong(f[1]), f[2], f[3], Long.parseLong(f[4]),
                Arrays.stream(f[5].split(",")).map(Long::parseLong).toList(), Long.parseLong(f[6]), f[7]);
    }
}
