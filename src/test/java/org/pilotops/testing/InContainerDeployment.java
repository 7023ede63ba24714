package org.pilotops.testing;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The in-container deployment: the packaged WAR itself, plus the test classes and a web fragment that
 * opens Arquillian's runner servlet (the WAR requires a signed-in user for everything else).
 */
public final class InContainerDeployment {

    private InContainerDeployment() {
    }

    public static WebArchive packagedWarWith(Class<?>... testClasses) {
        File war = new File(System.getProperty("pilotops.it.war", "target/pilotops.war"));
        JavaArchive runnerAccess = ShrinkWrap.create(JavaArchive.class, "arquillian-runner-access.jar")
                .addAsManifestResource(new StringAsset("""
                        <web-fragment xmlns="https://jakarta.ee/xml/ns/jakartaee" version="6.0">
                            <name>arquillian_runner_access</name>
                            <security-constraint>
                                <web-resource-collection>
                                    <web-resource-name>arquillian runner</web-resource-name>
                                    <url-pattern>/ArquillianServletRunnerEE9</url-pattern>
                                </web-resource-collection>
                            </security-constraint>
                        </web-fragment>
                        """), "web-fragment.xml");
        return ShrinkWrap.createFromZipFile(WebArchive.class, war)
                .addClasses(testClasses)
                .addClasses(ArquillianDatabase.class, SqlRows.class, SqlRows.CityWithAgency.class)
                .addAsLibrary(runnerAccess);
    }
}
