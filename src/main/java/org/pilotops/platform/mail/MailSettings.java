package org.pilotops.platform.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The SMTP server the outbox sends through, from MicroProfile Config ({@code pilotops.mail.*}, in the
 * environment {@code PILOTOPS_MAIL_*}). Without a host nothing is sent: mails stay queued in the outbox,
 * visible to administrators, until a server is configured.
 */
@ApplicationScoped
public class MailSettings {

    @Inject
    @ConfigProperty(name = "pilotops.mail.host")
    Optional<String> host;

    @Inject
    @ConfigProperty(name = "pilotops.mail.port", defaultValue = "25")
    int port;

    @Inject
    @ConfigProperty(name = "pilotops.mail.username")
    Optional<String> username;

    @Inject
    @ConfigProperty(name = "pilotops.mail.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "pilotops.mail.from", defaultValue = "PilotOps <noreply@pilotops.invalid>")
    String from;

    @Inject
    @ConfigProperty(name = "pilotops.mail.starttls", defaultValue = "false")
    boolean starttls;

    /** Attempts before a mail is given up as FAILED (with the last reason). */
    @Inject
    @ConfigProperty(name = "pilotops.mail.maxAttempts", defaultValue = "8")
    int maxAttempts;

    public boolean configured() {
        return host().isPresent();
    }

    public Optional<String> host() {
        return host.map(String::strip).filter(h -> !h.isEmpty());
    }

    public int port() {
        return port;
    }

    public Optional<String> username() {
        return username.map(String::strip).filter(u -> !u.isEmpty());
    }

    public String password() {
        return password.orElse("");
    }

    public String from() {
        return from;
    }

    public boolean starttls() {
        return starttls;
    }

    public int maxAttempts() {
        return Math.max(1, maxAttempts);
    }
}
