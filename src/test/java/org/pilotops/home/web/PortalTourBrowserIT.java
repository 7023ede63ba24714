package org.pilotops.home.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.pilotops.testing.Browser;
import org.pilotops.testing.BrowserTest;
import org.pilotops.testing.TestEnvironment;

/**
 * Every page every demo account can reach, in both languages, on a 1024 px tablet: each is opened by
 * following the portal's own links from the home page (so each is reachable from the menu, the
 * breadcrumbs or the home page), and fails on a raw message key, a native date input, an error page,
 * a script error, a page without its title, menu or breadcrumbs, or a page wider than the window.
 * Screenshots of every page land under {@code target/it/screens/tour} for a reviewer.
 */
@BrowserTest
class PortalTourBrowserIT {

    /** One page per kind is enough: the next record of a kind is the same page with other data. */
    private static final int MAX_PAGES = 40;

    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource({"city-zjg, zh", "city-zjg, en", "city-2, zh", "agency-1, zh", "agency-1, en", "province-js, zh",
            "province-js, en", "national, zh", "national, en", "admin, zh", "admin, en"})
    void everyPageOfTheAccountRendersCleanly(String account, String language) {
        try (Browser browser = new Browser()) {
            browser.driver().manage().window().setSize(new Dimension(1024, 900));
            browser.signIn(account);
            browser.open("/index.xhtml?lang=" + language);
            List<String> problems = new ArrayList<>();
            Set<String> seen = new LinkedHashSet<>();
            Deque<String> toVisit = new ArrayDeque<>(List.of(TestEnvironment.portal().resolve("index.xhtml").toString()));
            while (!toVisit.isEmpty() && seen.size() < MAX_PAGES) {
                String url = toVisit.poll();
                if (!seen.add(shape(url))) {
                    continue;
                }
                browser.open(url);
                browser.settle();
                problems.addAll(check(browser, account, url));
                browser.screenshot("tour/" + account + "-" + language + "-" + String.format("%02d", seen.size())
                        + "-" + shape(url).replaceAll("[^a-z0-9]+", "-"));
                for (String link : links(browser)) {
                    if (!seen.contains(shape(link))) {
                        toVisit.add(link);
                    }
                }
            }
            assertTrue(problems.isEmpty(), account + " (" + language + "): " + String.join("\n", problems));
            assertTrue(seen.size() >= 2, "the tour went beyond the home page: " + seen);
        }
    }

    /** What is wrong with the page shown, one line per finding. */
    private static List<String> check(Browser browser, String account, String url) {
        List<String> problems = new ArrayList<>();
        String source = browser.driver().getPageSource();
        String text = browser.text(By.tagName("body"));
        String at = account + " " + url + ": ";
        if (text.contains("???") || source.contains("???")) {
            problems.add(at + "a raw message key");
        }
        if (!browser.driver().findElements(By.cssSelector("input[type=date]")).isEmpty()) {
            problems.add(at + "a native date input");
        }
        if (browser.driver().getCurrentUrl().contains("/errors/") || !browser.driver().findElements(By.className("po-error")).isEmpty()
                || browser.driver().findElements(By.tagName("h1")).isEmpty()) {
            problems.add(at + "an error page or a page without a heading: " + browser.driver().getCurrentUrl());
        }
        String title = browser.driver().getTitle();
        if (!title.endsWith("· PilotOps") || title.strip().startsWith("·")) {
            problems.add(at + "no title of its own: '" + title + "'");
        }
        if (browser.driver().findElements(By.id("menu")).isEmpty()) {
            problems.add(at + "no menu");
        }
        if (!url.endsWith("index.xhtml") && browser.driver().findElements(By.id("crumbs")).isEmpty()) {
            problems.add(at + "no breadcrumbs");
        }
        boolean overflows = (Boolean) ((JavascriptExecutor) browser.driver()).executeScript(
                "return document.documentElement.scrollWidth > document.documentElement.clientWidth;");
        if (overflows) {
            problems.add(at + "wider than 1024 px");
        }
        return problems;
    }

    /** The portal's pages this one links to: same site, a page (not a download, not signing out). */
    private static List<String> links(Browser browser) {
        String base = TestEnvironment.portal().toString();
        List<String> found = new ArrayList<>();
        for (WebElement a : browser.driver().findElements(By.cssSelector("a[href*='.xhtml']"))) {
            String href = a.getAttribute("href");
            if (href != null && href.startsWith(base) && !href.contains("lang=") && !href.contains("/errors/")) {
                found.add(href.replaceAll("#.*$", ""));
            }
        }
        return found;
    }

    /**
     * A page's shape: its path and the parameters that choose a different page (the kind), not the
     * data it shows (which city, year or record), so each page is visited once, not once per record.
     */
    static String shape(String url) {
        URI uri = URI.create(url);
        String kind = uri.getQuery() == null ? "" : java.util.Arrays.stream(uri.getQuery().split("&"))
                .filter(p -> p.startsWith("kind=")).findFirst().orElse("");
        boolean one = uri.getQuery() != null && uri.getQuery().matches("(^|.*&)id=.*");
        return uri.getPath() + (kind.isEmpty() ? "" : "?" + kind) + (one ? "#one" : "");
    }
}
