package org.pilotops.testing;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs before Arquillian's own extension: points the Payara Micro container at the test database. It is
 * deployed with the test class (JUnit reads the annotation in the container too), so it stays tiny.
 */
public class ArquillianDatabase implements BeforeAllCallback {

    @Override
    public void beforeAll(ExtensionContext context) {
        // JUnit runs the class lifecycle again inside Payara, where there is nothing to configure: only
        // the build's test JVM has the failsafe properties.
        if (System.getProperty("pilotops.it.war") != null) {
            TestEnvironment.configureArquillian();
        }
    }
}
