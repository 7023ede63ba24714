package org.pilotops.platform.field;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;

/**
 * The options of a reference field (agencies, attorneys, parks), id to label. Users choose by name, so a
 * label carries no id; only two objects of the same name get their id added (" #12"), so every label
 * still names one object, which a drop-down and a list filter need.
 */
public final class ReferenceChoices {

    private ReferenceChoices() {
    }

    public static <T> Map<String, String> of(List<T> objects, ToLongFunction<T> id, Function<T, String> label) {
        Map<String, Long> uses = objects.stream().collect(Collectors.groupingBy(label, Collectors.counting()));
        Map<String, String> choices = new LinkedHashMap<>();
        for (T object : objects) {
            String shown = label.apply(object);
            long key = id.applyAsLong(object);
            choices.put(Long.toString(key), uses.get(shown) > 1 ? shown + " #" + key : shown);
        }
        return choices;
    }
}
