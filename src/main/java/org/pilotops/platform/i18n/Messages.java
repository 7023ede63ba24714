package org.pilotops.platform.i18n;

import org.pilotops.platform.problem.Violation;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The product's texts, Simplified Chinese first ({@code messages.properties}) and English second
 * ({@code messages_en.properties}). The JVM's own default locale never takes part in the choice: a
 * reader asking for a language we do not have gets Chinese.
 */
public final class Messages {

    public static final String BUNDLE = "messages";
    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final List<Locale> SUPPORTED = List.of(CHINESE, Locale.ENGLISH);

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private Messages() {
    }

    public static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, supported(locale), Messages.class.getClassLoader(), NO_FALLBACK);
    }

    public static String text(Locale locale, String key, List<Object> args) {
        String pattern;
        try {
            pattern = bundle(locale).getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return args.isEmpty() ? pattern : new MessageFormat(pattern, supported(locale)).format(args.toArray());
    }

    public static String text(Locale locale, Violation violation) {
        return text(locale, violation.key(), violation.args());
    }

    /** The supported locale closest to the one asked for. */
    public static Locale supported(Locale asked) {
        if (asked != null && Locale.ENGLISH.getLanguage().equals(asked.getLanguage())) {
            return Locale.ENGLISH;
        }
        return CHINESE;
    }
}
