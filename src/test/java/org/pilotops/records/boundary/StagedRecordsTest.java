package org.pilotops.records.boundary;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Staged rows come back as they went in, in order and in chunks, and leave no file behind. */
class StagedRecordsTest {

    @Test
    void everyValueAStoredRowHoldsComesBackAsItWas() {
        Object[] columns = {null, "导航 \"项目\"\n第二行", 17L, 2019, (short) 7, true, false, new BigDecimal("1200.50"),
                new BigDecimal("0.00"), new BigDecimal("-3E+2"), LocalDate.of(2019, 3, 1),
                LocalDateTime.parse("2020-05-06T07:08:09.123456789"), ""};
        List<Object[]> activity = List.of(new Object[] {2019, 120, 100, 30}, new Object[] {2020, 0, 0, 0});
        Instant at = Instant.parse("2020-05-06T07:08:09.123Z");
        try (StagedRecords staged = StagedRecords.create()) {
            staged.add(StagedRecords.Staged.created(at, columns, Arrays.asList(activity, List.of()), "{\"id\":null,\"a\":1}"));
            staged.add(new StagedRecords.Staged(42, 3, at, columns, Arrays.asList(null, activity), "{\"before\":true}", "{\"after\":1}"));
            List<StagedRecords.Staged> rows = staged.next(10);
            assertEquals(2, rows.size());

            StagedRecords.Staged created = rows.get(0);
            assertTrue(created.isNew());
            assertEquals(at, created.at());
            assertArrayEquals(columns, created.columns());
            assertEquals(2, ((BigDecimal) created.columns()[7]).scale(), "a decimal keeps its scale");
            assertEquals(2, created.children().size());
            assertArrayEquals(activity.get(0), created.children().get(0).get(0));
            assertArrayEquals(activity.get(1), created.children().get(0).get(1));
            assertTrue(created.children().get(1).isEmpty());
            assertNull(created.before());
            assertEquals("{\"id\":null,\"a\":1}", created.after());

            StagedRecords.Staged corrected = rows.get(1);
            assertFalse(corrected.isNew());
            assertEquals(42, corrected.id());
            assertEquals(3, corrected.version());
            assertNull(corrected.children().get(0), "a collection a correction keeps stays untouched");
            assertEquals(2, corrected.children().get(1).size());
            assertEquals("{\"before\":true}", corrected.before());
            assertTrue(staged.next(10).isEmpty());
        }
    }

    @Test
    void rowsComeBackInOrderChunkByChunkAndTheFileIsGoneAfterwards() throws Exception {
        java.util.Set<Path> before = stagedFiles();
        java.util.Set<Path> during;
        try (StagedRecords staged = StagedRecords.create()) {
            during = stagedFiles();
            during.removeAll(before);
            assertEquals(1, during.size(), "one temporary file holds the staged rows");
            for (int i = 0; i < 2_500; i++) {
                staged.add(StagedRecords.Staged.created(Instant.EPOCH, new Object[] {(long) i}, List.of(), "{}"));
            }
            assertEquals(2_500, staged.count());
            List<Integer> sizes = new ArrayList<>();
            long expected = 0;
            for (List<StagedRecords.Staged> chunk = staged.next(1_000); !chunk.isEmpty(); chunk = staged.next(1_000)) {
                sizes.add(chunk.size());
                for (StagedRecords.Staged row : chunk) {
                    assertEquals(expected++, row.columns()[0]);
                }
            }
            assertEquals(List.of(1_000, 1_000, 500), sizes);
        }
        assertFalse(Files.exists(during.iterator().next()), "the staged rows are deleted on close");
    }

    private static java.util.Set<Path> stagedFiles() throws Exception {
        try (var files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(p -> p.getFileName().toString().startsWith("pilotops-import-"))
                    .collect(java.util.stream.Collectors.toCollection(java.util.HashSet::new));
        }
    }
}
