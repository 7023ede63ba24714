package org.pilotops.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Marks a test class that drives headless Chromium. Where Chromium and ChromeDriver are not installed
 * (a fresh developer machine with only a JDK and Maven) the class is skipped with one line saying how
 * to enable it; under CI ({@code CI=true}), where {@code .ci/run} installs them, a missing browser fails
 * the class instead, so a browser test is never silently skipped there.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(BrowserTest.ChromiumInstalled.class)
public @interface BrowserTest {

    /** Decides, once per class, whether the browser the tests need is there. */
    final class ChromiumInstalled implements ExecutionCondition {

        static final String HOW_TO_ENABLE = "Browser tests skipped: Chromium not found (" + Browser.binary() + ", "
                + Browser.driverExecutable() + "); install Debian's chromium and chromium-driver, as .ci/run does, "
                + "or set CHROMIUM_BINARY and CHROMEDRIVER";

        private static volatile boolean announced;

        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            if (Files.isExecutable(Path.of(Browser.binary())) && Files.isExecutable(Path.of(Browser.driverExecutable()))) {
                return ConditionEvaluationResult.enabled("Chromium is installed");
            }
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException("CI=true but " + HOW_TO_ENABLE.replace("Browser tests skipped: ", ""));
            }
            if (!announced) {
                announced = true;
                System.err.println(HOW_TO_ENABLE);
            }
            return ConditionEvaluationResult.disabled(HOW_TO_ENABLE);
        }
    }
}
