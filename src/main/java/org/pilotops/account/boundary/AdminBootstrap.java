package org.pilotops.account.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.pilotops.platform.i18n.Messages;
import org.pilotops.platform.problem.InvalidInputException;

/**
 * The first administrator of a database an operator configured, where no demo data brings one: when
 * {@value #USERNAME_KEY} and {@value #PASSWORD_KEY} are set (environment
 * {@code PILOTOPS_BOOTSTRAP_ADMIN_USERNAME} / {@code …_PASSWORD}) and no account holds {@code ADMIN} yet,
 * that account is created at start-up. Otherwise nothing happens, so the settings may stay in place (but
 * are best removed once used). There is no default password: without the settings there is no account.
 * Runs after {@code SchemaMigration}, so the account table is there; writes one log line either way.
 */
@Startup
@Singleton
@DependsOn("SchemaMigration")
@TransactionManagement(TransactionManagementType.BEAN)
public class AdminBootstrap {

    static final String USERNAME_KEY = "pilotops.bootstrap.admin.username";
    static final String PASSWORD_KEY = "pilotops.bootstrap.admin.password";

    private static final Logger LOG = Logger.getLogger(AdminBootstrap.class.getName());

    @Inject
    AccountService accounts;

    @PostConstruct
    void bootstrap() {
        Config config = ConfigProvider.getConfig();
        Optional<String> username = config.getOptionalValue(USERNAME_KEY, String.class).map(String::strip)
                .filter(u -> !u.isEmpty());
        Optional<String> password = config.getOptionalValue(PASSWORD_KEY, String.class).filter(p -> !p.isEmpty());
        if (username.isEmpty() && password.isEmpty()) {
            LOG.info("No first administrator configured (" + USERNAME_KEY + ", " + PASSWORD_KEY + ")");
            return;
        }
        if (username.isEmpty() || password.isEmpty()) {
            LOG.warning("First administrator not created: set both " + USERNAME_KEY + " and " + PASSWORD_KEY);
            return;
        }
        try {
            switch (accounts.bootstrapAdministrator(username.get(), password.get())) {
                case CREATED -> LOG.info("First administrator '" + username.get() + "' created from the configuration");
                case ADMINISTRATOR_EXISTS -> LOG.info("First administrator not created: an administrator exists already");
                case USERNAME_TAKEN -> LOG.warning("First administrator not created: the username '" + username.get()
                        + "' belongs to an account already");
            }
        } catch (InvalidInputException refused) {
            // Never the password itself in the log, only what is wrong with it.
            LOG.severe("First administrator not created: " + refused.violations().stream()
                    .map(v -> v.field() + ": " + Messages.text(Locale.ENGLISH, v))
                    .collect(Collectors.joining("; ")));
        }
    }
}
