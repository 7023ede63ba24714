package org.pilotops.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.pilotops.filing.boundary.FreeFilingKind;
import org.pilotops.navigation.boundary.NavigationProjectKind;
import org.pilotops.platform.record.CityRecord;
import org.pilotops.platform.record.RecordKind;
import org.pilotops.pledge.boundary.PledgeFinancingKind;
import org.pilotops.protection.boundary.ProtectionCentreKind;
import org.pilotops.records.control.RecordFile;
import org.pilotops.training.boundary.TrainingSessionKind;
import org.pilotops.trusteeship.boundary.TrusteeshipContractKind;
import org.pilotops.voucher.boundary.VoucherKind;

/**
 * The generated rows pass the product's own reading of a file and of a JSON body, field by field and
 * across fields, and land in the year they were made for; so a generator run fails on nothing but the
 * references the server checks (agency, attorney, park), which the generator makes before it imports.
 */
class SampleRecordsTest {

    private static final BenchCity CITY = new BenchCity(7, "320582", "基准市", 3, List.of(11L, 12L), 5, "bench-r");

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(Kind.class)
    void everyRowReadsAsTheProductReadsAnImportAndTheApi(Kind kind) throws Exception {
        RecordKind<? extends CityRecord> product = productKind(kind);
        SampleRecords samples = new SampleRecords(CITY, 42, "BV", 0);
        List<Map<String, Object>> rows = new ArrayList<>();
        List<Integer> years = new ArrayList<>();
        for (int year = VolumePlan.FIRST_YEAR; year <= VolumePlan.LAST_YEAR; year++) {
            for (int i = 0; i < 150; i++) {
                rows.add(samples.record(kind, year));
                years.add(year);
            }
        }
        Path file = dir.resolve(kind.path() + ".csv");
        Files.writeString(file, SampleRecords.csv(rows), StandardCharsets.UTF_8);
        int[] read = {0};
        RecordFile.CSV.read(file, product, (row, values) -> {
            assertEquals(years.get(row - 1), yearOf(product, product.readText(values)), "row " + row);
            read[0]++;
        });
        assertEquals(rows.size(), read[0]);
        for (Map<String, Object> row : rows.subList(0, 50)) {
            String body = SampleRecords.json(row);
            var values = product.readJson(Json.createReader(new StringReader(body)).readObject());
            yearOf(product, values);
        }
    }

    @ParameterizedTest
    @EnumSource(value = Kind.class, names = {"VOUCHER", "FILING"})
    void numbersTheProductKeepsUniqueWithinACityAreUnique(Kind kind) {
        SampleRecords samples = new SampleRecords(CITY, 1, "BV", 0);
        String field = kind == Kind.VOUCHER ? "voucherNumber" : "applicationNumber";
        Set<Object> seen = new HashSet<>();
        for (int i = 0; i < 5000; i++) {
            assertTrue(seen.add(samples.record(kind, 2017 + i % 4).get(field)));
        }
    }

    /** Applies the values to a new record, which checks the rules across fields, and answers its year. */
    private static <E extends CityRecord> int yearOf(RecordKind<E> kind, org.pilotops.platform.record.RecordValues values) {
        E record = kind.newRecord();
        kind.apply(record, values);
        return record.mainDate().getYear();
    }

    private static RecordKind<? extends CityRecord> productKind(Kind kind) {
        return switch (kind) {
            case NAVIGATION -> new NavigationProjectKind();
            case PLEDGE -> new PledgeFinancingKind();
            case TRUSTEESHIP -> new TrusteeshipContractKind();
            case PROTECTION -> new ProtectionCentreKind();
            case TRAINING -> new TrainingSessionKind();
            case VOUCHER -> new VoucherKind();
            case FILING -> new FreeFilingKind();
        };
    }
}
