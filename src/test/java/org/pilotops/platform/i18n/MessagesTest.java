package org.pilotops.platform.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class MessagesTest {

    @Test
    void everyTextExistsInChineseAndInEnglish() {
        Set<String> chinese = new TreeSet<>(Messages.bundle(Messages.CHINESE).keySet());
        ResourceBundle english = Messages.bundle(Locale.ENGLISH);
        Set<String> englishKeys = new TreeSet<>();
        english.getKeys().asIterator().forEachRemaining(englishKeys::add);
        assertEquals(chinese, englishKeys);
    }

    @Test
    void chineseIsTheDefaultWhateverTheServersLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.ENGLISH);
            assertEquals("必填。", Messages.text(Locale.FRENCH, "field.required", List.of()));
            assertEquals("必填。", Messages.text(Locale.SIMPLIFIED_CHINESE, "field.required", List.of()));
            assertEquals("Required.", Messages.text(Locale.UK, "field.required", List.of()));
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void argumentsAreFormatted() {
        assertTrue(Messages.text(Locale.ENGLISH, "field.too-long", List.of(200)).contains("200"));
        assertEquals("no.such.key", Messages.text(Locale.ENGLISH, "no.such.key", List.of()));
    }
}
