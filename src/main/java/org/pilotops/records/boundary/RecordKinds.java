package org.pilotops.records.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.pilotops.platform.record.CityRecord;
import org.pilotops.platform.record.RecordKind;

/** The record kinds the features declare, found by their REST path. */
@ApplicationScoped
public class RecordKinds {

    @Inject
    @Any
    Instance<RecordKind<?>> declared;

    public Optional<RecordKind<? extends CityRecord>> byPath(String path) {
        return all().stream().filter(k -> k.path().equals(path)).findFirst();
    }

    /**
     * Hands the kinds to the API document, which Payara builds outside CDI on the first request for
     * {@code /openapi} ({@link RecordsApiDocument}).
     */
    void describeInApiDocument(@Observes @Initialized(ApplicationScoped.class) Object started) {
        RecordsApiDocument.kindsAre(all());
    }

    public List<RecordKind<? extends CityRecord>> all() {
        return declared.stream()
                .<RecordKind<? extends CityRecord>>map(k -> k)
                .sorted(Comparator.comparing(RecordKind::path))
                .toList();
    }
}
