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

    /**
     * A text with a placeholder goes through {@link java.text.MessageFormat}, where a lone apostrophe starts
     * a quoted part: "the platform's date is {0}" showed its "{0}" and lost its apostrophe. Such texts write
     * it twice; this keeps every one of them right in both languages.
     */
    @Test
    void apostrophesSurviveFormatting() {
        for (Locale locale : Messages.SUPPORTED) {
            ResourceBundle bundle = Messages.bundle(locale);
            for (String key : bundle.keySet()) {
                String pattern = bundle.getString(key);
                if (!pattern.matches("(?s).*\\{\\d.*")) {
                    continue;
                }
                String formatted = Messages.text(locale, key, List.of(1, 2, 3, 4, 5));
                assertTrue(!formatted.matches("(?s).*\\{\\d.*"), locale + " " + key + " keeps a placeholder: " + formatted);
                assertEquals(pattern.replace("''", "'").chars().filter(c -> c == '\'').count(),
                        formatted.chars().filter(c -> c == '\'').count(), locale + " " + key + " loses an apostrophe: " + formatted);
            }
        }
    }

    @Test
    void argumentsAreFormatted() {
        assertTrue(Messages.text(Locale.ENGLISH, "field.too-long", List.of(200)).contains("200"));
        assertEquals("no.such.key", Messages.text(Locale.ENGLISH, "no.such.key", List.of()));
    }
}
