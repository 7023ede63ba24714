package org.pilotops.platform.field;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReferenceChoicesTest {

    record Agency(long id, String name) {
    }

    @Test
    void labelsNameTheObjectWithoutItsIdUnlessTwoShareAName() {
        Map<String, String> choices = ReferenceChoices.of(List.of(new Agency(3, "知远"), new Agency(7, "科创"),
                new Agency(9, "知远")), Agency::id, Agency::name);
        assertEquals(Map.of("3", "知远 #3", "7", "科创", "9", "知远 #9"), choices);
        assertEquals(List.of("3", "7", "9"), List.copyOf(choices.keySet()), "in the order given");
    }
}
