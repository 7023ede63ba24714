package org.pilotops.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Migration files follow one naming scheme with unique, gap-free versions, so Flyway's order is obvious. */
class MigrationNamesTest {

    private static final Pattern VERSIONED = Pattern.compile("V(\\d{4})__[a-z0-9_]+\\.(sql|java)");
    private static final Pattern REPEATABLE = Pattern.compile("R__[a-z0-9_]+\\.sql");

    @Test
    void migrationsAreNamedV0001AndNumberedWithoutGapsOrDuplicates() throws IOException {
        List<String> names;
        try (Stream<Path> files = Files.list(Path.of("migrations"))) {
            names = files.map(p -> p.getFileName().toString()).sorted().toList();
        }
        assertFalse(names.isEmpty());
        int expected = 1;
        for (String name : names) {
            if (REPEATABLE.matcher(name).matches()) {
                continue;
            }
            Matcher versioned = VERSIONED.matcher(name);
            assertTrue(versioned.matches(), () -> name + " is not named V0001__snake_case.sql");
            assertEquals(expected++, Integer.parseInt(versioned.group(1)), () -> "version gap or duplicate at " + name);
        }
    }

    @Test
    void migrationsUseUtf8mb4AndInnoDb() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("migrations"))) {
            for (Path file : files.toList()) {
                String sql = Files.readString(file);
                long tables = Pattern.compile("CREATE TABLE").matcher(sql).results().count();
                long utf8mb4 = Pattern.compile("ENGINE = InnoDB DEFAULT CHARSET = utf8mb4").matcher(sql).results().count();
                assertEquals(tables, utf8mb4, () -> file + ": every table is InnoDB with utf8mb4");
            }
        }
    }
}
