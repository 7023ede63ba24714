package org.pilotops.platform.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletContext;
import java.io.IOException;
import java.io.InputStream;
import java.util.jar.Manifest;

/**
 * The application's version for the page footer, read once from the WAR's manifest
 * ({@code Implementation-Version}, written by the build), so one WAR says what it is everywhere
 * without any filtered resource.
 */
@Named
@ApplicationScoped
public class PortalVersion {

    @Inject
    ServletContext context;

    private String version = "";

    @PostConstruct
    void read() {
        try (InputStream in = context.getResourceAsStream("/META-INF/MANIFEST.MF")) {
            if (in != null) {
                String value = new Manifest(in).getMainAttributes().getValue("Implementation-Version");
                version = value == null ? "" : value;
            }
        } catch (IOException e) {
            version = "";
        }
    }

    public String getVersion() {
        return version;
    }
}
