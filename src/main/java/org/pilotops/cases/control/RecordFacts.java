package org.pilotops.cases.control;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.pilotops.platform.record.CityRecord;
import org.pilotops.platform.record.RecordField;
import org.pilotops.platform.record.RecordKind;

/**
 * The key facts of a record that backs a case, in one line a reviewer reads at a glance and the compilation
 * prints under the case: the record's name (the first free-text field its kind declares: a project's title,
 * an SME's name, a centre's name), its main amount (the first money field, in CNY) and its main date, e.g.
 * {@code 张家港市纺织产业专利导航 · ¥1,200,000.00 · 2019-03-01}. Derived from the kind's field description,
 * so a new record kind needs nothing here. The kind's label and the year are shown beside it by the reader,
 * in the reader's language.
 */
public final class RecordFacts {

    private static final String SEPARATOR = " · ";
    private static final ThreadLocal<DecimalFormat> MONEY = ThreadLocal.withInitial(
            () -> new DecimalFormat("¥#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT)));

    private RecordFacts() {
    }

    public static <E extends CityRecord> String of(RecordKind<E> kind, E record) {
        List<String> facts = new ArrayList<>();
        kind.fields().stream().filter(f -> f.type().matchesPart() && f.read(record) != null).findFirst()
                .map(f -> f.text(record)).ifPresent(facts::add);
        kind.fields().stream().filter(f -> f.type().isMoney() && f.read(record) != null).findFirst()
                .map(f -> money(f, record)).ifPresent(facts::add);
        if (record.mainDate() != null) {
            facts.add(record.mainDate().toString());
        }
        return String.join(SEPARATOR, facts);
    }

    private static <E> String money(RecordField<E, ?> field, E record) {
        Object value = field.read(record);
        return value instanceof BigDecimal amount ? MONEY.get().format(amount) : field.text(record);
    }
}
