package org.pilotops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.inject.Named;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A page and its bean live in rooms of one name: the beans of {@code <feature>.web} serve the pages of
 * {@code webapp/<feature>/}, so a reader finds a page's bean, and a bean's pages, by the folder. The beans
 * of {@code platform.web} (language, messages) and the menu serve any page; the template and its includes
 * ({@code WEB-INF}) and the root pages are the home room's, with the exceptions declared below.
 */
class WebRoomsTest {

    private static final Path WEBAPP = Path.of("webapp");
    private static final Pattern BEAN_REFERENCE = Pattern.compile("#\\{\\s*([a-zA-Z][a-zA-Z0-9]*)");
    private static final Pattern FEATURE_WEB = Pattern.compile("org\\.pilotops\\.([a-z]+)\\.web");
    /** Beans every page may use besides {@code platform.web}'s: the menu, which pages ask what to link. */
    private static final Set<String> WHOLE_PORTAL_BEANS = Set.of("portalMenu");
    /** Pages that use beans of a room not named by their folder, and why. */
    private static final Map<String, Set<String>> DECLARED_EXCEPTIONS = Map.of(
            // The bell of every role: its address is older than the reminders feature and is linked from mails.
            "notifications/list.xhtml", Set.of("reminder"),
            // The frame of every page: the menu, the reminders' bell and the sign-out.
            "WEB-INF/templates/page.xhtml", Set.of("home", "reminder", "account"),
            // The sign-in page is the portal's address without a path.
            "login.xhtml", Set.of("account"));

    @Test
    void everyPageUsesTheBeansOfItsOwnRoom() throws IOException {
        Map<String, String> featureOfBean = beansByName();
        assertTrue(featureOfBean.containsKey("jobListView"), "the beans are found: " + featureOfBean.keySet());
        Map<String, Set<String>> misplaced = new TreeMap<>();
        try (Stream<Path> pages = Files.walk(WEBAPP)) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
                String relative = WEBAPP.relativize(page).toString().replace('\\', '/');
                Set<String> rooms = roomsOf(relative);
                Matcher reference = BEAN_REFERENCE.matcher(Files.readString(page));
                while (reference.find()) {
                    String feature = featureOfBean.get(reference.group(1));
                    if (feature != null && !rooms.contains(feature) && !"platform".equals(feature)
                            && !WHOLE_PORTAL_BEANS.contains(reference.group(1))) {
                        misplaced.computeIfAbsent(relative, k -> new TreeSet<>()).add(reference.group(1) + " (" + feature + ".web)");
                    }
                }
            }
        }
        assertEquals(Map.of(), misplaced, "pages using another room's beans: move the page or the bean");
    }

    private static Set<String> roomsOf(String page) {
        if (DECLARED_EXCEPTIONS.containsKey(page)) {
            return DECLARED_EXCEPTIONS.get(page);
        }
        int slash = page.indexOf('/');
        String folder = slash < 0 ? "" : page.substring(0, slash);
        return Set.of(folder.isEmpty() || folder.equals("WEB-INF") ? "home" : folder);
    }

    /** The EL name of every {@code @Named} class of a {@code web} package, with its feature. */
    private static Map<String, String> beansByName() {
        Map<String, String> beans = new TreeMap<>();
        for (JavaClass bean : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.pilotops")) {
            Matcher web = FEATURE_WEB.matcher(bean.getPackageName());
            if (!web.matches() || !bean.isAnnotatedWith(Named.class)) {
                continue;
            }
            String value = bean.getAnnotationOfType(Named.class).value();
            String name = value.isEmpty()
                    ? Character.toLowerCase(bean.getSimpleName().charAt(0)) + bean.getSimpleName().substring(1)
                    : value;
            beans.put(name, web.group(1));
        }
        return beans;
    }

    @Test
    void theDeclaredExceptionsStillExist() {
        for (String page : DECLARED_EXCEPTIONS.keySet()) {
            assertTrue(Files.exists(WEBAPP.resolve(page)), page + " is gone: remove its exception");
        }
        assertEquals(List.of(), DECLARED_EXCEPTIONS.entrySet().stream()
                .filter(page -> page.getValue().stream().allMatch(room -> page.getKey().startsWith(room + "/")))
                .map(Map.Entry::getKey).toList(), "an exception that is none");
    }
}
